/**
 * Implementation helpers of the workflow layer. Not part of the public API: types here may change
 * in any release.
 */
package dev.estsdk.workflows.internal;
