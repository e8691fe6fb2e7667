package dev.estsdk.twilio.model;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import dev.estsdk.api.model.Secret;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every request builder refuses hostile values in every field it sends, naming that field, while
 * the ordinary values beside them pass. Each row is one builder, one field and one value; the
 * table is built from a few lists so that a new field or a new kind of hostile value is one line.
 */
class TwilioHostileInputTest {

    private static final String LONG = "a".repeat(10_000);
    private static final String TK = "TK" + "0123456789abcdef".repeat(2);
    private static final String AP = "AP" + "0123456789abcdef".repeat(2);

    private static final Map<String, String> CONTROL_AND_LENGTH = Map.ofEntries(
            Map.entry("NUL", "acme\u0000pbx"),
            Map.entry("CR", "acme\rpbx"),
            Map.entry("LF", "acme\npbx"),
            Map.entry("CRLF header injection", "acme\r\nX-Injected: 1"),
            Map.entry("TAB", "acme\tpbx"),
            Map.entry("DEL", "acme\u007fpbx"),
            Map.entry("C1 control", "acme\u0085pbx"),
            Map.entry("ESC", "acme\u001b[31m"),
            Map.entry("10,000 characters", LONG),
            Map.entry("blank", "   "));

    /** Names limited to 64 characters also refuse 65. */
    private static Map<String, String> shortNames() {
        Map<String, String> m = new java.util.LinkedHashMap<>(CONTROL_AND_LENGTH);
        m.put("65 characters", "n".repeat(65));
        m.put("empty", "");
        return m;
    }

    private static Map<String, String> longNames() {
        Map<String, String> m = new java.util.LinkedHashMap<>(CONTROL_AND_LENGTH);
        m.put("256 characters", "n".repeat(256));
        m.put("empty", "");
        return m;
    }

    private static final Map<String, String> DOMAIN_NAMES = Map.ofEntries(
            Map.entry("no suffix", "acme"),
            Map.entry("Sinch suffix", "acme.pstn.sinch.com"),
            Map.entry("suffix only", ".pstn.twilio.com"),
            Map.entry("bare suffix", "pstn.twilio.com"),
            Map.entry("suffix without dot", "acmepstn.twilio.com"),
            Map.entry("leading hyphen", "-acme.pstn.twilio.com"),
            Map.entry("trailing hyphen", "acme-.pstn.twilio.com"),
            Map.entry("empty label", "a..pstn.twilio.com"),
            Map.entry("underscore", "acme_pbx.pstn.twilio.com"),
            Map.entry("space", "acme pbx.pstn.twilio.com"),
            Map.entry("64-character label", "h".repeat(64) + ".pstn.twilio.com"),
            Map.entry("over 253 characters", ("a".repeat(60) + ".").repeat(4) + "pstn.twilio.com"),
            Map.entry("10,000 characters", LONG + ".pstn.twilio.com"),
            Map.entry("NUL", "acme\u0000.pstn.twilio.com"),
            Map.entry("CRLF", "acme\r\n.pstn.twilio.com"),
            Map.entry("non-ASCII letter", "acmé.pstn.twilio.com"),
            Map.entry("slash traversal", "../x.pstn.twilio.com"),
            Map.entry("localized edge host", "acme.pstn.dublin.twilio.com"),
            Map.entry("trailing dot", "acme.pstn.twilio.com."),
            Map.entry("URL", "sip:acme.pstn.twilio.com"),
            Map.entry("blank", " "),
            Map.entry("empty", ""));

    private static final Map<String, String> HTTP_URLS = Map.ofEntries(
            Map.entry("relative", "/twiml"),
            Map.entry("ftp scheme", "ftp://example.com/x"),
            Map.entry("javascript scheme", "javascript:alert(1)"),
            Map.entry("no host", "https:///path"),
            Map.entry("space", "https://example.com/a b"),
            Map.entry("CRLF", "https://example.com/\r\nX: 1"),
            Map.entry("NUL", "https://example.com/\u0000"),
            Map.entry("over 2048 characters", "https://example.com/" + "p".repeat(2048)),
            Map.entry("not a URL", "disaster recovery"),
            Map.entry("blank", "  "),
            Map.entry("bad escape", "https://example.com/%zz"));

