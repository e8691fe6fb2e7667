package dev.estsdk.twilio.async;

import dev.estsdk.api.async.AsyncPagedIterable;
import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstServiceException;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.twilio.model.IncomingPhoneNumber;
import dev.estsdk.twilio.model.UpdateIncomingPhoneNumberRequest;

import java.util.concurrent.CompletableFuture;
import java.util.Optional;

/**
 * The phone numbers the account owns (2010 API, operations 45 to 47,
 * {@code /2010-04-01/Accounts/{AccountSid}/AsyncIncomingPhoneNumbers…}), for what trunking needs:
 * turning an E.164 number into the {@code PN} SID that {@link AsyncTrunkPhoneNumbers} takes, and
 * routing a number to a trunk. Buying and releasing numbers are out of scope.
 *
 * <p>Every future may also fail with {@link EstServiceException} for other error responses and
 * {@link EstClientException} when the call fails on the way.
 *
 * <p>The asynchronous twin of {@link dev.estsdk.twilio.IncomingPhoneNumbers}: the same calls on the same pipeline
 * (retries, deadline, errors, listener, secrecy), each returning at once without blocking a thread
 * while it waits. A future fails with the exception the synchronous method throws; input that
 * breaks a rule is refused at once, before any request, by a thrown
 * {@link dev.estsdk.api.exception.EstValidationException}. Cancelling a future cancels its call.
 */
public interface AsyncIncomingPhoneNumbers {

    /**
     * Lists every number the account owns (#45), lazily.
     *
     * @return a future of the numbers; nothing is fetched until a page is asked for
     */
    AsyncPagedIterable<IncomingPhoneNumber> list();

    /**
     * Looks a number up by its E.164 form (#45 with {@code PhoneNumber=}): Twilio's filter is a
     * match, not a key, so only a record whose {@code phone_number} equals the input exactly is
     * returned. Paging stops at the first page holding it; cancelling the future cancels the page
     * in flight and fetches no further one.
     *
     * @param e164 e.g. {@code +14155551234}
     * @return a future of the number, or empty when the account does not own it
     * @throws EstValidationException if the number is not E.164
     * @throws EstServiceException    for an error response
     * @throws EstClientException     if the call fails on the way
     */
    CompletableFuture<Optional<IncomingPhoneNumber>> findByPhoneNumber(String e164);

    /**
     * Reads one number (#46).
     *
     * @param phoneNumberSid {@code PN} + 32 hex digits
     * @return a future of the number
     * @throws EstValidationException if the SID is malformed
     * @throws NotFoundException      if the account has no such number
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    CompletableFuture<IncomingPhoneNumber> get(String phoneNumberSid);

    /**
     * Changes some fields of a number (#47). This is a partial update: only the fields set on
     * the request are sent, and every other field of the number (its webhooks, emergency
     * settings, …) keeps its stored value. Setting the trunk removes the voice application, and
     * the other way round.
     *
     * @param phoneNumberSid {@code PN} + 32 hex digits
     * @param request        the fields to change
     * @return a future of the number after the change
     * @throws EstValidationException if the SID is malformed
     * @throws NotFoundException      if the account has no such number, or the trunk does not exist
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    CompletableFuture<IncomingPhoneNumber> update(String phoneNumberSid, UpdateIncomingPhoneNumberRequest request);
}
