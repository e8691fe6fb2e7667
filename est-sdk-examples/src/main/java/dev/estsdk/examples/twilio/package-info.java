/**
 * Twilio Elastic SIP Trunking examples, one short {@code main} per task. Each runs against an
 * embedded Twilio simulator on {@code 127.0.0.1} unless {@code TWILIO_ACCOUNT_SID} with
 * {@code TWILIO_AUTH_TOKEN} (or {@code TWILIO_API_KEY_SID} and {@code TWILIO_API_KEY_SECRET}) point
 * it at a Twilio account; see {@link dev.estsdk.examples.twilio.TwilioTarget}.
 */
package dev.estsdk.examples.twilio;