    private static final Map<String, String> SIP_URLS = Map.ofEntries(
            Map.entry("sips scheme", "sips:pbx.example.com"),
            Map.entry("http scheme", "http://pbx.example.com"),
            Map.entry("no scheme", "pbx.example.com"),
            Map.entry("empty host", "sip:"),
            Map.entry("port 0", "sip:pbx.example.com:0"),
            Map.entry("port 65536", "sip:pbx.example.com:65536"),
            Map.entry("port not a number", "sip:pbx.example.com:http"),
            Map.entry("transport sctp", "sip:pbx.example.com;transport=sctp"),
            Map.entry("underscore host", "sip:pbx_1.example.com"),
            Map.entry("empty user", "sip:@pbx.example.com"),
            Map.entry("bad IPv6", "sip:[zz::1]"),
            Map.entry("space", "sip:pbx example.com"),
            Map.entry("CRLF", "sip:pbx.example.com\r\nVia: x"),
            Map.entry("NUL", "sip:pbx\u0000.example.com"),
            Map.entry("over 2048 characters", "sip:" + "a".repeat(2050)),
            Map.entry("blank", " "));

    private static final Map<String, Integer> PRIORITIES = Map.of(
            "negative", -1, "65536", 65536, "Integer.MAX_VALUE", Integer.MAX_VALUE, "Integer.MIN_VALUE", Integer.MIN_VALUE);

    private static final Map<String, Integer> WEIGHTS = Map.of(
            "zero", 0, "negative", -1, "65536", 65536, "Integer.MAX_VALUE", Integer.MAX_VALUE);

    private static final Map<String, Integer> PREFIXES = Map.of(
            "zero", 0, "33", 33, "negative", -1, "64", 64, "Integer.MAX_VALUE", Integer.MAX_VALUE);

    private static final Map<String, String> IPV4 = Map.ofEntries(
            Map.entry("IPv6", "2001:db8::1"),
            Map.entry("octet 256", "203.0.113.256"),
            Map.entry("three octets", "203.0.113"),
            Map.entry("five octets", "203.0.113.1.2"),
            Map.entry("leading zero", "203.0.113.010"),
            Map.entry("CIDR string", "203.0.113.0/24"),
            Map.entry("host name", "pbx.example.com"),
            Map.entry("negative octet", "203.0.-1.1"),
            Map.entry("space", "203.0.113.1 "),
            Map.entry("CRLF", "203.0.113.1\r\n"),
            Map.entry("NUL", "203.0.113.1\u0000"),
            Map.entry("10,000 characters", LONG),
            Map.entry("empty", ""));

    private static final Map<String, String> USERNAMES = Map.ofEntries(
            Map.entry("space inside", "user one"),
            Map.entry("leading space", " user"),
            Map.entry("NUL", "user\u0000"),
            Map.entry("CRLF", "user\r\nX: 1"),
            Map.entry("TAB", "user\t1"),
            Map.entry("33 characters", "u".repeat(33)),
            Map.entry("10,000 characters", LONG),
            Map.entry("blank", "  "),
            Map.entry("empty", ""));

    private static final Map<String, String> PASSWORDS = Map.ofEntries(
            Map.entry("too short", "Aa1aaaa"),
            Map.entry("eleven characters", "Aa1aaaaaaaa"),
            Map.entry("no digit", "SecretPassword"),
            Map.entry("no upper case", "secretpassword1"),
            Map.entry("no lower case", "SECRETPASSWORD1"),
            Map.entry("digits only", "123456789012"),
            Map.entry("space inside", "Secret Pass1234"),
            Map.entry("twelve spaces and Aa1", "            Aa1"),
            Map.entry("129 characters", "Aa1" + "x".repeat(126)),
            Map.entry("10,000 characters", "Aa1" + LONG));

    private static final Map<String, String> SIDS = Map.ofEntries(
            Map.entry("wrong prefix", "PN" + "0123456789abcdef".repeat(2)),
            Map.entry("lower-case prefix", "tk" + "0123456789abcdef".repeat(2)),
            Map.entry("31 hex digits", "TK" + "0123456789abcdef".repeat(2).substring(1)),
            Map.entry("33 hex digits", "TK" + "0123456789abcdef".repeat(2) + "0"),
            Map.entry("non-hex digit", "TK" + "0123456789abcdeg".repeat(2)),
            Map.entry("traversal", "TK../../v1/Trunks"),
            Map.entry("slash", "TK0123456789abcdef/123456789abcdef"),
            Map.entry("CRLF", "TK0123456789abcdef\r\n23456789abcdef"),
            Map.entry("percent-encoded slash", "TK0123456789abcd%2F0123456789abcdef"),
            Map.entry("blank", " "),
            Map.entry("empty", ""));

