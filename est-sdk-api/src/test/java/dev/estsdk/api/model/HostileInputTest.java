package dev.estsdk.api.model;

import dev.estsdk.api.exception.FieldViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static dev.estsdk.api.model.BuildFailures.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Property 30 for the models: every builder refuses hostile values in every field it sends,
 * naming that field, and the same builders accept the ordinary values beside them. Each row is
 * one builder, one field and one value; the table is built from a few lists so that a new field
 * or a new kind of hostile value is one line.
 */
class HostileInputTest {

    private static final String LONG = "a".repeat(10_000);

    /** Values no free-text field (name, description, match prefix) may carry. */
    private static final Map<String, String> HOSTILE_TEXT = Map.of(
            "NUL", "acme\u0000pbx",
            "CR", "acme\rpbx",
            "LF", "acme\npbx",
            "CRLF header injection", "acme\r\nX-Injected: 1",
            "TAB", "acme\tpbx",
            "DEL", "acme\u007fpbx",
            "C1 control", "acme\u0085pbx",
            "10,000 characters", LONG,
            "256 characters", "n".repeat(FieldRules.MAX_TEXT_LENGTH + 1),
            "blank", "   ");

    /** Values no trunk host name may be: each is not one DNS label of letters, digits and hyphens. */
    private static final Map<String, String> HOSTILE_HOST_NAMES = Map.ofEntries(
            Map.entry("leading hyphen", "-acme"),
            Map.entry("trailing hyphen", "acme-"),
            Map.entry("only a hyphen", "-"),
            Map.entry("dot", "acme.pbx"),
            Map.entry("full domain", "acme.pstn.sinch.com"),
            Map.entry("64 characters", "h".repeat(64)),
            Map.entry("10,000 characters", LONG),
            Map.entry("underscore", "acme_pbx"),
            Map.entry("space", "acme pbx"),
            Map.entry("NUL", "acme\u0000"),
            Map.entry("CRLF", "acme\r\n"),
            Map.entry("non-ASCII letter", "acmé"),
            Map.entry("slash", "acme/../x"),
            Map.entry("blank", " "),
            Map.entry("empty", ""));

    private static final Map<String, String> HOSTILE_USERNAMES = Map.of(
            "space inside", "user one",
            "leading space", " user",
            "NUL", "user\u0000",
            "CRLF", "user\r\nX: 1",
            "TAB", "user\t1",
            "65 characters", "u".repeat(FieldRules.MAX_USERNAME_LENGTH + 1),
            "10,000 characters", LONG,
            "blank", "  ",
            "empty", "");

    private static final Map<String, String> HOSTILE_PASSWORDS = Map.of(
            "twelve spaces and Aa1", "            Aa1",
            "space inside", "Secret Pass1234",
            "NUL", "SecretPass123\u0000",
            "CRLF", "SecretPass123\r\n",
            "TAB", "Secret\tPass123",
            "129 characters", "Aa1" + "x".repeat(FieldRules.MAX_PASSWORD_LENGTH - 2),
            "10,000 characters", "Aa1" + LONG,
            "too short", "Aa1aaaa",
            "no digit", "SecretPassword",
            "no upper case", "secretpass1234");

    private static final Map<String, String> HOSTILE_E164 = Map.of(
            "no plus", "12025550101",
            "leading zero", "+0202555010",
            "16 digits", "+1202555010199999",
            "letters", "+1202555ABCD",
            "space", "+1 202 555 0101",
            "CRLF", "+12025550101\r\n",
            "NUL", "+1202555\u00000101",
            "10,000 characters", "+1" + "2".repeat(9_998),
            "blank", " ");

    private static final Map<String, String> HOSTILE_IPV4 = Map.of(
            "CIDR string", "203.0.113.0/24",
            "leading zero octet", "203.0.113.010",
            "octet over 255", "203.0.113.256",
            "three octets", "203.0.113",
            "IPv6", "2001:db8::1",
            "CRLF", "203.0.113.10\r\n",
            "NUL", "203.0.113.10\u0000",
            "10,000 characters", LONG,
            "blank", " ");

    private static final Map<String, String> HOSTILE_ENDPOINT_ADDRESSES = Map.of(
            "CRLF", "sbc.example.com\r\n",
            "NUL", "sbc\u0000.example.com",
            "space", "sbc example.com",
            "label with leading hyphen", "-sbc.example.com",
            "empty label", "sbc..example.com",
            "bad dotted quad", "203.0.113.300",
            "10,000 characters", LONG,
            "blank", " ");

