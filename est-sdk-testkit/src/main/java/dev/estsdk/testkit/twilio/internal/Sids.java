package dev.estsdk.testkit.twilio.internal;

import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/** Twilio SIDs: a two-letter prefix and 32 lower-case hexadecimal digits. */
public final class Sids {

    private static final Pattern BODY = Pattern.compile("[0-9a-fA-F]{32}");

    private final SplittableRandom random = new SplittableRandom();

    /**
     * @param prefix e.g. {@code TK}
     * @return a new SID
     */
    public synchronized String next(String prefix) {
        byte[] bytes = new byte[16];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return prefix + HexFormat.of().formatHex(bytes);
    }

    /**
     * @param prefix the expected prefix
     * @param value a candidate
     * @return whether it is a SID of that kind
     */
    public static boolean is(String prefix, String value) {
        return value != null && value.length() == 34 && value.startsWith(prefix) && BODY.matcher(value.substring(2)).matches();
    }
}
