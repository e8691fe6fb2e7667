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
 * <p>Every method may throw {@link EstServiceException} for an error response and
 * {@link EstClientException} when the call fails on the way. A number that is not E.164, a blank
 * id or a filter breaking a rule throws {@link EstValidationException} before any request; a null
 * filter or callback throws {@link NullPointerException}. Methods returning {@link PagedIterable}
 * fetch nothing until iteration starts.
 */
public interface PhoneNumbers {

    /** {@return every EST number of the project (#36, {@code GET /phoneNumbers})} */
    default PagedIterable<PhoneNumber> list() {
        return list(PhoneNumberFilter.all());
    }

    /**
     * Lists the numbers matching a filter (#36, {@code GET /phoneNumbers?sipTrunkId=...}).
     * @param filter the conditions, e.g. {@link PhoneNumberFilter#forTrunk(String)}
     * @return the numbers
     */
    PagedIterable<PhoneNumber> list(PhoneNumberFilter filter);

    /**
     * Lists the numbers matching a filter described on a fresh builder (#36):
     * {@code list(f -> f.sipTrunkId(trunkId))}.
     * @param filter sets the conditions
     * @return the numbers
     */
    default PagedIterable<PhoneNumber> list(Consumer<PhoneNumberFilter.Builder> filter) {
        PhoneNumberFilter.Builder builder = PhoneNumberFilter.builder();
        filter.accept(builder);
        return list(builder.build());
    }

    /**
     * Reads one number (#37, {@code GET /phoneNumbers/{e164}}; the {@code +} is sent as {@code %2B}).
     * @param phoneNumber the number in E.164, e.g. {@code +15552229999}
     * @return the number and its trunk, if any
     * @throws NotFoundException if the number is not an EST number of the project
     */
    PhoneNumber get(String phoneNumber);

    /**
     * Assigns a number to a trunk (#38, {@code POST /phoneNumbers {sipTrunkId, phoneNumber}}), so
     * inbound calls to it reach the trunk's endpoints. Create the endpoints first.
     * @param trunkId     the trunk id
     * @param phoneNumber the number in E.164
     * @return the number as assigned
     * @throws NotFoundException   if the trunk does not exist
     * @throws BadRequestException if the server refuses the assignment
     * @throws EstClientException  if the call fails on the way (a POST is not retried once sent;
     *                             read with {@link #get(String)} before repeating)
     */
    PhoneNumber assign(String trunkId, String phoneNumber);

    /**
     * Removes a number from its trunk (#38, the same call with {@code sipTrunkId: ""}); needed
     * before the trunk can be deleted.
     * @param phoneNumber the number in E.164
     * @throws NotFoundException if the number is not an EST number of the project
     */
    void unassign(String phoneNumber);
}
