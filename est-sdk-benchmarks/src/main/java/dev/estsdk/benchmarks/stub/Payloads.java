package dev.estsdk.benchmarks.stub;

import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

/**
 * The JSON bodies the benchmark stub serves, shaped like the service's answers (reference §8):
 * a trunk, a page of trunks, a page of phone numbers. Everything is deterministic, so every run
 * decodes the same bytes.
 */
public final class Payloads {

    /** The project every stub path belongs to. */
    public static final String PROJECT_ID = "bench-project";
    /** Key id used against the stub, which checks no credentials. */
    public static final String KEY_ID = "bench-key";
    /** Key secret used against the stub. */
    public static final String KEY_SECRET = "bench-secret-0123456789";
    /** The trunk that {@code GET /trunks/{id}} answers for. */
    public static final String TRUNK_ID = trunkId(0);
    /** How many trunks the trunk listing holds: one full page of the largest size. */
    public static final int TRUNK_COUNT = 500;
    /** How many phone numbers the phone number listing holds. */
    public static final int PHONE_NUMBER_COUNT = 100_000;
    /** The largest page size of every EST listing but calls. */
    public static final int MAX_PAGE_SIZE = 500;
    /**
     * The project whose trunk listing is paged over {@value #LISTING_TRUNK_COUNT} trunks, for the
     * fresh-process listing compared with the Node SDK.
     */
    public static final String LISTING_PROJECT_ID = "bench-listing";
    /** How many trunks the listing project holds. */
    public static final int LISTING_TRUNK_COUNT = 10_000;

    private static final String CREATED = "2024-06-06T14:42:42.820177628Z";
    private static final String UPDATED = "2024-06-07T09:15:02.117Z";

    private Payloads() {
    }

    /**
     * @param index the trunk's position, from 0
     * @return its 26-character id
     */
    public static String trunkId(int index) {
        return "01JTRUNK" + digits(index, 18);
    }

    /**
     * @param index the number's position, from 0
     * @return the E.164 number, e.g. {@code +12025000000}
     */
    public static String phoneNumber(int index) {
        return "+12025" + digits(index, 6);
    }

    /** @return the body of {@code GET /trunks/{TRUNK_ID}} */
    public static byte[] trunk() {
        return utf8(appendTrunk(new StringBuilder(512), 0, PROJECT_ID).toString());
    }

    /** @return the body of {@code GET /trunks?page=1&size=500}: every trunk on one page */
    public static byte[] trunkPage() {
        StringBuilder json = new StringBuilder(TRUNK_COUNT * 420).append("{\"trunks\":[");
        for (int i = 0; i < TRUNK_COUNT; i++) {
            if (i > 0) {
                json.append(',');
            }
            appendTrunk(json, i, PROJECT_ID);
        }
        return utf8(json.append("],\"totalItems\":").append(TRUNK_COUNT)
                .append(",\"pageNumber\":\"1\",\"size\":").append(TRUNK_COUNT).append('}').toString());
    }

    /**
     * One page of the listing project's {@value #LISTING_TRUNK_COUNT} trunks. The envelope carries
     * the page size both as {@code size} (the published spec) and as {@code pageSize} (what the
     * official Node SDK reads; it fails on a page without it), and {@code pageNumber} as a number,
     * so that both SDKs read the same bytes (reference §2.3).
     *
     * @param pageNumber the page, from 1
     * @param pageSize its size, at least 1
     * @return the body of {@code GET /v1/projects/bench-listing/trunks?page=..&size=..}; an empty
     *     page beyond the end
     */
    public static byte[] listingTrunkPage(int pageNumber, int pageSize) {
        return page("trunks", pageNumber, pageSize, LISTING_TRUNK_COUNT, 420,
                (json, i) -> appendTrunk(json, i, LISTING_PROJECT_ID), true);
    }

    /**
     * @param pageNumber the page, from 1
     * @param pageSize its size, at least 1
     * @return the body of {@code GET /phoneNumbers?page=..&size=..}; an empty page beyond the end
     */
    public static byte[] phoneNumberPage(int pageNumber, int pageSize) {
        return page("phoneNumbers", pageNumber, pageSize, PHONE_NUMBER_COUNT, 200, (json, i) -> json
                .append("{\"id\":\"").append("01JNUMBER").append(digits(i, 17))
                .append("\",\"phoneNumber\":\"").append(phoneNumber(i))
                .append("\",\"sipTrunkId\":\"").append(trunkId(i % TRUNK_COUNT))
                .append("\",\"countryCode\":\"US\",\"createTime\":\"").append(CREATED)
                .append("\",\"updateTime\":null}"), false);
    }

    /**
     * One page of a listing in the service's envelope.
     *
     * @param key the items' key, e.g. {@code trunks}
     * @param pageNumber the page, from 1
     * @param pageSize its size, at least 1
     * @param total how many items the listing holds
     * @param itemChars about how long one rendered item is
     * @param item renders the item at an index
     * @param withPageSize whether the envelope also carries {@code pageSize} beside {@code size}
     * @return the body; an empty page beyond the end
     */
    private static byte[] page(String key, int pageNumber, int pageSize, int total, int itemChars,
            BiConsumer<StringBuilder, Integer> item, boolean withPageSize) {
        long from = Math.min((long) (pageNumber - 1) * pageSize, total);
        int to = (int) Math.min(from + pageSize, total);
        StringBuilder json = new StringBuilder(Math.max(0, to - (int) from) * itemChars + 100)
                .append("{\"").append(key).append("\":[");
        for (int i = (int) from; i < to; i++) {
            if (i > from) {
                json.append(',');
            }
            item.accept(json, i);
        }
        json.append("],\"totalItems\":").append(total).append(",\"pageNumber\":").append(pageNumber)
                .append(",\"size\":").append(pageSize);
        if (withPageSize) {
            json.append(",\"pageSize\":").append(pageSize);
        }
        return utf8(json.append('}').toString());
    }

    /** @return the body of a successful client-credentials token request */
    public static byte[] token() {
        return utf8("{\"access_token\":\"bench-token\",\"expires_in\":3600,\"scope\":\"\",\"token_type\":\"bearer\"}");
    }

    /**
     * @param status the HTTP status
     * @param code the error code, e.g. {@code NO_RESOURCE_FOUND}
     * @param message the human message
     * @return an error body in the service's flat shape
     */
    public static byte[] error(int status, String code, String message) {
        return utf8("{\"code\":" + status + ",\"status\":\"" + code + "\",\"message\":\"" + message + "\",\"details\":[]}");
    }

    private static StringBuilder appendTrunk(StringBuilder json, int index, String projectId) {
        String host = "bench-trunk-" + digits(index, 4);
        return json.append("{\"id\":\"").append(trunkId(index))
                .append("\",\"name\":\"Benchmark trunk ").append(index)
                .append("\",\"hostName\":\"").append(host)
                .append("\",\"topLevelDomain\":\"pstn.sinch.com\",\"domain\":\"").append(host)
                .append(".pstn.sinch.com\",\"callsPerSecond\":1,\"enableCallerName\":false")
                .append(",\"callForwardNumber\":\"+15552229999\",\"enableCallForward\":true")
                .append(",\"createTime\":\"").append(CREATED).append("\",\"updateTime\":\"").append(UPDATED)
                .append("\",\"projectId\":\"").append(projectId).append("\"}");
    }

    private static String digits(int value, int width) {
        String text = Integer.toString(value);
        return "0".repeat(Math.max(0, width - text.length())) + text;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
