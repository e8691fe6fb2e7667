package dev.estsdk.testkit.internal.auth;

import dev.estsdk.testkit.internal.VirtualClock;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issues and checks OAuth2 access tokens. Tokens are HS256-signed JWTs (with {@code iat} and
 * {@code exp} on the simulator clock) so clients that read {@code exp} to refresh early work as
 * against the real auth server; validity is decided by the issued-token table.
 */
public final class TokenService {

    /** What a presented token turned out to be. */
    public enum Status {
        /** Issued here and not expired. */
        VALID,
        /** Issued here, past its expiry on the simulator clock. */
        EXPIRED,
        /** Never issued here. */
        UNKNOWN
    }

    /**
     * An issued token.
     *
     * @param value the token
     * @param ttl its lifetime
     */
    public record Issued(String value, Duration ttl) {
    }

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final VirtualClock clock;
    private final Duration ttl;
    private final byte[] signingKey = new byte[32];
    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();

    /**
     * @param clock the simulator clock
     * @param ttl token lifetime
     */
    public TokenService(VirtualClock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
        new SecureRandom().nextBytes(signingKey);
    }

    /**
     * @param subject the key id the token is for
     * @return a new token
     */
    public Issued issue(String subject) {
        Instant now = clock.now();
        Instant exp = now.plus(ttl);
        String header = encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
        String payload = encode("{\"iss\":\"est-simulator\",\"aud\":\"elastic-trunking\",\"sub\":\"" + subject
                + "\",\"iat\":" + now.getEpochSecond() + ",\"exp\":" + exp.getEpochSecond() + ",\"jti\":\""
                + UUID.randomUUID() + "\"}");
        String token = header + "." + payload + "." + sign(header + "." + payload);
        expiries.put(token, exp);
        return new Issued(token, ttl);
    }

    /**
     * @param token a presented bearer token
     * @return whether it is valid, expired or unknown
     */
    public Status check(String token) {
        Instant exp = expiries.get(token);
        if (exp == null) {
            return Status.UNKNOWN;
        }
        return clock.now().isBefore(exp) ? Status.VALID : Status.EXPIRED;
    }

    private static String encode(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private String sign(String input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingKey, "HmacSHA256"));
            return B64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
