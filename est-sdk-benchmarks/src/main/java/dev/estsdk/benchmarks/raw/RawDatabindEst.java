package dev.estsdk.benchmarks.raw;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The second hand-written baseline, the one a Java team that wants types writes: the JDK
 * {@link java.net.http.HttpClient} (through {@link RawEst}, same transport settings) and Jackson
 * databind straight into records, with {@link JavaTimeModule} for the timestamps and unknown
 * fields ignored. No validation, no retries, no typed errors. Thread-safe.
 */
public final class RawDatabindEst {

    /**
     * A SIP trunk as the service sends it (reference §5.1).
     *
     * @param id the trunk id
     * @param name the friendly name
     * @param hostName the host name
     * @param topLevelDomain the top-level domain
     * @param domain the full domain
     * @param callsPerSecond the CPS limit
     * @param enableCallerName whether caller name lookup is on
     * @param callForwardNumber where calls are forwarded
     * @param enableCallForward whether forwarding is on
     * @param createTime when it was created
     * @param updateTime when it was last changed, or null
     * @param projectId the project
     */
    public record Trunk(String id, String name, String hostName, String topLevelDomain, String domain,
                        int callsPerSecond, boolean enableCallerName, String callForwardNumber,
                        boolean enableCallForward, Instant createTime, Instant updateTime, String projectId) {
    }

    /**
     * A page of {@code GET /trunks}.
     *
     * @param trunks the trunks on the page
     * @param totalItems how many trunks match in all
     * @param pageNumber the page, from 1
     * @param size the page size
     */
    public record TrunkPage(List<Trunk> trunks, long totalItems, int pageNumber, int size) {
    }

    /**
     * A phone number as the service sends it (reference §5.9).
     *
     * @param id the number's id
     * @param phoneNumber the E.164 number
     * @param sipTrunkId the trunk it is assigned to, or null
     * @param countryCode the ISO country code
     * @param createTime when it was created
     * @param updateTime when it was last changed, or null
     */
    public record PhoneNumber(String id, String phoneNumber, String sipTrunkId, String countryCode,
                              Instant createTime, Instant updateTime) {
    }

    /**
     * A page of {@code GET /phoneNumbers}.
     *
     * @param phoneNumbers the numbers on the page
     * @param totalItems how many numbers match in all
     * @param pageNumber the page, from 1
     * @param size the page size
     */
    public record PhoneNumberPage(List<PhoneNumber> phoneNumbers, long totalItems, int pageNumber, int size) {
    }

    private final RawEst http;
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private RawDatabindEst(RawEst http) {
        this.http = http;
    }

    /**
     * @param baseUrl the API base URL, without a trailing slash
     * @param projectId the project
     * @param keyId the access key id
     * @param keySecret the access key secret
     * @return a client that authenticates with HTTP Basic
     */
    public static RawDatabindEst basic(String baseUrl, String projectId, String keyId, String keySecret) {
        return new RawDatabindEst(RawEst.basic(baseUrl, projectId, keyId, keySecret));
    }

    /**
     * {@code GET /trunks/{id}}.
     *
     * @param trunkId the trunk
     * @return the trunk
     */
    public Trunk getTrunk(String trunkId) {
        return read(http.getBytes("/trunks/" + Objects.requireNonNull(trunkId, "trunkId")), Trunk.class);
    }

    /**
     * {@code GET /trunks?page=&size=}.
     *
     * @param page the page, from 1
     * @param size the page size
     * @return the page
     */
    public TrunkPage trunkPage(int page, int size) {
        return read(http.getBytes("/trunks?page=" + page + "&size=" + size), TrunkPage.class);
    }

    /**
     * {@code GET /phoneNumbers?page=&size=}.
     *
     * @param page the page, from 1
     * @param size the page size
     * @return the page
     */
    public PhoneNumberPage phoneNumberPage(int page, int size) {
        return read(http.getBytes("/phoneNumbers?page=" + page + "&size=" + size), PhoneNumberPage.class);
    }

    /**
     * The hand-written page loop: every page of {@code GET /phoneNumbers} in turn, each number
     * handed to the consumer, stopping after the page that reaches {@code totalItems} or at an
     * empty page.
     *
     * @param pageSize the page size
     * @param consumer receives every number
     * @return how many numbers were seen
     */
    public long forEachPhoneNumber(int pageSize, Consumer<PhoneNumber> consumer) {
        long seen = 0;
        for (int page = 1; ; page++) {
            PhoneNumberPage envelope = phoneNumberPage(page, pageSize);
            List<PhoneNumber> items = envelope.phoneNumbers() == null ? List.of() : envelope.phoneNumbers();
            for (PhoneNumber item : items) {
                consumer.accept(item);
                seen++;
            }
            if (items.isEmpty() || (long) page * pageSize >= envelope.totalItems()) {
                return seen;
            }
        }
    }

    /**
     * Decodes bytes the way every call of this client does, for a measurement without HTTP.
     *
     * @param body a JSON body
     * @param type the record to decode into
     * @param <T> the record
     * @return the decoded value
     */
    public <T> T read(byte[] body, Class<T> type) {
        try {
            return mapper.readValue(body, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
