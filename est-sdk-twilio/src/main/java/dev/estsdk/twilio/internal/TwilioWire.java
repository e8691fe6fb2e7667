package dev.estsdk.twilio.internal;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.estsdk.twilio.model.HttpMethod;
import dev.estsdk.twilio.model.IncomingPhoneNumber;
import dev.estsdk.twilio.model.OriginationUrl;
import dev.estsdk.twilio.model.PhoneNumberCapabilities;
import dev.estsdk.twilio.model.Recording;
import dev.estsdk.twilio.model.RecordingMode;
import dev.estsdk.twilio.model.RecordingTrim;
import dev.estsdk.twilio.model.SipCredential;
import dev.estsdk.twilio.model.SipCredentialList;
import dev.estsdk.twilio.model.SipIpAccessControlList;
import dev.estsdk.twilio.model.SipIpAddress;
import dev.estsdk.twilio.model.TransferCallerId;
import dev.estsdk.twilio.model.TransferMode;
import dev.estsdk.twilio.model.Trunk;
import dev.estsdk.twilio.model.TrunkCredentialList;
import dev.estsdk.twilio.model.TrunkIpAccessControlList;
import dev.estsdk.twilio.model.TrunkPhoneNumber;

import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Twilio's JSON (snake_case, Trunking v1 and 2010 conventions alike) to the SDK's models. Unknown
 * properties are ignored, {@code ""} and null read as absent, unknown enumeration values are
 * kept, and timestamps are read in either API's form: ISO 8601 ({@code 2018-05-07T20:20:46Z}) or
 * RFC 2822 ({@code Wed, 19 Aug 2015 19:48:45 +0000}). A value of the wrong shape fails the call
 * as an undecodable answer, naming the property, instead of turning into null.
 */
final class TwilioWire {