    private static final Map<String, String> HOSTILE_COUNTRY_CODES = Map.of(
            "lower case", "se",
            "three letters", "SWE",
            "digits", "46",
            "CRLF", "SE\r\n",
            "NUL", "S\u0000",
            "10,000 characters", LONG);

    /** Values no id that goes into a request path may be: missing, blank, or changing the path. */
    private static final Map<String, String> HOSTILE_IDS = Map.ofEntries(
            Map.entry("blank", " "),
            Map.entry("empty", ""),
            Map.entry("slash", "01ACL/ipRanges"),
            Map.entry("slash and dot-dot", "01E/../x"),
            Map.entry("parent directory", ".."),
            Map.entry("path traversal", "../x"),
            Map.entry("backslash", "01E\\x"),
            Map.entry("query", "01ACL?x=1"),
            Map.entry("CRLF", "01ACL\r\n"),
            Map.entry("NUL", "01ACL\u0000"),
            Map.entry("space", "01 E"),
            Map.entry("10,000 characters", LONG));

    /** Networks written with host bits set: the server would store another network than meant. */
    private static final Map<String, String> HOST_BITS_SET = Map.of(
            "/24 with a host", "203.0.113.5/24",
            "/8 with a host", "10.1.2.3/8",
            "/31 with the odd address", "192.0.2.1/31",
            "/1 with a high bit", "192.0.0.0/1");

    /**
     * Out-of-range numbers for an endpoint's port and priority, as text so they share the table;
     * the field's builder parses them.
     */
    private static final Map<String, String> HOSTILE_ENDPOINT_NUMBERS = Map.of(
            "zero", "0",
            "negative", "-1",
            "minimum int", String.valueOf(Integer.MIN_VALUE));

    /** One field of one builder: how to build with a value in that field, and the field's name. */
    private record Field(String builder, String field, Function<String, Object> buildWith) {
        @Override
        public String toString() {
            return builder + "." + field;
        }
    }

    private static final List<Field> TEXT_FIELDS = List.of(
            new Field("SipTrunk", "name", v -> CreateSipTrunkRequest.builder().name(v).hostName("acme").build()),
            new Field("CreateAccessControlListRequest", "name", v -> CreateAccessControlListRequest.builder().name(v)
                    .ipRange(NewIpRange.ofCidr("203.0.113.0/24")).build()),
            new Field("UpdateAccessControlListRequest", "name", v -> UpdateAccessControlListRequest.builder("01ACL")
                    .name(v).build()),
            new Field("NewIpRange", "description", v -> NewIpRange.builder().ipAddress("203.0.113.10").description(v)
                    .build()),
            new Field("CreateAccessControlListRequest", "ipRanges[0].description", v -> CreateAccessControlListRequest
                    .builder().name("HQ").ipRange(r -> r.ipAddress("203.0.113.10").description(v)).build()),
            new Field("UpdateIpRangeRequest", "description", v -> UpdateIpRangeRequest.builder("01ACL", "01R")
                    .ipAddress("203.0.113.10").description(v).build()),
            new Field("CreateStaticEndpointRequest", "name", v -> CreateStaticEndpointRequest.builder().name(v)
                    .address("203.0.113.10").build()),
            new Field("CreateRegisteredEndpointRequest", "name", v -> CreateRegisteredEndpointRequest.builder().name(v)
                    .credentialUsername("user01").build()),
            new Field("UpdateStaticEndpointRequest", "name", v -> UpdateStaticEndpointRequest.builder("01T", "01E")
                    .name(v).address("203.0.113.10").build()),
            new Field("UpdateRegisteredEndpointRequest", "name", v -> UpdateRegisteredEndpointRequest
                    .builder("01T", "01E").name(v).credentialUsername("user01").build()),
            new Field("UpdateCredentialListRequest", "name", v -> UpdateCredentialListRequest.builder("01CL").name(v)
                    .build()),
            new Field("UpdateSipTrunkRequest", "name", v -> UpdateSipTrunkRequest.builder("01T").name(v)
                    .hostName("acme").build()),
            new Field("CreateCredentialListRequest", "name", v -> CreateCredentialListRequest.builder().name(v)
                    .credential("user01", "SecretPass1234").build()),
            new Field("CallBlockingRule", "name", v -> CreateCallBlockingRuleRequest.builder().name(v).direction(Direction.INBOUND).build()),
            new Field("CallBlockingRule", "callerMatch", v -> CreateCallBlockingRuleRequest.builder().callerMatch(v)
                    .direction(Direction.INBOUND).build()),
            new Field("CallBlockingRule", "calleeMatch", v -> CreateCallBlockingRuleRequest.builder().calleeMatch(v)
                    .direction(Direction.INBOUND).build()),
            new Field("CallFilter", "from", v -> CallFilter.builder().from(v).build()),
            new Field("CallFilter", "to", v -> CallFilter.builder().to(v).build()),
            new Field("CallFilter", "trunkId", v -> CallFilter.builder().trunkId(v).build()));

