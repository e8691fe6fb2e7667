package dev.estsdk.workflows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.estsdk.workflows.PlanDocument.AclSpec;
import dev.estsdk.workflows.PlanDocument.CredentialListSpec;
import dev.estsdk.workflows.PlanDocument.CredentialSpec;
import dev.estsdk.workflows.PlanDocument.EndpointSpec;
import dev.estsdk.workflows.PlanDocument.TrunkSpec;
import dev.estsdk.workflows.PlanDocument.TwilioSpec;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link PlanDocument} in the order of the documented file shape, leaving out what is
 * not set (nulls, empty lists), so a written file reads like a hand-written one.
 */
final class PlanFileWriter {

    private static final JsonFactory JSON = new JsonFactory();
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    private PlanFileWriter() {
    }

    static String write(PlanDocument doc, boolean yaml) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = (yaml ? YAML : JSON).createGenerator(out)) {
            if (!yaml) {
                g.setPrettyPrinter(new DefaultPrettyPrinter()
                        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                        .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            }
            document(g, doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = out.toString();
        return text.endsWith("\n") ? text : text + "\n";
    }

    private static void document(JsonGenerator g, PlanDocument doc) throws IOException {
        g.writeStartObject();
        g.writeNumberField("version", doc.version());
        trunk(g, doc.trunk());
        if (doc.direction() != null) {
            g.writeStringField("direction", PlanDocument.value(doc.direction()));
        }
        if (!doc.accessControlLists().isEmpty()) {
            g.writeArrayFieldStart("accessControlLists");
            for (AclSpec acl : doc.accessControlLists()) {
                g.writeStartObject();
                string(g, "name", acl.name());
                strings(g, "ipRanges", acl.ipRanges());
                string(g, "existing", acl.existing());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!doc.credentialLists().isEmpty()) {
            g.writeArrayFieldStart("credentialLists");
            for (CredentialListSpec list : doc.credentialLists()) {
                g.writeStartObject();
                string(g, "name", list.name());
                g.writeStringField("use", list.use().value());
                if (!list.credentials().isEmpty()) {
                    g.writeArrayFieldStart("credentials");
                    for (CredentialSpec c : list.credentials()) {
                        g.writeStartObject();
                        g.writeStringField("username", c.username());
                        g.writeStringField("password", c.password().reference());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                string(g, "existing", list.existing());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!doc.endpoints().isEmpty()) {
            g.writeArrayFieldStart("endpoints");
            for (EndpointSpec e : doc.endpoints()) {
                endpoint(g, e);
            }
            g.writeEndArray();
        }
        strings(g, "phoneNumbers", doc.phoneNumbers());
        if (doc.twilio() != null) {
            twilio(g, doc.twilio());
        }
        g.writeEndObject();
    }

    private static void trunk(JsonGenerator g, TrunkSpec t) throws IOException {
        g.writeObjectFieldStart("trunk");
        g.writeStringField("name", t.name());
        g.writeStringField("hostName", t.hostName());
        bool(g, "callerName", t.callerName());
        string(g, "callForwardNumber", t.callForwardNumber());
        g.writeEndObject();
    }

    private static void endpoint(JsonGenerator g, EndpointSpec e) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", e.name());
        g.writeStringField("type", e.type().value());
        string(g, "address", e.address());
        integer(g, "port", e.port());
        string(g, "transport", e.transport() == null ? null : e.transport().value().toLowerCase(Locale.ROOT));
        integer(g, "priority", e.priority());
        integer(g, "weight", e.weight());
        bool(g, "enabled", e.enabled());
        string(g, "credentialUsername", e.credentialUsername());
        g.writeEndObject();
    }

    private static void twilio(JsonGenerator g, TwilioSpec t) throws IOException {
        g.writeObjectFieldStart("twilio");
        bool(g, "secure", t.secure());
        if (t.recording() != null) {
            g.writeObjectFieldStart("recording");
            string(g, "mode", t.recording().mode() == null ? null : t.recording().mode().value());
            string(g, "trim", t.recording().trim() == null ? null : t.recording().trim().value());
            g.writeEndObject();
        }
        string(g, "disasterRecoveryUrl", t.disasterRecoveryUrl());
        string(g, "disasterRecoveryMethod",
                t.disasterRecoveryMethod() == null ? null : t.disasterRecoveryMethod().value());
        string(g, "transferMode", t.transferMode() == null ? null : t.transferMode().value());
        string(g, "transferCallerId", t.transferCallerId() == null ? null : t.transferCallerId().value());
        g.writeEndObject();
    }

    private static void string(JsonGenerator g, String name, @Nullable String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        if (!values.isEmpty()) {
            g.writeArrayFieldStart(name);
            for (String v : values) {
                g.writeString(v);
            }
            g.writeEndArray();
        }
    }

    private static void integer(JsonGenerator g, String name, @Nullable Integer value) throws IOException {
        if (value != null) {
            g.writeNumberField(name, value);
        }
    }

    private static void bool(JsonGenerator g, String name, @Nullable Boolean value) throws IOException {
        if (value != null) {
            g.writeBooleanField(name, value);
        }
    }
}
