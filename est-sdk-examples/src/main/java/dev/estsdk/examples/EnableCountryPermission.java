package dev.estsdk.examples;

import dev.estsdk.api.EstApi;
import dev.estsdk.api.model.CountryPermission;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Enables outbound calls to a country. Permissions are project-wide; only the US and Canada are
 * enabled by default, so a call to any other country fails until its permission is enabled.
 *
 * <p>Run: {@code java dev.estsdk.examples.EnableCountryPermission [ISO code]} (default {@code SE}).
 */
public final class EnableCountryPermission {

    private EnableCountryPermission() {
    }

    /**
     * Runs the example and exits with its {@link ExitCode}.
     *
     * @param args optionally, the ISO 3166-1 alpha-2 code of the country
     */
    public static void main(String[] args) {
        System.exit(ExampleRunner.run(withArgs(args)));
    }

    /**
     * Returns the example for these arguments.
     *
     * @param args optionally, the ISO code of the country (default {@code SE})
     * @return the example for these arguments
     */
    public static Example withArgs(String... args) {
        return forCountry(args.length > 0 ? args[0] : "SE");
    }

    /**
     * Returns the example, enabling that country.
     *
     * @param isoCode the country, e.g. {@code SE}
     * @return the example, enabling that country
     */
    public static Example forCountry(String isoCode) {
        return (target, out) -> run(target.api(), isoCode.toUpperCase(Locale.ROOT), out);
    }

    private static void run(EstApi est, String isoCode, PrintStream out) {
        CountryPermission before = est.countryPermissions().get(isoCode);
        out.println(before.name() + " (" + before.isoCode() + ", dialling codes " + before.countryDialingCodes()
                + "): " + (before.enabled() ? "enabled" : "disabled"));
        if (!before.enabled()) {
            CountryPermission after = est.countryPermissions().update(isoCode, true);
            out.println(after.name() + " is now " + (after.enabled() ? "enabled" : "still disabled"));
        }
    }
}