    private static final List<Field> ID_FIELDS = List.of(
            new Field("UpdateAccessControlListRequest", "accessControlListId", v -> UpdateAccessControlListRequest
                    .builder(v).name("HQ").build()),
            new Field("UpdateIpRangeRequest", "accessControlListId", v -> UpdateIpRangeRequest.builder(v, "01R")
                    .ipAddress("203.0.113.10").build()),
            new Field("UpdateIpRangeRequest", "ipRangeId", v -> UpdateIpRangeRequest.builder("01ACL", v)
                    .ipAddress("203.0.113.10").build()),
            new Field("UpdateStaticEndpointRequest", "trunkId", v -> UpdateStaticEndpointRequest.builder(v, "01E")
                    .name("sbc").address("203.0.113.10").build()),
            new Field("UpdateStaticEndpointRequest", "endpointId", v -> UpdateStaticEndpointRequest.builder("01T", v)
                    .name("sbc").address("203.0.113.10").build()),
            new Field("UpdateRegisteredEndpointRequest", "trunkId", v -> UpdateRegisteredEndpointRequest
                    .builder(v, "01E").name("ua").credentialUsername("user01").build()),
            new Field("UpdateRegisteredEndpointRequest", "endpointId", v -> UpdateRegisteredEndpointRequest
                    .builder("01T", v).name("ua").credentialUsername("user01").build()));

    private static final List<Field> USERNAME_FIELDS = List.of(
            new Field("CreateRegisteredEndpointRequest", "credentialUsername", v -> CreateRegisteredEndpointRequest
                    .builder().name("ua").credentialUsername(v).build()),
            new Field("UpdateRegisteredEndpointRequest", "credentialUsername", v -> UpdateRegisteredEndpointRequest
                    .builder("01T", "01E").name("ua").credentialUsername(v).build()),
            new Field("CreateCredentialListRequest", "credentials[0].username", v -> CreateCredentialListRequest
                    .builder().name("users").credential(v, "SecretPass1234").build()));

    private static final List<Field> PASSWORD_FIELDS = List.of(
            new Field("CreateCredentialListRequest", "credentials[0].password", v -> CreateCredentialListRequest
                    .builder().name("users").credential("user01", v).build()));

    private static final List<Field> E164_FIELDS = List.of(
            new Field("SipTrunk", "callForwardNumber", v -> CreateSipTrunkRequest.builder().name("acme").hostName("acme")
                    .callForwardNumber(v).enableCallForward(true).build()));

    private static final List<Field> ENDPOINT_NUMBER_FIELDS = List.of(
            new Field("CreateStaticEndpointRequest", "port", v -> CreateStaticEndpointRequest.builder().name("sbc")
                    .address("203.0.113.10").port(Integer.parseInt(v)).build()),
            new Field("CreateStaticEndpointRequest", "priority", v -> CreateStaticEndpointRequest.builder()
                    .name("sbc").address("203.0.113.10").priority(Integer.parseInt(v)).build()),
            new Field("CreateRegisteredEndpointRequest", "priority", v -> CreateRegisteredEndpointRequest.builder()
                    .name("ua").credentialUsername("user01").priority(Integer.parseInt(v)).build()),
            new Field("UpdateStaticEndpointRequest", "port", v -> UpdateStaticEndpointRequest.builder("01T", "01E")
                    .name("sbc").address("203.0.113.10").port(Integer.parseInt(v)).build()),
            new Field("UpdateRegisteredEndpointRequest", "priority", v -> UpdateRegisteredEndpointRequest
                    .builder("01T", "01E").name("ua").credentialUsername("user01").priority(Integer.parseInt(v))
                    .build()));

