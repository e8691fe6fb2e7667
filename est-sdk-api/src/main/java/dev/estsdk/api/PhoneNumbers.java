package dev.estsdk.api;

import dev.estsdk.api.exception.BadRequestException;
import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstServiceException;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.api.model.PhoneNumber;
import dev.estsdk.api.model.PhoneNumberFilter;

import java.util.function.Consumer;

/**
 * The project's phone numbers as EST sees them, and their assignment to trunks
 * (operations 36 to 38). Numbers are E.164 with the leading {@code +}.
 *
 * <p><b>There is no trunk-scoped numbers path:</b> {@code /trunks/{id}/phoneNumbers} answers 404
 * (some older guides show it). List a trunk's numbers with
 * {@code list(PhoneNumberFilter.forTrunk(trunkId))}, and assign with
 * {@link #assign(String, String)}.
 *
 * <p>Assigning does not prove the project owns the number: verify with {@link #get(String)}.
 * Numbers must be unassigned before their trunk can be deleted.
 *
 * <p>Every method may also throw {@link EstServiceException} for other error responses and
 * {@link EstClientException} when the call fails on the way. Methods returning
 * {@link PagedIterable} fetch nothing until iteration starts.
 */
public interface PhoneNumbers {

    /**
     * Lists every EST number of the project (#36, {@code GET /phoneNumbers}), lazily.
     *
     * @return the numbers; nothing is fetched until iteration starts
     */
    default PagedIterable<PhoneNumber> list() {
        return list(PhoneNumberFilter.all());
    }

    /**
     * Lists the numbers matching a filter (#36, {@code GET /phoneNumbers?sipTrunkId=...}), lazily.
     *
     * @param filter the conditions, e.g. {@link PhoneNumberFilter#forTrunk(String)}
     * @return the numbers; nothing is fetched until iteration starts
     * @throws NullPointerException if filter is null
     */
    PagedIterable<PhoneNumber> list(PhoneNumberFilter filter);

    /**
     * Lists the numbers matching a filter described on a fresh {@link PhoneNumberFilter.Builder}
     * (#36): {@code list(f -> f.sipTrunkId(trunkId))}.
     *
     * @param filter sets the conditions
     * @return the numbers; nothing is fetched until iteration starts
     * @throws EstValidationException if the filter breaks a builder rule
     */
    default PagedIterable<PhoneNumber> list(Consumer<PhoneNumberFilter.Builder> filter) {
        PhoneNumberFilter.Builder builder = PhoneNumberFilter.builder();
        filter.accept(builder);
        return list(builder.build());
    }

    /**
     * Reads one number (#37, {@code GET /phoneNumbers/{e164}}; the {@code +} is sent as {@code %2B}).
     *
     * @param phoneNumber the number in E.164, e.g. {@code +15552229999}
     * @return the number and its trunk, if any
     * @throws EstValidationException if the number is not E.164
     * @throws NotFoundException      if the number is not an EST number of the project
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    PhoneNumber get(String phoneNumber);

    /**
     * Assigns a number to a trunk (#38, {@code POST /phoneNumbers {sipTrunkId, phoneNumber}}), so
     * inbound calls to it reach the trunk's endpoints. Create the endpoints first.
     *
     * @param trunkId     the trunk id
     * @param phoneNumber the number in E.164
     * @return the number as assigned
     * @throws EstValidationException if the trunk id is blank or the number is not E.164
     * @throws NotFoundException      if the trunk does not exist
     * @throws BadRequestException    if the server refuses the assignment
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way (a POST is not retried once
     *                                sent; read with {@link #get(String)} before repeating)
     */
    PhoneNumber assign(String trunkId, String phoneNumber);

    /**
     * Removes a number from its trunk (#38, the same call with {@code sipTrunkId: ""}); needed
     * before the trunk can be deleted.
     *
     * @param phoneNumber the number in E.164
     * @throws EstValidationException if the number is not E.164
     * @throws NotFoundException      if the number is not an EST number of the project
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    void unassign(String phoneNumber);
}
