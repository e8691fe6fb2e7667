package dev.estsdk.testkit.internal;

import java.time.Instant;
import java.util.SplittableRandom;

/**
 * ULID-style identifiers as the service issues them: 26 Crockford base-32 characters, the first
 * ten encoding the creation time in milliseconds, the rest random.
 */
public final class IdGenerator {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final SplittableRandom random = new SplittableRandom();

    /**
     * @param at the creation time encoded in the id
     * @return a new 26-character id
     */
    public synchronized String next(Instant at) {
        char[] out = new char[26];
        long millis = at.toEpochMilli();
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (millis & 31)];
            millis >>>= 5;
        }
        for (int i = 10; i < 26; i++) {
            out[i] = ALPHABET[random.nextInt(32)];
        }
        return new String(out);
    }
}