    static Stream<Arguments> hostileValues() {
        List<Arguments> rows = new ArrayList<>();
        addRows(rows, TEXT_FIELDS, HOSTILE_TEXT);
        addRows(rows, List.of(new Field("SipTrunk", "hostName", v -> CreateSipTrunkRequest.builder().name("acme").hostName(v).build())),
                HOSTILE_HOST_NAMES);
        addRows(rows, USERNAME_FIELDS, HOSTILE_USERNAMES);
        addRows(rows, PASSWORD_FIELDS, HOSTILE_PASSWORDS);
        addRows(rows, E164_FIELDS, HOSTILE_E164);
        addRows(rows, List.of(
                new Field("NewIpRange", "ipAddress", v -> NewIpRange.builder().ipAddress(v).build()),
                new Field("CreateAccessControlListRequest", "ipRanges[0].ipAddress", v -> CreateAccessControlListRequest
                        .builder().name("HQ").ipRange(v, 32).build()),
                new Field("UpdateIpRangeRequest", "ipAddress", v -> UpdateIpRangeRequest.builder("01ACL", "01R")
                        .ipAddress(v).build())), HOSTILE_IPV4);
        addRows(rows, ID_FIELDS, HOSTILE_IDS);
        addRows(rows, List.of(
                new Field("NewIpRange", "ipAddress", v -> NewIpRange.ofCidr(v)),
                new Field("CreateAccessControlListRequest", "ipRanges[1].ipAddress", v -> CreateAccessControlListRequest
                        .builder().name("HQ").ipRange("192.0.2.0", 24).ipRange(v.substring(0, v.indexOf('/')),
                                Integer.parseInt(v.substring(v.indexOf('/') + 1))).build())),
                HOST_BITS_SET);
        addRows(rows, List.of(
                new Field("CreateStaticEndpointRequest", "address", v -> CreateStaticEndpointRequest.builder()
                        .name("sbc").address(v).build()),
                new Field("UpdateStaticEndpointRequest", "address", v -> UpdateStaticEndpointRequest
                        .builder("01T", "01E").name("sbc").address(v).build())), HOSTILE_ENDPOINT_ADDRESSES);
        addRows(rows, ENDPOINT_NUMBER_FIELDS, HOSTILE_ENDPOINT_NUMBERS);
        addRows(rows, ENDPOINT_NUMBER_FIELDS.stream().filter(f -> f.field().equals("port")).toList(),
                Map.of("65536", "65536", "maximum int", String.valueOf(Integer.MAX_VALUE)));
        addRows(rows, List.of(
                new Field("UpdateCountryPermissionRequest", "isoCode", v -> UpdateCountryPermissionRequest.builder(v)
                        .build()),
                new Field("CallBlockingRule", "callerCountry", v -> CreateCallBlockingRuleRequest.builder().callerCountry(v)
                        .direction(Direction.OUTBOUND).build())), HOSTILE_COUNTRY_CODES);
        return rows.stream();
    }

    private static void addRows(List<Arguments> rows, List<Field> fields, Map<String, String> values) {
        for (Field field : fields) {
            values.forEach((kind, value) -> rows.add(Arguments.of(field, kind, value)));
        }
    }

    @ParameterizedTest(name = "{0} refuses {1}")
    @MethodSource("hostileValues")
    @DisplayName("30. a builder refuses a hostile value, naming the field")
    void builder_refusesHostileValue_namingTheField(Field field, String kind, String value) {
        List<FieldViolation> violations = violationsOf(() -> field.buildWith().apply(value));

        assertThat(violations).extracting(FieldViolation::field).contains(field.field());
        assertThat(violations).allSatisfy(v -> assertThat(v.description())
                .as("a message never carries the raw control characters or the whole long value")
                .doesNotContain("\r", "\n", "\u0000").hasSizeLessThan(400));
    }

