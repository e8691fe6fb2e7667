package dev.estsdk.testkit.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/** Parses and checks an HTTP Basic {@code keyId:keySecret} pair, in constant time. */
public final class BasicCredentials {

    private BasicCredentials() {
    }

    /**
     * @param authorization the full {@code Authorization} header value
     * @param keyId the expected key id
     * @param keySecret the expected key secret
     * @return whether the header is {@code Basic} with exactly these credentials
     */
    public static boolean matches(String authorization, String keyId, String keySecret) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(authorization.substring(6).trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] expected = (keyId + ":" + keySecret).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(decoded, expected);
    }
}
