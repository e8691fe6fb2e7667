/**
 * Implementation details of the Twilio client; not part of the public API and subject to change
 * without notice.
 */
package dev.estsdk.twilio.internal;
