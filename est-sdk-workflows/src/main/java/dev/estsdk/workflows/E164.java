package dev.estsdk.workflows;

import java.util.regex.Pattern;

/** The E.164 rule for phone numbers, worded like the api module's builders. */
final class E164 {

    private static final Pattern PATTERN = Pattern.compile("\\+[1-9][0-9]{1,14}");

    private E164() {
    }

    static boolean isValid(String number) {
        return number != null && PATTERN.matcher(number).matches();
    }

    static String rule(String number) {
        return "must be an E.164 number: + then 2 to 15 digits, e.g. +15551234567"
                + (number == null ? "" : " (was \"" + number + "\")");
    }
}
