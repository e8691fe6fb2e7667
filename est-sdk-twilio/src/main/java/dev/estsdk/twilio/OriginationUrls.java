package dev.estsdk.twilio;

import dev.estsdk.api.PagedIterable;
import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstServiceException;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.twilio.model.CreateOriginationUrlRequest;
import dev.estsdk.twilio.model.OriginationUrl;
import dev.estsdk.twilio.model.UpdateOriginationUrlRequest;

import java.util.function.Consumer;

/**
 * The origination URLs of trunks: where inbound calls to the trunk's numbers are delivered
 * (Trunking v1, operations 8 to 12). Twilio tries enabled URLs lowest priority first and shares
 * calls among equal priorities by weight; at most 10 per trunk.
 *
 * <p>Every method may also throw {@link EstServiceException} for other error responses and
 * {@link EstClientException} when the call fails on the way. SIDs are checked before any
 * request.
 */
public interface OriginationUrls {

    /**
     * Adds an origination URL to a trunk (#8, {@code POST /v1/Trunks/{TrunkSid}/OriginationUrls});
     * all five fields are sent.
     *
     * @param trunkSid {@code TK} + 32 hex digits
     * @param request  the URL's fields
     * @return the created URL
     * @throws EstValidationException if the SID is malformed
     * @throws NotFoundException      if the account has no such trunk
     * @throws EstServiceException    if the trunk already has 10 origination URLs, or any other
     *                                error response
     * @throws EstClientException     if the call fails on the way
     */
    OriginationUrl create(String trunkSid, CreateOriginationUrlRequest request);

    /**
     * Adds an origination URL described on a fresh builder (#8), which starts at priority 10,
     * weight 10, enabled: {@code create(tk, o -> o.friendlyName("PBX").sipUrl("sip:pbx.example.com"))}.
     *
     * @param trunkSid {@code TK} + 32 hex digits
     * @param request  sets the URL's fields
     * @return the created URL
     * @throws EstValidationException if the SID is malformed or a field breaks a rule
     * @throws EstServiceException    for an error response
     * @throws EstClientException     if the call fails on the way
     */
    default OriginationUrl create(String trunkSid, Consumer<CreateOriginationUrlRequest.Builder> request) {
        CreateOriginationUrlRequest.Builder builder = CreateOriginationUrlRequest.builder();
        request.accept(builder);
        return create(trunkSid, builder.build());
    }

    /**
     * Lists a trunk's origination URLs (#9), lazily.
     *
     * @param trunkSid {@code TK} + 32 hex digits
     * @return the URLs; nothing is fetched until iteration starts
     * @throws EstValidationException if the SID is malformed
     */
    PagedIterable<OriginationUrl> list(String trunkSid);

    /**
     * Reads one origination URL (#10).
     *
     * @param trunkSid             {@code TK} + 32 hex digits
     * @param originationUrlSid    {@code OU} + 32 hex digits
     * @return the URL
     * @throws EstValidationException if a SID is malformed
     * @throws NotFoundException      if the trunk or the URL does not exist
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    OriginationUrl get(String trunkSid, String originationUrlSid);

    /**
     * Changes some fields of an origination URL (#11). This is a partial update: only the
     * fields set on the request are sent, and every other field keeps its stored value.
     *
     * @param trunkSid          {@code TK} + 32 hex digits
     * @param originationUrlSid {@code OU} + 32 hex digits
     * @param request           the fields to change
     * @return the URL after the change
     * @throws EstValidationException if a SID is malformed
     * @throws NotFoundException      if the trunk or the URL does not exist
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    OriginationUrl update(String trunkSid, String originationUrlSid, UpdateOriginationUrlRequest request);

    /**
     * Changes some fields of an origination URL, described on a fresh builder (#11); a partial
     * update: fields left unset keep their stored values.
     *
     * @param trunkSid          {@code TK} + 32 hex digits
     * @param originationUrlSid {@code OU} + 32 hex digits
     * @param request           sets the fields to change
     * @return the URL after the change
     * @throws EstValidationException if a SID is malformed, a field breaks a rule or none is set
     * @throws EstServiceException    for an error response
     * @throws EstClientException     if the call fails on the way
     */
    default OriginationUrl update(String trunkSid, String originationUrlSid,
                                  Consumer<UpdateOriginationUrlRequest.Builder> request) {
        UpdateOriginationUrlRequest.Builder builder = UpdateOriginationUrlRequest.builder();
        request.accept(builder);
        return update(trunkSid, originationUrlSid, builder.build());
    }

    /**
     * Deletes an origination URL (#12).
     *
     * @param trunkSid          {@code TK} + 32 hex digits
     * @param originationUrlSid {@code OU} + 32 hex digits
     * @throws EstValidationException if a SID is malformed
     * @throws NotFoundException      if the trunk or the URL does not exist
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    void delete(String trunkSid, String originationUrlSid);
}
