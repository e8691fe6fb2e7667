package dev.estsdk.testkit.internal.model;

import java.util.regex.Pattern;

/** E.164 phone numbers: a {@code +}, a non-zero digit, at most 15 digits in all. */
public final class E164 {

    private static final Pattern PATTERN = Pattern.compile("\\+[1-9]\\d{1,14}");

    private E164() {
    }

    /**
     * @param number a candidate
     * @return whether it is an E.164 number
     */
    public static boolean isValid(String number) {
        return number != null && PATTERN.matcher(number).matches();
    }
}