    /** Prefix lengths outside 1 to 32, for every type that sends a range. */
    static Stream<Arguments> hostilePrefixLengths() {
        List<Arguments> rows = new ArrayList<>();
        for (int range : new int[] {0, 33, -1, 64, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            rows.add(Arguments.of("NewIpRange", "range", range,
                    (Runnable) () -> NewIpRange.of("0.0.0.0", range)));
            rows.add(Arguments.of("CreateAccessControlListRequest", "ipRanges[0].range", range,
                    (Runnable) () -> CreateAccessControlListRequest.builder().name("HQ").ipRange("0.0.0.0", range)
                            .build()));
            rows.add(Arguments.of("UpdateAccessControlListRequest", "ipRanges[0].range", range,
                    (Runnable) () -> UpdateAccessControlListRequest.builder("01ACL").name("HQ")
                            .ipRange(r -> r.ipAddress("0.0.0.0").range(range)).build()));
            rows.add(Arguments.of("UpdateIpRangeRequest", "range", range,
                    (Runnable) () -> UpdateIpRangeRequest.builder("01ACL", "01R").ipAddress("0.0.0.0").range(range)
                            .build()));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} refuses prefix length {2}")
    @MethodSource("hostilePrefixLengths")
    void rangeRequests_refusePrefixLengthOutside1To32_namingTheField(String type, String field, int range,
                                                                      Runnable build) {
        assertThat(violationsOf(build::run)).containsExactly(
                new FieldViolation(field, "must be between 1 and 32 (was " + range + ")"));
    }

    /** Range lists an ACL request must refuse as a whole: missing, empty on create, or holding null. */
    static Stream<Arguments> hostileRangeLists() {
        List<NewIpRange> withNull = new ArrayList<>();
        withNull.add(NewIpRange.of("192.0.2.0", 24));
        withNull.add(null);
        return Stream.of(
                Arguments.of("create builder, null list", "ipRanges", (Runnable) () -> CreateAccessControlListRequest
                        .builder().name("HQ").ipRanges(null).build()),
                Arguments.of("create constructor, null list", "ipRanges",
                        (Runnable) () -> new CreateAccessControlListRequest("HQ", true, null)),
                Arguments.of("create builder, no range", "ipRanges", (Runnable) () -> CreateAccessControlListRequest
                        .builder().name("HQ").build()),
                Arguments.of("create constructor, empty list", "ipRanges",
                        (Runnable) () -> new CreateAccessControlListRequest("HQ", true, List.of())),
                Arguments.of("create builder, null range", "ipRanges[1]", (Runnable) () -> CreateAccessControlListRequest
                        .builder().name("HQ").ipRanges(withNull).build()),
                Arguments.of("update builder, null list", "ipRanges", (Runnable) () -> UpdateAccessControlListRequest
                        .builder("01ACL").name("HQ").ipRanges(null).build()),
                Arguments.of("update constructor, null list", "ipRanges",
                        (Runnable) () -> new UpdateAccessControlListRequest("01ACL", "HQ", true, null)),
                Arguments.of("update constructor, null range", "ipRanges[1]",
                        (Runnable) () -> new UpdateAccessControlListRequest("01ACL", "HQ", true, withNull)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRangeLists")
    void aclRequests_refuseAMissingOrEmptyRangeList_namingTheFieldNotThrowingNullPointerException(
            String kind, String field, Runnable build) {
        assertThat(violationsOf(build::run)).extracting(FieldViolation::field).containsExactly(field);
    }

    static Stream<Arguments> ordinaryValues() {
        List<Arguments> rows = new ArrayList<>();
        TEXT_FIELDS.forEach(f -> rows.add(Arguments.of(f, "Acme HQ – Ståhlberg's PBX #2")));
        TEXT_FIELDS.forEach(f -> rows.add(Arguments.of(f, "n".repeat(FieldRules.MAX_TEXT_LENGTH))));
        USERNAME_FIELDS.forEach(f -> rows.add(Arguments.of(f, "user.01-ext_7@pbx")));
        USERNAME_FIELDS.forEach(f -> rows.add(Arguments.of(f, "u".repeat(FieldRules.MAX_USERNAME_LENGTH))));
        PASSWORD_FIELDS.forEach(f -> rows.add(Arguments.of(f, "Str0ng!Pa$$word")));
        PASSWORD_FIELDS.forEach(f -> rows.add(Arguments.of(f, "Aa1" + "x".repeat(FieldRules.MAX_PASSWORD_LENGTH - 3))));
        E164_FIELDS.forEach(f -> rows.add(Arguments.of(f, "+12025550101")));
        ID_FIELDS.forEach(f -> rows.add(Arguments.of(f, "01HA2E80QCBX185VVP21PJG9CT")));
        ENDPOINT_NUMBER_FIELDS.forEach(f -> rows.add(Arguments.of(f, "1")));
        ENDPOINT_NUMBER_FIELDS.stream().filter(f -> f.field().equals("port"))
                .forEach(f -> rows.add(Arguments.of(f, "65535")));
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} accepts \"{1}\"")
    @MethodSource("ordinaryValues")
    void builder_acceptsOrdinaryValueAtTheLimit(Field field, String value) {
        assertThatCode(() -> field.buildWith().apply(value)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostNamesAtTheEdge")
    void hostName_acceptsEveryValidDnsLabel(String hostName) {
        assertThat(CreateSipTrunkRequest.builder().name("acme").hostName(hostName).build().hostName()).isEqualTo(hostName);
    }

    static Stream<String> hostNamesAtTheEdge() {
        return Stream.of("a", "7", "acme-pbx", "a-b-c", "ACME01", "x".repeat(FieldRules.MAX_HOST_NAME_LENGTH));
    }
}
