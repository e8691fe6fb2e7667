package dev.estsdk.testkit.internal.auth;

import dev.estsdk.testkit.internal.VirtualClock;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
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
 * against the real auth server.
 *
 * <p>Live tokens are kept with their expiry; expired ones are dropped whenever a token is issued,
 * so a long-running simulator holds at most the tokens of one lifetime. A token that carries this
 * simulator's signature but is no longer held was dropped after it expired, so it still counts as
 * {@link Status#EXPIRED}, which is what makes clients refresh.
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
        expiries.values().removeIf(e -> !now.isBefore(e));
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
            return signedHere(token) ? Status.EXPIRED : Status.UNKNOWN;
        }
        return clock.now().isBefore(exp) ? Status.VALID : Status.EXPIRED;
    }

    /**
     * Moves every held expiry back with a clock that went back, so each token keeps exactly the
     * lifetime it had left.
     *
     * @param amount how far the clock went back
     */
    public void rewind(Duration amount) {
        if (!amount.isZero()) {
            expiries.replaceAll((token, exp) -> exp.minus(amount));
        }
    }

    /** @return how many tokens are held in memory */
    public int held() {
        return expiries.size();
    }

    private boolean signedHere(String token) {
        int lastDot = token.lastIndexOf('.');
        if (lastDot < 0 || token.indexOf('.') == lastDot) {
            return false;
        }
        byte[] expected = sign(token.substring(0, lastDot)).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, token.substring(lastDot + 1).getBytes(StandardCharsets.US_ASCII));
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