    record Row(String builder, String field, String kind, Function<Object, Object> build, Object value) {
        @Override
        public String toString() {
            return builder + "." + field + " = " + kind;
        }
    }

    static Stream<Arguments> rows() {
        List<Row> rows = new ArrayList<>();
        // CreateTrunkRequest and UpdateTrunkRequest
        strings(rows, "CreateTrunkRequest", "friendlyName", shortNames(),
                v -> CreateTrunkRequest.builder().friendlyName(v).domainName("acme.pstn.twilio.com").build());
        strings(rows, "CreateTrunkRequest", "domainName", DOMAIN_NAMES,
                v -> CreateTrunkRequest.builder().friendlyName("Acme").domainName(v).build());
        strings(rows, "CreateTrunkRequest", "disasterRecoveryUrl", HTTP_URLS,
                v -> CreateTrunkRequest.builder().disasterRecoveryUrl(v).build());
        strings(rows, "UpdateTrunkRequest", "friendlyName", shortNames(),
                v -> UpdateTrunkRequest.builder().friendlyName(v).secure(true).build());
        strings(rows, "UpdateTrunkRequest", "domainName", DOMAIN_NAMES,
                v -> UpdateTrunkRequest.builder().domainName(v).build());
        strings(rows, "UpdateTrunkRequest", "disasterRecoveryUrl", HTTP_URLS,
                v -> UpdateTrunkRequest.builder().disasterRecoveryUrl(v).build());
        strings(rows, "CreateTrunkRequest", "transferMode", Map.of("unknown value", "transfer-everything"),
                v -> CreateTrunkRequest.builder().transferMode(TransferMode.of(v)).build());
        strings(rows, "UpdateTrunkRequest", "transferCallerId", Map.of("unknown value", "from-nobody"),
                v -> UpdateTrunkRequest.builder().transferCallerId(TransferCallerId.of(v)).build());
        strings(rows, "UpdateTrunkRequest", "disasterRecoveryMethod", Map.of("unknown value", "PUT"),
                v -> UpdateTrunkRequest.builder().disasterRecoveryMethod(HttpMethod.of(v)).build());
        strings(rows, "UpdateRecordingRequest", "mode", Map.of("unknown value", "record-always"),
                v -> UpdateRecordingRequest.builder().mode(RecordingMode.of(v)).build());
        strings(rows, "UpdateRecordingRequest", "trim", Map.of("unknown value", "trim-everything"),
                v -> UpdateRecordingRequest.builder().trim(RecordingTrim.of(v)).build());
        // Origination URLs
        strings(rows, "CreateOriginationUrlRequest", "friendlyName", shortNames(),
                v -> CreateOriginationUrlRequest.builder().friendlyName(v).sipUrl("sip:pbx.example.com").build());
        strings(rows, "CreateOriginationUrlRequest", "sipUrl", SIP_URLS,
                v -> CreateOriginationUrlRequest.builder().friendlyName("PBX").sipUrl(v).build());
        ints(rows, "CreateOriginationUrlRequest", "priority", PRIORITIES,
                v -> CreateOriginationUrlRequest.builder().friendlyName("PBX").sipUrl("sip:pbx.example.com").priority(v).build());
        ints(rows, "CreateOriginationUrlRequest", "weight", WEIGHTS,
                v -> CreateOriginationUrlRequest.builder().friendlyName("PBX").sipUrl("sip:pbx.example.com").weight(v).build());
        strings(rows, "UpdateOriginationUrlRequest", "friendlyName", shortNames(),
                v -> UpdateOriginationUrlRequest.builder().friendlyName(v).build());
        strings(rows, "UpdateOriginationUrlRequest", "sipUrl", SIP_URLS,
                v -> UpdateOriginationUrlRequest.builder().sipUrl(v).build());
        ints(rows, "UpdateOriginationUrlRequest", "priority", PRIORITIES,
                v -> UpdateOriginationUrlRequest.builder().priority(v).build());
        ints(rows, "UpdateOriginationUrlRequest", "weight", WEIGHTS,
                v -> UpdateOriginationUrlRequest.builder().weight(v).build());
        // IP access control lists and entries
        strings(rows, "CreateIpAccessControlListRequest", "friendlyName", longNames(),
                CreateIpAccessControlListRequest::of);
        strings(rows, "UpdateIpAccessControlListRequest", "friendlyName", longNames(),
                UpdateIpAccessControlListRequest::of);
        strings(rows, "CreateIpAddressRequest", "friendlyName", longNames(),
                v -> CreateIpAddressRequest.builder().friendlyName(v).ipAddress("203.0.113.10").build());
        strings(rows, "CreateIpAddressRequest", "ipAddress", IPV4,
                v -> CreateIpAddressRequest.builder().friendlyName("HQ").ipAddress(v).cidrPrefixLength(32).build());
        ints(rows, "CreateIpAddressRequest", "cidrPrefixLength", PREFIXES,
                v -> CreateIpAddressRequest.builder().friendlyName("HQ").ipAddress("203.0.113.0").cidrPrefixLength(v).build());
        strings(rows, "CreateIpAddressRequest", "ipAddress", Map.of("host bits for /24", "203.0.113.7/24",
                        "host bits for /8", "10.1.0.0/8", "host bits for /31", "203.0.113.1/31"),
                v -> CreateIpAddressRequest.builder().friendlyName("HQ").cidr(v).build());
        strings(rows, "CreateIpAddressRequest", "cidrPrefixLength", Map.of("prefix 33", "203.0.113.0/33",
                        "prefix 0", "0.0.0.0/0", "prefix not a number", "203.0.113.0/x"),
                v -> CreateIpAddressRequest.builder().friendlyName("HQ").cidr(v).build());
        strings(rows, "UpdateIpAddressRequest", "friendlyName", longNames(),
                v -> UpdateIpAddressRequest.builder().friendlyName(v).build());
        strings(rows, "UpdateIpAddressRequest", "ipAddress", IPV4,
                v -> UpdateIpAddressRequest.builder().ipAddress(v).build());
        ints(rows, "UpdateIpAddressRequest", "cidrPrefixLength", PREFIXES,
                v -> UpdateIpAddressRequest.builder().cidrPrefixLength(v).build());
        // Credential lists and credentials
        strings(rows, "CreateCredentialListRequest", "friendlyName", shortNames(), CreateCredentialListRequest::of);
        strings(rows, "UpdateCredentialListRequest", "friendlyName", shortNames(), UpdateCredentialListRequest::of);
        strings(rows, "CreateCredentialRequest", "username", USERNAMES,
                v -> CreateCredentialRequest.builder().username(v).password(Secret.of("GoodPassw0rd1")).build());
        strings(rows, "CreateCredentialRequest", "password", PASSWORDS,
                v -> CreateCredentialRequest.builder().username("pbx").password(Secret.of(v)).build());
        strings(rows, "UpdateCredentialRequest", "password", PASSWORDS, v -> UpdateCredentialRequest.of(Secret.of(v)));
        // Incoming phone numbers
        strings(rows, "UpdateIncomingPhoneNumberRequest", "trunkSid", SIDS,
                v -> UpdateIncomingPhoneNumberRequest.builder().trunkSid(v).build());
        strings(rows, "UpdateIncomingPhoneNumberRequest", "voiceApplicationSid", sidsFor("AP"),
                v -> UpdateIncomingPhoneNumberRequest.builder().voiceApplicationSid(v).build());
        strings(rows, "UpdateIncomingPhoneNumberRequest", "friendlyName", shortNames(),
                v -> UpdateIncomingPhoneNumberRequest.builder().friendlyName(v).build());
        return rows.stream().map(r -> Arguments.of(r));
    }

