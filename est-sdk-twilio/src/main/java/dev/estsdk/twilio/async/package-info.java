/**
 * The asynchronous resource interfaces of Twilio's Elastic SIP Trunking API, from
 * {@code TwilioClient.async()}: every operation of {@link dev.estsdk.twilio} as a
 * {@link java.util.concurrent.CompletableFuture}, listings as
 * {@link dev.estsdk.api.async.AsyncPagedIterable}. {@link dev.estsdk.twilio.async.TwilioAsyncApi}
 * groups them.
 */
@NullMarked
package dev.estsdk.twilio.async;

import org.jspecify.annotations.NullMarked;
