/**
 * Runnable examples, one short main class per task. Each runs against an embedded EST simulator
 * unless {@code EST_PROJECT_ID}, {@code EST_KEY_ID} and {@code EST_KEY_SECRET} point it at Sinch.
 */
package dev.estsdk.examples;