    private static Map<String, String> sidsFor(String prefix) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        SIDS.forEach((k, v) -> m.put(k, v.startsWith("TK") ? prefix + v.substring(2) : v));
        m.put("trunk SID", TK);
        return m;
    }

    private static void strings(List<Row> rows, String builder, String field, Map<String, String> values,
                                Function<String, Object> build) {
        values.forEach((kind, value) -> rows.add(new Row(builder, field, kind, v -> build.apply((String) v), value)));
    }

    private static void ints(List<Row> rows, String builder, String field, Map<String, Integer> values,
                             Function<Integer, Object> build) {
        values.forEach((kind, value) -> rows.add(new Row(builder, field, kind, v -> build.apply((Integer) v), value)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void build_refusesHostileValue_namingTheField(Row row) {
        assertThatThrownBy(() -> row.build().apply(row.value()))
                .isInstanceOf(EstValidationException.class)
                .satisfies(e -> {
                    List<FieldViolation> violations = ((EstValidationException) e).violations();
                    assertThat(violations).extracting(FieldViolation::field).containsExactly(row.field());
                    assertThat(e.getMessage()).startsWith("Invalid " + row.builder()).contains(row.field());
                    if (row.field().equals("password")) {
                        assertThat(e.getMessage()).doesNotContain(String.valueOf(row.value()).strip());
                    }
                    assertThat(e.getMessage()).doesNotContain("\r", "\n", "\u0000");
                });
    }

    static Stream<Arguments> tableSize() {
        return Stream.of(Arguments.of(rows().count()));
    }

    @ParameterizedTest
    @MethodSource("tableSize")
    void table_coversHundredsOfRows(long rows) {
        assertThat(rows).isGreaterThanOrEqualTo(300);
    }

    static Stream<Arguments> sids() {
        return SIDS.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sids")
    void sidRule_refusesMalformedTrunkSids(String kind, String value) {
        assertThat(TwilioRules.sid("TK", value)).hasValueSatisfying(rule -> assertThat(rule).contains("TK SID"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rowsAcceptingOrdinaryValues")
    void build_acceptsOrdinaryValue(String name, Runnable build) {
        build.run();
    }

    static Stream<Arguments> rowsAcceptingOrdinaryValues() {
        return Stream.of(
                Arguments.of("sub-domain", (Runnable) () -> CreateTrunkRequest.builder().domainName("a.b-c.pstn.twilio.com").build()),
                Arguments.of("upper-case suffix", (Runnable) () -> CreateTrunkRequest.builder().domainName("Acme.PSTN.Twilio.com").build()),
                Arguments.of("64-character name", (Runnable) () -> CreateTrunkRequest.builder().friendlyName("n".repeat(64)).build()),
                Arguments.of("unicode name", (Runnable) () -> CreateTrunkRequest.builder().friendlyName("Zürich Büro").build()),
                Arguments.of("https URL", (Runnable) () -> CreateTrunkRequest.builder().disasterRecoveryUrl("https://example.com/twiml?x=1").build()),
                Arguments.of("sip with user, port, transport, header", (Runnable) () -> CreateOriginationUrlRequest.builder()
                        .friendlyName("PBX").sipUrl("sip:+1555@203.0.113.10:5061;transport=tls;edge=dublin?X-Site=hq").build()),
                Arguments.of("sip IPv6 literal", (Runnable) () -> CreateOriginationUrlRequest.builder()
                        .friendlyName("PBX").sipUrl("sip:[2001:db8::1]:5060").build()),
                Arguments.of("spec example sip://", (Runnable) () -> CreateOriginationUrlRequest.builder()
                        .friendlyName("PBX").sipUrl("sip://sip-box.com:1234").build()),
                Arguments.of("priority 0 and 65535 weight", (Runnable) () -> CreateOriginationUrlRequest.builder()
                        .friendlyName("PBX").sipUrl("sip:pbx.example.com").priority(0).weight(65535).build()),
                Arguments.of("/1 network", (Runnable) () -> CreateIpAddressRequest.builder().friendlyName("half").cidr("128.0.0.0/1").build()),
                Arguments.of("255-character ACL name", (Runnable) () -> CreateIpAccessControlListRequest.of("n".repeat(255))),
                Arguments.of("32-character username", (Runnable) () -> CreateCredentialRequest.builder().username("u".repeat(32))
                        .password(Secret.of("IWasAtSignal2018")).build()),
                Arguments.of("trunk SID with upper-case hex", (Runnable) () -> UpdateIncomingPhoneNumberRequest.builder()
                        .trunkSid("TK" + "0123456789ABCDEF".repeat(2)).build()),
                Arguments.of("voice application", (Runnable) () -> UpdateIncomingPhoneNumberRequest.builder().voiceApplicationSid(AP).build()));
    }
}
