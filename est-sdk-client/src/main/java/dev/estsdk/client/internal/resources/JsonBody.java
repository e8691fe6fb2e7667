package dev.estsdk.client.internal.resources;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request body of a create or a full replacement, written field by field from a model.
 *
 * <p>The two differ only in what happens to an unset value: a create leaves it out (the server
 * applies its default), a replacement sends it as {@code null}, because EST stores a missing
 * field of a PUT as null. Each resource writes its writable fields in one method and both
 * operations share it; read-only fields are never written.
 *
 * <p>It writes itself, null values included, whatever inclusion the mapper is configured with.
 */
final class JsonBody implements JsonSerializable {

    private final boolean replacement;
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private JsonBody(boolean replacement) {
        this.replacement = replacement;
    }

    /**
     * Starts the body of a create ({@code POST}): unset values are left out.
     *
     * @return an empty body
     */
    static JsonBody forCreate() {
        return new JsonBody(false);
    }

    /**
     * Starts the body of a full replacement ({@code PUT}): unset values are sent as null.
     *
     * @return an empty body
     */
    static JsonBody forReplacement() {
        return new JsonBody(true);
    }

    /**
     * Starts a body of the same kind, for an object nested in this one.
     *
     * @return an empty body
     */
    JsonBody nested() {
        return new JsonBody(replacement);
    }

    /**
     * Writes a field.
     *
     * @param name  the JSON name
     * @param value a string, number, boolean, list or nested body; null per the body's kind
     * @return this
     */
    JsonBody put(String name, Object value) {
        if (value != null || replacement) {
            fields.put(name, value);
        }
        return this;
    }

    @Override
    public void serialize(JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeStartObject(this);
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            generator.writeFieldName(field.getKey());
            if (field.getValue() == null) {
                generator.writeNull();
            } else {
                provider.defaultSerializeValue(field.getValue(), generator);
            }
        }
        generator.writeEndObject();
    }

    @Override
    public void serializeWithType(JsonGenerator generator, SerializerProvider provider, TypeSerializer types)
            throws IOException {
        serialize(generator, provider);
    }
}
