package dev.estsdk.benchmarks.twilio;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The Twilio answers of the benchmark stub, in the shapes Twilio documents: a Trunking v1 trunk,
 * and pages of the 2010 API's incoming phone numbers with {@code next_page_uri} links. Both
 * clients read the same bytes.
 */
public final class TwilioPayloads {

    /** The account every answer belongs to. */
    public static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    /** The Auth Token both clients send (the stub does not check it). */
    public static final String AUTH_TOKEN = "bench-auth-token-0123456789abcdef";
    /** The trunk of rows 11a, 11b and 11d. */
    public static final String TRUNK_SID = "TK0123456789abcdef0123456789abcdef";
    /** The trunk's domain name. */
    public static final String DOMAIN_NAME = "bench-trunk.pstn.twilio.com";
    /** How many incoming phone numbers the account owns (row 11c). */
    public static final int PHONE_NUMBER_COUNT = 10_000;
    /** The largest page Twilio serves, the page size both clients list with. */
    public static final int MAX_PAGE_SIZE = 1000;

    static final String TRUNK_PATH = "/v1/Trunks/" + TRUNK_SID;
    static final String NUMBERS_PATH = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/IncomingPhoneNumbers.json";

    private static final String TRUNK_URL = "https://trunking.twilio.com" + TRUNK_PATH;

    private TwilioPayloads() {
    }

    /** @return the trunk, as {@code GET /v1/Trunks/{Sid}} returns it */
    public static byte[] trunk() {
        return ("{\"sid\":\"" + TRUNK_SID + "\",\"account_sid\":\"" + ACCOUNT_SID + "\","
                + "\"friendly_name\":\"Benchmark trunk\",\"domain_name\":\"" + DOMAIN_NAME + "\","
                + "\"disaster_recovery_url\":\"https://dr.example.com/voice\",\"disaster_recovery_method\":\"POST\","
                + "\"secure\":true,\"cnam_lookup_enabled\":true,\"symmetric_rtp_enabled\":false,"
                + "\"transfer_mode\":\"enable-all\",\"transfer_caller_id\":\"from-transferee\","
                + "\"recording\":{\"mode\":\"record-from-ringing\",\"trim\":\"trim-silence\"},"
                + "\"auth_type\":\"IP_ACL\",\"auth_type_set\":[\"IP_ACL\"],"
                + "\"date_created\":\"2026-01-05T10:00:00Z\",\"date_updated\":\"2026-02-11T08:30:15Z\","
                + "\"url\":\"" + TRUNK_URL + "\",\"links\":{"
                + "\"origination_urls\":\"" + TRUNK_URL + "/OriginationUrls\","
                + "\"credential_lists\":\"" + TRUNK_URL + "/CredentialLists\","
                + "\"ip_access_control_lists\":\"" + TRUNK_URL + "/IpAccessControlLists\","
                + "\"phone_numbers\":\"" + TRUNK_URL + "/PhoneNumbers\","
                + "\"recording\":\"" + TRUNK_URL + "/Recording\"}}").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @param page the zero-based page number
     * @param size the page size
     * @return that page of the {@value #PHONE_NUMBER_COUNT} numbers, {@code next_page_uri} null on the last
     */
    public static byte[] phoneNumberPage(int page, int size) {
        int start = page * size;
        int end = Math.min(start + size, PHONE_NUMBER_COUNT);
        StringBuilder json = new StringBuilder(size * 900 + 600);
        json.append("{\"incoming_phone_numbers\":[");
        for (int i = start; i < end; i++) {
            if (i > start) {
                json.append(',');
            }
            number(json, i);
        }
        json.append("],\"page\":").append(page).append(",\"page_size\":").append(size)
                .append(",\"start\":").append(start).append(",\"end\":").append(Math.max(start, end - 1))
                .append(",\"uri\":\"").append(pageUri(page, size)).append('"')
                .append(",\"first_page_uri\":\"").append(NUMBERS_PATH).append("?PageSize=").append(size).append("&Page=0\"")
                .append(",\"previous_page_uri\":").append(page == 0 ? "null" : "\"" + pageUri(page - 1, size) + "\"")
                .append(",\"next_page_uri\":").append(end >= PHONE_NUMBER_COUNT ? "null" : "\"" + pageUri(page + 1, size) + "\"")
                .append('}');
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @param index 0 to {@value #PHONE_NUMBER_COUNT} - 1
     * @return the E.164 number of that index
     */
    public static String phoneNumber(int index) {
        return String.format(Locale.ROOT, "+1415555%04d", index);
    }

    /**
     * @param index 0 to {@value #PHONE_NUMBER_COUNT} - 1
     * @return the number SID of that index
     */
    public static String phoneNumberSid(int index) {
        return String.format(Locale.ROOT, "PN0123456789abcdef0123456789a%05d", index);
    }

    private static String pageUri(int page, int size) {
        return NUMBERS_PATH + "?PageSize=" + size + "&Page=" + page + (page == 0 ? "" : "&PageToken=PA" + phoneNumberSid(page * size));
    }

    private static void number(StringBuilder json, int i) {
        String sid = phoneNumberSid(i);
        String uri = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/IncomingPhoneNumbers/" + sid + ".json";
        json.append("{\"sid\":\"").append(sid).append("\",\"account_sid\":\"").append(ACCOUNT_SID)
                .append("\",\"friendly_name\":\"(415) 555-").append(String.format(Locale.ROOT, "%04d", i))
                .append("\",\"phone_number\":\"").append(phoneNumber(i))
                .append("\",\"voice_url\":null,\"voice_method\":\"POST\",\"voice_fallback_url\":null,\"voice_fallback_method\":\"POST\"")
                .append(",\"voice_caller_id_lookup\":false,\"voice_application_sid\":null")
                .append(",\"trunk_sid\":").append(i % 2 == 0 ? "\"" + TRUNK_SID + "\"" : "null")
                .append(",\"sms_url\":\"\",\"sms_method\":\"POST\",\"sms_application_sid\":\"\",\"status_callback\":\"\"")
                .append(",\"status_callback_method\":\"POST\",\"api_version\":\"2010-04-01\",\"beta\":false")
                .append(",\"capabilities\":{\"voice\":true,\"sms\":true,\"mms\":false,\"fax\":false}")
                .append(",\"status\":\"in-use\",\"origin\":\"twilio\",\"emergency_status\":\"Inactive\"")
                .append(",\"emergency_address_sid\":null,\"emergency_address_status\":\"unregistered\"")
                .append(",\"address_requirements\":\"none\",\"identity_sid\":null,\"address_sid\":null,\"bundle_sid\":null")
                .append(",\"date_created\":\"Mon, 05 Jan 2026 10:00:00 +0000\",\"date_updated\":\"Wed, 11 Feb 2026 08:30:15 +0000\"")
                .append(",\"uri\":\"").append(uri).append("\",\"subresource_uris\":{\"assigned_add_ons\":\"")
                .append(uri, 0, uri.length() - 5).append("/AssignedAddOns.json\"}}");
    }

    /**
     * @param status the HTTP status
     * @param message what went wrong
     * @return Twilio's error body
     */
    static byte[] error(int status, String message) {
        return ("{\"code\":20404,\"message\":\"" + message + "\",\"more_info\":\"https://www.twilio.com/docs/errors/20404\","
                + "\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
    }
}
