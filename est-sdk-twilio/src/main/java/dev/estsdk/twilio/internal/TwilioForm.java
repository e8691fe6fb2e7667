package dev.estsdk.twilio.internal;

import dev.estsdk.api.model.Secret;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The form body of one Twilio write ({@code application/x-www-form-urlencoded}, UTF-8): only
 * the parameters put into it are sent, which is how Twilio's partial updates keep every other
 * field. Booleans and integers are written in decimal and {@code true}/{@code false}. Secret
 * values are remembered so that an error body echoing them is redacted; {@link #toString()}
 * names the parameters only.
 */
public final class TwilioForm {

    /** The content type of every Twilio write. */
    public static final String CONTENT_TYPE = "application/x-www-form-urlencoded; charset=UTF-8";

    private final Map<String, String> fields = new LinkedHashMap<>();
    private final List<Secret> secrets = new ArrayList<>();

    private TwilioForm() {
    }

    /**
     * Returns an empty form.
     *
     * @return an empty form
     */
    public static TwilioForm create() {
        return new TwilioForm();
    }

    /**
     * Adds a parameter when it has a value.
     *
     * @param name  Twilio's PascalCase name
     * @param value a string, number, boolean or open enumeration value; null leaves it out
     * @return this
     */
    public TwilioForm put(String name, Object value) {
        if (value != null) {
            fields.put(name, value instanceof dev.estsdk.twilio.model.WireValue wire ? wire.value() : value.toString());
        }
        return this;
    }

    /**
     * Adds a secret parameter (a password) when it is set.
     *
     * @param name  Twilio's name, e.g. {@code Password}
     * @param value the secret, or null to leave it out
     * @return this
     */
    public TwilioForm putSecret(String name, Secret value) {
        if (value != null) {
            fields.put(name, value.reveal());
            secrets.add(value);
        }
        return this;
    }

    /**
     * Returns the secrets this form carries.
     *
     * @return the secrets this form carries
     */
    public List<Secret> secrets() {
        return List.copyOf(secrets);
    }

    /**
     * Returns the parameter names, in the order they were put.
     *
     * @return the parameter names, in the order they were put
     */
    public List<String> names() {
        return List.copyOf(fields.keySet());
    }

    /**
     * Returns the encoded body.
     *
     * @return the encoded body
     */
    public byte[] encode() {
        StringJoiner body = new StringJoiner("&");
        fields.forEach((name, value) -> body.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Returns e.g. {@code TwilioForm[FriendlyName, DomainName]}, never a value.
     *
     * @return e.g. {@code TwilioForm[FriendlyName, DomainName]}, never a value
     */
    @Override
    public String toString() {
        return "TwilioForm" + fields.keySet();
    }
}
