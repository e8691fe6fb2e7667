/**
 * The resource interfaces of Twilio's Elastic SIP Trunking API; {@link dev.estsdk.twilio.TwilioApi}
 * groups them. Models and request types are in {@link dev.estsdk.twilio.model}; exceptions are
 * the SDK's own ({@link dev.estsdk.api.exception.EstException} and its subclasses), shared with
 * the Sinch client.
 */
@NullMarked
package dev.estsdk.twilio;

import org.jspecify.annotations.NullMarked;
