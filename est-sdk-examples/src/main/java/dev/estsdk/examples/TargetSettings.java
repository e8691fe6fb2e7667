package dev.estsdk.examples;

import dev.estsdk.api.model.Secret;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The target described by environment variables.
 *
 * <table>
 *   <caption>Variables</caption>
 *   <tr><th>Variable</th><th>Meaning</th><th>Default</th></tr>
 *   <tr><td>{@value #PROJECT_ID}</td><td>Sinch project id</td><td>none: embedded simulator</td></tr>
 *   <tr><td>{@value #KEY_ID}</td><td>access key id</td><td>none: embedded simulator</td></tr>
 *   <tr><td>{@value #KEY_SECRET}</td><td>access key secret</td><td>none: embedded simulator</td></tr>
 *   <tr><td>{@value #BASE_URL}</td><td>EST API base URL</td><td>{@value #SINCH_BASE_URL}</td></tr>
 *   <tr><td>{@value #AUTH_URL}</td><td>OAuth2 token URL</td><td>{@value #SINCH_AUTH_URL}, or
 *       {@code {EST_BASE_URL}/oauth2/token} when {@value #BASE_URL} is set (where a standalone
 *       simulator serves tokens)</td></tr>
 * </table>
 *
 * <p>With none of the three credentials set (and no URL), the target is the embedded simulator;
 * with all three, it is that project; anything in between is refused with a message that says
 * which variable is missing.
 *
 * @param projectId the project id, or null for the embedded simulator
 * @param keyId the access key id, or null for the embedded simulator
 * @param keySecret the access key secret, or null for the embedded simulator
 * @param baseUrl the API base URL, or null for the embedded simulator
 * @param authUrl the token URL, or null for the embedded simulator
 */
public record TargetSettings(String projectId, String keyId, Secret keySecret, String baseUrl, String authUrl) {

    /** The project id variable. */
    public static final String PROJECT_ID = "EST_PROJECT_ID";
    /** The access key id variable. */
    public static final String KEY_ID = "EST_KEY_ID";
    /** The access key secret variable. */
    public static final String KEY_SECRET = "EST_KEY_SECRET";
    /** The API base URL variable. */
    public static final String BASE_URL = "EST_BASE_URL";
    /** The OAuth2 token URL variable. */
    public static final String AUTH_URL = "EST_AUTH_URL";
    /** Sinch's EST API. */
    public static final String SINCH_BASE_URL = "https://elastic-trunking.api.sinch.com";
    /** Sinch's OAuth2 token endpoint. */
    public static final String SINCH_AUTH_URL = "https://auth.sinch.com/oauth2/token";

    private static final String SIMULATOR_TOKEN_PATH = "/oauth2/token";

    /**
     * Reads the variables.
     *
     * @param environment the variables, usually {@link System#getenv()}; blank values count as unset
     * @return the settings
     * @throws TargetConfigurationException when only some credentials are set or a URL is malformed
     */
    public static TargetSettings fromEnvironment(Map<String, String> environment) {
        String projectId = value(environment, PROJECT_ID);
        String keyId = value(environment, KEY_ID);
        String keySecret = value(environment, KEY_SECRET);
        String baseUrl = value(environment, BASE_URL);
        String authUrl = value(environment, AUTH_URL);
        List<String> missing = new ArrayList<>();
        if (projectId == null) {
            missing.add(PROJECT_ID);
        }
        if (keyId == null) {
            missing.add(KEY_ID);
        }
        if (keySecret == null) {
            missing.add(KEY_SECRET);
        }
        if (missing.size() == 3 && baseUrl == null && authUrl == null) {
            return new TargetSettings(null, null, null, null, null);
        }
        if (!missing.isEmpty()) {
            throw new TargetConfigurationException(String.join(", ", missing) + (missing.size() == 1 ? " is" : " are")
                    + " not set: set " + PROJECT_ID + ", " + KEY_ID + " and " + KEY_SECRET + " to use Sinch (or a"
                    + " standalone simulator with " + BASE_URL + "), or unset all EST_ variables to use the embedded"
                    + " simulator");
        }
        String base = baseUrl == null ? SINCH_BASE_URL : httpUrl(BASE_URL, stripSlash(baseUrl));
        String auth = authUrl != null ? httpUrl(AUTH_URL, authUrl)
                : baseUrl == null ? SINCH_AUTH_URL : base + SIMULATOR_TOKEN_PATH;
        return new TargetSettings(projectId, keyId, Secret.of(keySecret), base, auth);
    }

    /**
     * Returns whether these settings ask for the embedded simulator.
     *
     * @return whether these settings ask for the embedded simulator
     */
    public boolean isEmbeddedSimulator() {
        return projectId == null;
    }

    private static String value(Map<String, String> environment, String name) {
        String v = environment.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String httpUrl(String variable, String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return url;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below with the variable's name
        }
        throw new TargetConfigurationException(variable + " must be an http:// or https:// URL such as "
                + "http://127.0.0.1:8089 (was \"" + url + "\")");
    }
}
