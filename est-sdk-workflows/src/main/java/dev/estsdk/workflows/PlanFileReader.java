package dev.estsdk.workflows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.estsdk.api.exception.FieldViolation;
import dev.estsdk.api.model.Transport;
import dev.estsdk.workflows.PlanDocument.AclSpec;
import dev.estsdk.workflows.PlanDocument.CredentialListSpec;
import dev.estsdk.workflows.PlanDocument.CredentialSpec;
import dev.estsdk.workflows.PlanDocument.CredentialUse;
import dev.estsdk.workflows.PlanDocument.EndpointSpec;
import dev.estsdk.workflows.PlanDocument.EndpointType;
import dev.estsdk.workflows.PlanDocument.HttpMethod;
import dev.estsdk.workflows.PlanDocument.RecordingMode;
import dev.estsdk.workflows.PlanDocument.RecordingSpec;
import dev.estsdk.workflows.PlanDocument.RecordingTrim;
import dev.estsdk.workflows.PlanDocument.TransferCallerId;
import dev.estsdk.workflows.PlanDocument.TransferMode;
import dev.estsdk.workflows.PlanDocument.TrunkSpec;
import dev.estsdk.workflows.PlanDocument.TwilioSpec;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads one plan file: parses it into a tree that remembers every node's line and column, then
 * converts the tree into a {@link PlanDocument}, collecting every problem (unknown fields with
 * the closest known name, wrong types, literal passwords, unknown values and versions), then
 * checks the document as a plan ({@link PlanConversion#check}) and places those problems in the
 * file by their paths.
 */
final class PlanFileReader {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private static final List<String> TOP = List.of("version", "trunk", "direction", "accessControlLists",
            "credentialLists", "endpoints", "phoneNumbers", "twilio");
    private static final List<String> TRUNK = List.of("name", "hostName", "callerName", "callForwardNumber");
    private static final List<String> ACL = List.of("name", "ipRanges", "existing");
    private static final List<String> CREDENTIAL_LIST = List.of("name", "use", "credentials", "existing");
    private static final List<String> CREDENTIAL = List.of("username", "password");
    private static final List<String> ENDPOINT = List.of("name", "type", "address", "port", "transport", "priority",
            "weight", "enabled", "credentialUsername");
    private static final List<String> TWILIO = List.of("secure", "recording", "disasterRecoveryUrl",
            "disasterRecoveryMethod", "transferMode", "transferCallerId");
    private static final List<String> RECORDING = List.of("mode", "trim");

    /** A position in the file, 1-based; 0 when not known. */
    private record Loc(int line, int column) {
        static Loc of(@Nullable JsonLocation l) {
            return l == null ? new Loc(0, 0) : new Loc(Math.max(l.getLineNr(), 0), Math.max(l.getColumnNr(), 0));
        }
    }

    private sealed interface Node permits Obj, Arr, Scalar {
        Loc loc();
    }

    private record Field(Loc keyLoc, Node value) {
    }

    private record Obj(Loc loc, Map<String, Field> fields) implements Node {
    }

    private record Arr(Loc loc, List<Node> items) implements Node {
    }

    /** A scalar: its token says its type; {@code text} is its text as written. */
    private record Scalar(Loc loc, JsonToken token, String text, @Nullable BigInteger integer) implements Node {
        String kind() {
            return switch (token) {
                case VALUE_STRING -> "a string";
                case VALUE_NUMBER_INT -> "an integer";
                case VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_TRUE, VALUE_FALSE -> "a boolean";
                case VALUE_NULL -> "null";
                default -> "a value";
            };
        }
    }

    private final String file;
    private final List<PlanFileException.Problem> problems = new ArrayList<>();
    private final Map<String, Loc> locations = new HashMap<>();

    private PlanFileReader(String file) {
        this.file = file;
    }

    /**
     * Reads a document.
     *
     * @param file    the name errors use
     * @param content the file's text
     * @param yaml    whether it is YAML (else JSON)
     * @throws PlanFileException listing every problem
     */
    static PlanDocument read(String file, String content, boolean yaml) {
        PlanFileReader reader = new PlanFileReader(file);
        Node root = reader.parse(content, yaml);
        PlanDocument doc = reader.document(root);
        if (doc != null) {
            reader.checkPlan(doc);
        }
        if (!reader.problems.isEmpty() || doc == null) {
            List<PlanFileException.Problem> sorted = new ArrayList<>(reader.problems);
            sorted.sort(Comparator.comparingInt(PlanFileException.Problem::line)
                    .thenComparingInt(PlanFileException.Problem::column));
            throw new PlanFileException(file, sorted.isEmpty()
                    ? List.of(new PlanFileException.Problem("", 0, 0, "is not a plan")) : sorted);
        }
        return doc;
    }

    // ---------------------------------------------------------------- parsing

    private Node parse(String content, boolean yaml) {
        try (JsonParser p = (yaml ? YAML : JSON).createParser(content)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new PlanFileException(file, List.of(new PlanFileException.Problem("", 1, 1,
                        "is empty: a plan file starts with version: 1 and a trunk")));
            }
            Node root = node(p);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                Loc at = Loc.of(p.currentTokenLocation());
                throw new PlanFileException(file, List.of(new PlanFileException.Problem("", at.line(), at.column(),
                        "holds more than one document: a plan file describes one trunk")));
            }
            return root;
        } catch (JsonProcessingException e) {
            Loc at = Loc.of(e.getLocation());
            throw new PlanFileException(file, List.of(new PlanFileException.Problem("", at.line(), at.column(),
                    "is not valid " + (yaml ? "YAML" : "JSON") + ": " + e.getOriginalMessage()
                            .replaceAll("\\s+", " ").strip())));
        } catch (IOException e) {
            throw new PlanFileException(file, List.of(new PlanFileException.Problem("", 0, 0,
                    "could not be read: " + e.getMessage())));
        }
    }

    private static Node node(JsonParser p) throws IOException {
        Loc loc = Loc.of(p.currentTokenLocation());
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, Field> fields = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                Loc keyLoc = Loc.of(p.currentTokenLocation());
                p.nextToken();
                fields.put(name, new Field(keyLoc, node(p)));
            }
            return new Obj(loc, fields);
        }
        if (t == JsonToken.START_ARRAY) {
            List<Node> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(node(p));
            }
            return new Arr(loc, items);
        }
        BigInteger integer = t == JsonToken.VALUE_NUMBER_INT ? p.getBigIntegerValue() : null;
        return new Scalar(loc, t, t == JsonToken.VALUE_NULL ? "null" : p.getText(), integer);
    }

    // ---------------------------------------------------------------- conversion

    private @Nullable PlanDocument document(Node root) {
        locations.put("", root.loc());
        Obj top = object(root, "");
        if (top == null) {
            return null;
        }
        known(top, "", TOP);
        Integer version = integer(top, "version", "");
        if (version == null && !top.fields().containsKey("version")) {
            problem("version", top.loc(), "is required: start the file with version: " + PlanDocument.CURRENT_VERSION);
        } else if (version != null && version != PlanDocument.CURRENT_VERSION) {
            problem("version", locations.get("version"), "is not supported (was " + version + "): this SDK reads "
                    + "plan files of version " + PlanDocument.CURRENT_VERSION);
        }
        TrunkSpec trunk = trunk(top);
        TrafficDirection direction = choice(top, "direction", "", TrafficDirection.class);
        List<AclSpec> acls = list(top, "accessControlLists", "", this::acl);
        List<CredentialListSpec> credentialLists = list(top, "credentialLists", "", this::credentialList);
        List<EndpointSpec> endpoints = list(top, "endpoints", "", this::endpoint);
        List<String> numbers = list(top, "phoneNumbers", "", (n, path) -> requiredString(n, path));
        TwilioSpec twilio = twilio(top);
        return new PlanDocument(version == null ? PlanDocument.CURRENT_VERSION : version, trunk, direction, acls,
                credentialLists, endpoints, numbers, twilio);
    }

    private TrunkSpec trunk(Obj top) {
        Field f = top.fields().get("trunk");
        if (f == null) {
            problem("trunk", top.loc(), "is required: trunk: { name: ACME PBX, hostName: acme-pbx }");
            return TrunkSpec.of("", "");
        }
        locations.put("trunk", f.value().loc());
        Obj o = object(f.value(), "trunk");
        if (o == null) {
            return TrunkSpec.of("", "");
        }
        known(o, "trunk", TRUNK);
        return new TrunkSpec(required(o, "name", "trunk"), required(o, "hostName", "trunk"),
                bool(o, "callerName", "trunk"), string(o, "callForwardNumber", "trunk"));
    }

    private @Nullable AclSpec acl(Node n, String path) {
        Obj o = object(n, path);
        if (o == null) {
            return null;
        }
        known(o, path, ACL);
        String existing = string(o, "existing", path);
        String name = string(o, "name", path);
        if (existing == null && name == null && !o.fields().containsKey("name")) {
            problem(path + ".name", o.loc(), "is required (or existing: the id of a list that exists)");
            name = "";
        }
        List<String> ranges = list(o, "ipRanges", path, (r, p) -> requiredString(r, p));
        return new AclSpec(name, ranges, existing);
    }

    private @Nullable CredentialListSpec credentialList(Node n, String path) {
        Obj o = object(n, path);
        if (o == null) {
            return null;
        }
        known(o, path, CREDENTIAL_LIST);
        String existing = string(o, "existing", path);
        String name = string(o, "name", path);
        if (existing == null && name == null && !o.fields().containsKey("name")) {
            problem(path + ".name", o.loc(), "is required (or existing: the id of a list that exists)");
            name = "";
        }
        CredentialUse use = choice(o, "use", path, CredentialUse.class);
        List<CredentialSpec> credentials = list(o, "credentials", path, this::credential);
        return new CredentialListSpec(name, use, credentials, existing);
    }

    private @Nullable CredentialSpec credential(Node n, String path) {
        Obj o = object(n, path);
        if (o == null) {
            return null;
        }
        known(o, path, CREDENTIAL);
        String username = required(o, "username", path);
        SecretRef password = SecretRef.env("UNSET");
        Field f = o.fields().get("password");
        String field = path + ".password";
        if (f == null) {
            problem(field, o.loc(), "is required: a reference such as "
                    + SecretRef.forCredential("", username.isEmpty() ? "user" : username).reference());
        } else {
            locations.put(field, f.value().loc());
            if (f.value() instanceof Scalar s && s.token() == JsonToken.VALUE_STRING) {
                Optional<SecretRef> ref = SecretRef.parse(s.text());
                if (ref.isPresent()) {
                    password = ref.get();
                } else if (s.text().strip().startsWith("${")) {
                    problem(field, s.loc(), "is not a valid reference: write ${env:NAME}, NAME being letters, "
                            + "digits and underscores");
                } else {
                    problem(field, s.loc(), "must be a reference such as "
                            + SecretRef.forCredential("", username.isEmpty() ? "user" : username).reference()
                            + ", not the password itself: a plan file never holds a password; set the value in "
                            + "that environment variable");
                }
            } else {
                // A number or boolean here is a literal too; never echo it.
                problem(field, f.value().loc(), "must be a reference such as ${env:EST_SIP_PASSWORD} (a string), "
                        + "not the password itself");
            }
        }
        return new CredentialSpec(username, password);
    }

    private @Nullable EndpointSpec endpoint(Node n, String path) {
        Obj o = object(n, path);
        if (o == null) {
            return null;
        }
        known(o, path, ENDPOINT);
        String name = required(o, "name", path);
        EndpointType type = choice(o, "type", path, EndpointType.class);
        String address = string(o, "address", path);
        Integer port = integer(o, "port", path);
        Transport transport = transport(o, path);
        Integer priority = integer(o, "priority", path);
        Integer weight = integer(o, "weight", path);
        Boolean enabled = bool(o, "enabled", path);
        String username = string(o, "credentialUsername", path);
        return new EndpointSpec(name, type == null ? EndpointType.STATIC : type, address, port, transport, priority,
                weight, enabled, username);
    }

    private @Nullable Transport transport(Obj o, String path) {
        String text = string(o, "transport", path);
        if (text == null) {
            return null;
        }
        Optional<Transport> known = Transport.knownValues().stream()
                .filter(t -> t.value().equals(text) || t.value().toLowerCase(Locale.ROOT).equals(text)).findFirst();
        if (known.isEmpty()) {
            problem(path + ".transport", locations.get(path + ".transport"), "must be one of "
                    + Transport.knownValues().stream().map(t -> t.value().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", ")) + " (was \"" + text + "\")");
        }
        return known.orElse(null);
    }

    private @Nullable TwilioSpec twilio(Obj top) {
        Field f = top.fields().get("twilio");
        if (f == null) {
            return null;
        }
        locations.put("twilio", f.value().loc());
        Obj o = object(f.value(), "twilio");
        if (o == null) {
            return null;
        }
        known(o, "twilio", TWILIO);
        RecordingSpec recording = null;
        Field r = o.fields().get("recording");
        if (r != null) {
            locations.put("twilio.recording", r.value().loc());
            Obj ro = object(r.value(), "twilio.recording");
            if (ro != null) {
                known(ro, "twilio.recording", RECORDING);
                recording = new RecordingSpec(choice(ro, "mode", "twilio.recording", RecordingMode.class),
                        choice(ro, "trim", "twilio.recording", RecordingTrim.class));
            }
        }
        return new TwilioSpec(bool(o, "secure", "twilio"), recording, string(o, "disasterRecoveryUrl", "twilio"),
                choice(o, "disasterRecoveryMethod", "twilio", HttpMethod.class),
                choice(o, "transferMode", "twilio", TransferMode.class),
                choice(o, "transferCallerId", "twilio", TransferCallerId.class));
    }

    // ---------------------------------------------------------------- typed field access

    private @Nullable Obj object(Node n, String path) {
        if (n instanceof Obj o) {
            return o;
        }
        problem(path, n.loc(), "must be an object (was " + describe(n) + ")");
        return null;
    }

    private void known(Obj o, String path, List<String> names) {
        o.fields().forEach((name, f) -> {
            if (!names.contains(name)) {
                problem(child(path, name), f.keyLoc(), "is not a known field; did you mean \"" + closest(name, names)
                        + "\"? (known here: " + String.join(", ", names) + ")");
            }
        });
    }

    private @Nullable Scalar scalar(Obj o, String name, String path, JsonToken[] types, String wanted) {
        Field f = o.fields().get(name);
        if (f == null) {
            return null;
        }
        String field = child(path, name);
        locations.put(field, f.value().loc());
        if (f.value() instanceof Scalar s && s.token() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (f.value() instanceof Scalar s && Arrays.asList(types).contains(s.token())) {
            return s;
        }
        if (f.value() instanceof Scalar s && wanted.equals("a string") && plusNumber(s)) {
            return new Scalar(s.loc(), JsonToken.VALUE_STRING, s.text(), null);
        }
        problem(field, f.value().loc(), "must be " + wanted + " (was " + describe(f.value()) + ")");
        return null;
    }

    private @Nullable String string(Obj o, String name, String path) {
        Scalar s = scalar(o, name, path, new JsonToken[] {JsonToken.VALUE_STRING}, "a string");
        return s == null ? null : s.text();
    }

    private String required(Obj o, String name, String path) {
        if (!o.fields().containsKey(name)) {
            problem(child(path, name), o.loc(), "is required");
            return "";
        }
        String s = string(o, name, path);
        if (s == null && o.fields().get(name).value() instanceof Scalar sc && sc.token() == JsonToken.VALUE_NULL) {
            problem(child(path, name), sc.loc(), "is required (was null)");
        }
        return s == null ? "" : s;
    }

    private String requiredString(Node n, String path) {
        if (n instanceof Scalar s && (s.token() == JsonToken.VALUE_STRING || plusNumber(s))) {
            return s.text();
        }
        problem(path, n.loc(), "must be a string (was " + describe(n) + ")");
        return "";
    }

    /**
     * An unquoted {@code +12025550101}: YAML 1.1 (this parser) reads it as an integer, YAML 1.2
     * (and so schema validators) as a string; it is a phone number either way, so it is taken as
     * written.
     */
    private static boolean plusNumber(Scalar s) {
        return s.token() == JsonToken.VALUE_NUMBER_INT && s.text().startsWith("+");
    }

    private @Nullable Integer integer(Obj o, String name, String path) {
        Scalar s = scalar(o, name, path, new JsonToken[] {JsonToken.VALUE_NUMBER_INT}, "an integer");
        if (s == null) {
            return null;
        }
        BigInteger value = s.integer();
        if (value == null || value.bitLength() > 31) {
            problem(child(path, name), s.loc(), "is out of range (was " + s.text() + ")");
            return null;
        }
        return value.intValue();
    }

    private @Nullable Boolean bool(Obj o, String name, String path) {
        Scalar s = scalar(o, name, path, new JsonToken[] {JsonToken.VALUE_TRUE, JsonToken.VALUE_FALSE},
                "true or false");
        return s == null ? null : s.token() == JsonToken.VALUE_TRUE;
    }

    private <E extends Enum<E>> @Nullable E choice(Obj o, String name, String path, Class<E> type) {
        String text = string(o, name, path);
        if (text == null) {
            return null;
        }
        Optional<E> value = Arrays.stream(type.getEnumConstants()).filter(c -> spelling(c).equals(text)).findFirst();
        if (value.isEmpty()) {
            problem(child(path, name), locations.get(child(path, name)), "must be one of "
                    + Arrays.stream(type.getEnumConstants()).map(PlanFileReader::spelling)
                    .collect(Collectors.joining(", ")) + " (was \"" + text + "\")");
        }
        return value.orElse(null);
    }

    private <T> List<T> list(Obj o, String name, String path, ItemReader<T> item) {
        Field f = o.fields().get(name);
        String field = child(path, name);
        if (f == null) {
            return List.of();
        }
        locations.put(field, f.value().loc());
        if (f.value() instanceof Scalar s && s.token() == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (!(f.value() instanceof Arr a)) {
            problem(field, f.value().loc(), "must be a list (was " + describe(f.value()) + ")");
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < a.items().size(); i++) {
            String itemPath = field + "[" + i + "]";
            locations.put(itemPath, a.items().get(i).loc());
            T t = item.read(a.items().get(i), itemPath);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    @FunctionalInterface
    private interface ItemReader<T> {
        @Nullable T read(Node node, String path);
    }

    // ---------------------------------------------------------------- semantic check

    /** Places the plan's own problems in the file, except under a path already reported. */
    private void checkPlan(PlanDocument doc) {
        List<String> reported = problems.stream().map(PlanFileException.Problem::field).toList();
        for (FieldViolation v : PlanConversion.check(doc)) {
            if (reported.stream().anyMatch(r -> !r.isEmpty() && (v.field().equals(r)
                    || v.field().startsWith(r + ".") || v.field().startsWith(r + "[")
                    || r.startsWith(v.field() + ".")))) {
                continue;
            }
            if (v.field().equals("version")) {
                continue; // reported by the reader with its location
            }
            problem(v.field(), locate(v.field()), v.description());
        }
    }

    private Loc locate(String path) {
        String p = path;
        while (true) {
            Loc loc = locations.get(p);
            if (loc != null) {
                return loc;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut <= 0) {
                return locations.getOrDefault("", new Loc(0, 0));
            }
            p = p.substring(0, cut);
        }
    }

    // ---------------------------------------------------------------- helpers

    private void problem(String field, @Nullable Loc loc, String rule) {
        Loc at = loc == null ? locate(field) : loc;
        problems.add(new PlanFileException.Problem(field, at.line(), at.column(), rule));
    }

    private static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String describe(Node n) {
        if (n instanceof Obj) {
            return "an object";
        }
        if (n instanceof Arr) {
            return "a list";
        }
        return ((Scalar) n).kind();
    }

    private static String spelling(Enum<?> constant) {
        return constant instanceof HttpMethod ? constant.name()
                : constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The known name at the smallest edit distance, ignoring case. */
    static String closest(String name, List<String> names) {
        Function<String, Integer> distance = candidate -> levenshtein(name.toLowerCase(Locale.ROOT),
                candidate.toLowerCase(Locale.ROOT));
        return names.stream().min(Comparator.comparing(distance)).orElse("");
    }

    private static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
