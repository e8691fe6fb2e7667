package dev.estsdk.testkit.internal.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estsdk.testkit.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The seeded country permissions (US and CA enabled, the rest disabled) and the mapping from a
 * dialled number to its country.
 */
public final class CountryCatalog {

    private static final String RESOURCE = "/dev/estsdk/testkit/internal/country-permissions.json";

    /** NANP area codes that belong to Canada; every other +1 number counts as US. */
    private static final Set<String> CANADIAN_AREA_CODES = Set.of("204", "226", "236", "249", "250", "263", "289",
            "306", "343", "354", "365", "367", "368", "382", "387", "403", "416", "418", "428", "431", "437", "438",
            "450", "460", "468", "474", "506", "514", "519", "548", "579", "581", "584", "587", "604", "613", "639",
            "647", "672", "683", "705", "709", "742", "753", "778", "780", "782", "807", "819", "825", "867", "873",
            "879", "902", "905", "942");

    private static final List<CountryPermission> DEFAULTS = load();

    private CountryCatalog() {
    }

    private static List<CountryPermission> load() {
        try (InputStream in = CountryCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            List<CountryPermission> out = new ArrayList<>();
            for (JsonNode n : Json.mapper().readTree(in)) {
                List<String> codes = new ArrayList<>();
                n.get("countryDialingCodes").forEach(c -> codes.add(c.asText()));
                out.add(new CountryPermission(n.get("isoCode").asText(), n.get("name").asText(),
                        n.get("continent").asText(), codes, n.get("enabled").asBoolean()));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the permissions every new project starts with */
    public static List<CountryPermission> defaults() {
        return DEFAULTS;
    }

    /**
     * @param number an E.164 number (leading {@code +} optional)
     * @return the ISO code of the country whose dialling code is the longest prefix, or null
     */
    public static String countryOf(String number) {
        if (number == null) {
            return null;
        }
        String digits = number.startsWith("+") ? number.substring(1) : number;
        if (digits.startsWith("1") && digits.length() >= 4) {
            String prefix4 = digits.substring(0, 4);
            for (CountryPermission c : DEFAULTS) {
                if (!c.isoCode().equals("US") && !c.isoCode().equals("CA")
                        && c.countryDialingCodes().contains("+" + prefix4)) {
                    return c.isoCode();
                }
            }
            return CANADIAN_AREA_CODES.contains(digits.substring(1, 4)) ? "CA" : "US";
        }
        String best = null;
        int bestLength = 0;
        for (CountryPermission c : DEFAULTS) {
            for (String code : c.countryDialingCodes()) {
                String d = code.substring(1);
                if (digits.startsWith(d) && d.length() > bestLength) {
                    best = c.isoCode();
                    bestLength = d.length();
                }
            }
        }
        return best;
    }
}