    private static final DateTimeFormatter RFC_2822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z",
            Locale.ENGLISH);

    private TwilioWire() {
    }

    static Trunk trunk(JsonNode o) {
        JsonNode recording = o.get("recording");
        return new Trunk(text(o, "sid"), text(o, "account_sid"), text(o, "friendly_name"), text(o, "domain_name"),
                text(o, "disaster_recovery_url"), wire(o, "disaster_recovery_method", HttpMethod::of),
                bool(o, "secure"), bool(o, "cnam_lookup_enabled"), bool(o, "symmetric_rtp_enabled"),
                wire(o, "transfer_mode", TransferMode::of), wire(o, "transfer_caller_id", TransferCallerId::of),
                recording == null || !recording.isObject() ? null : recording(recording), text(o, "auth_type"),
                strings(o, "auth_type_set"), instant(o, "date_created"), instant(o, "date_updated"), text(o, "url"),
                map(o, "links"));
    }

    static Recording recording(JsonNode o) {
        return new Recording(wire(o, "mode", RecordingMode::of), wire(o, "trim", RecordingTrim::of));
    }

    static OriginationUrl originationUrl(JsonNode o) {
        return new OriginationUrl(text(o, "sid"), text(o, "account_sid"), text(o, "trunk_sid"),
                text(o, "friendly_name"), text(o, "sip_url"), integer(o, "priority", 0), integer(o, "weight", 0),
                bool(o, "enabled"), instant(o, "date_created"), instant(o, "date_updated"), text(o, "url"));
    }

    static TrunkIpAccessControlList trunkIpAccessControlList(JsonNode o) {
        return new TrunkIpAccessControlList(text(o, "sid"), text(o, "account_sid"), text(o, "trunk_sid"),
                text(o, "friendly_name"), instant(o, "date_created"), instant(o, "date_updated"), text(o, "url"));
    }

    static TrunkCredentialList trunkCredentialList(JsonNode o) {
        return new TrunkCredentialList(text(o, "sid"), text(o, "account_sid"), text(o, "trunk_sid"),
                text(o, "friendly_name"), instant(o, "date_created"), instant(o, "date_updated"), text(o, "url"));
    }

    static TrunkPhoneNumber trunkPhoneNumber(JsonNode o) {
        return new TrunkPhoneNumber(text(o, "sid"), text(o, "account_sid"), text(o, "trunk_sid"),
                text(o, "phone_number"), text(o, "friendly_name"), text(o, "voice_url"),
                text(o, "voice_application_sid"), capabilities(o.get("capabilities")), instant(o, "date_created"),
                instant(o, "date_updated"), text(o, "url"), map(o, "links"));
    }

    static SipIpAccessControlList ipAccessControlList(JsonNode o) {
        return new SipIpAccessControlList(text(o, "sid"), text(o, "account_sid"), text(o, "friendly_name"),
                instant(o, "date_created"), instant(o, "date_updated"), map(o, "subresource_uris"), text(o, "uri"));
    }

    static SipIpAddress ipAddress(JsonNode o) {
        return new SipIpAddress(text(o, "sid"), text(o, "account_sid"), text(o, "ip_access_control_list_sid"),
                text(o, "friendly_name"), text(o, "ip_address"), integer(o, "cidr_prefix_length", 32),
                instant(o, "date_created"), instant(o, "date_updated"), text(o, "uri"));
    }

    static SipCredentialList credentialList(JsonNode o) {
        return new SipCredentialList(text(o, "sid"), text(o, "account_sid"), text(o, "friendly_name"),
                instant(o, "date_created"), instant(o, "date_updated"), map(o, "subresource_uris"), text(o, "uri"));
    }

    static SipCredential credential(JsonNode o) {
        return new SipCredential(text(o, "sid"), text(o, "account_sid"), text(o, "credential_list_sid"),
                text(o, "username"), instant(o, "date_created"), instant(o, "date_updated"), text(o, "uri"));
    }

    static IncomingPhoneNumber incomingPhoneNumber(JsonNode o) {
        return new IncomingPhoneNumber(text(o, "sid"), text(o, "account_sid"), text(o, "phone_number"),
                text(o, "friendly_name"), text(o, "trunk_sid"), text(o, "voice_application_sid"), text(o, "voice_url"),
                text(o, "status"), text(o, "origin"), capabilities(o.get("capabilities")), instant(o, "date_created"),
                instant(o, "date_updated"), text(o, "uri"));
    }

    /**
     * One page of a listing: the records under {@code key}, and the next link from
     * {@code meta.next_page_url} (Trunking v1) or {@code next_page_uri} (2010). An envelope
     * without the {@code key} array fails as undecodable.
     */
    static <T> LinkPager.LinkedPage<T> page(JsonNode envelope, String key, Function<JsonNode, T> toModel) {
        if (envelope == null || !envelope.isObject()) {
            throw undecodable("the list answer is not a JSON object");
        }
        JsonNode records = envelope.get(key);
        if (records == null || !records.isArray()) {
            // an envelope without its records is not an empty page: reading it as one would make a
            // listing (and a teardown walking it) report "nothing there" for an answer it cannot read
            throw undecodable("the list answer has no \"" + key + "\" array");
        }
        List<T> items = new ArrayList<>();
        for (JsonNode record : records) {
            if (record != null && record.isObject()) {
                items.add(toModel.apply(record));
            }
        }
        JsonNode meta = envelope.get("meta");
        String next = meta != null && meta.isObject() ? text(meta, "next_page_url") : text(envelope, "next_page_uri");
        return new LinkPager.LinkedPage<>(items, next);
    }

    private static PhoneNumberCapabilities capabilities(JsonNode o) {
        if (o == null || !o.isObject()) {
            return null;
        }
        return new PhoneNumberCapabilities(bool(o, "voice"), bool(o, "sms"), bool(o, "mms"), bool(o, "fax"));
    }

    private static String text(JsonNode o, String name) {
        JsonNode node = o.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isContainerNode()) {
            throw undecodable("\"" + name + "\" is not a string");
        }
        String text = node.asText();
        return text.isEmpty() ? null : text;
    }

    private static boolean bool(JsonNode o, String name) {
        JsonNode node = o.get(name);
        if (node == null || node.isNull()) {
            return false;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isTextual() && (node.asText().equalsIgnoreCase("true") || node.asText().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(node.asText());
        }
        throw undecodable("\"" + name + "\" is not a boolean");
    }

    private static int integer(JsonNode o, String name, int absent) {
        JsonNode node = o.get(name);
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isEmpty())) {
            return absent;
        }
        if (node.canConvertToInt() && node.isIntegralNumber()) {
            return node.intValue();
        }
        if (node.isTextual() && node.asText().matches("-?\\d{1,9}")) {
            return Integer.parseInt(node.asText());
        }
        throw undecodable("\"" + name + "\" is not an integer");
    }

    private static <T> T wire(JsonNode o, String name, Function<String, T> of) {
        String text = text(o, name);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return of.apply(text);
        } catch (IllegalArgumentException e) {
            throw undecodable("\"" + name + "\" is not a valid value: " + e.getMessage());
        }
    }

    private static List<String> strings(JsonNode o, String name) {
        JsonNode node = o.get(name);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw undecodable("\"" + name + "\" is not an array");
        }
        List<String> values = new ArrayList<>();
        node.forEach(v -> {
            if (v != null && !v.isNull() && !v.isContainerNode()) {
                values.add(v.asText());
            }
        });
        return values;
    }

    private static Map<String, String> map(JsonNode o, String name) {
        JsonNode node = o.get(name);
        Map<String, String> values = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getValue() != null && e.getValue().isValueNode() && !e.getValue().isNull()) {
                    values.put(e.getKey(), e.getValue().asText());
                }
            });
        }
        return values;
    }

    /** Either API's timestamp: ISO 8601 (with or without zone offset) or RFC 2822. */
    static Instant instant(JsonNode o, String name) {
        String text = text(o, name);
        if (text == null) {
            return null;
        }
        try {
            if (Character.isDigit(text.charAt(0))) {
                return OffsetDateTime.parse(text).toInstant();
            }
            return ZonedDateTime.parse(text, RFC_2822).toInstant();
        } catch (DateTimeException e) {
            throw undecodable("\"" + name + "\" is not an ISO 8601 or RFC 2822 timestamp");
        }
    }

    /** A mapping failure, classified by the pipeline like a JSON parse error: never retried. */
    static UncheckedIOException undecodable(String what) {
        String message = "unexpected Twilio answer: " + what;
        return new UncheckedIOException(message, JsonMappingException.from((com.fasterxml.jackson.core.JsonParser) null,
                message));
    }
}
