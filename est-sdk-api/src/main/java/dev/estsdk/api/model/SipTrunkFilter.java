package dev.estsdk.api.model;

import dev.estsdk.api.exception.EstValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Narrows a trunk listing. Filtering on the domain is the way to tell whether a host name is
 * already taken in the project:
 * {@code est.sipTrunks().list(SipTrunkFilter.byDomain("acme.pstn.sinch.com")).stream().findFirst()}.
 * @param domain only the trunk with this full SIP domain (compared ignoring case), e.g.
 *               {@code acme.pstn.sinch.com}; null for every trunk
 */
public record SipTrunkFilter(@Nullable String domain) {

    private static final SipTrunkFilter ALL = new SipTrunkFilter(null);

    /**
     * Creates the filter.
     * @param domain see {@link #domain()}
     * @throws EstValidationException if the domain is set but is not a DNS name
     */
    public SipTrunkFilter {
        if (domain != null) {
            Check check = Check.of("SipTrunkFilter");
            check.apply("domain", FieldRules.domainName(domain));
            check.throwIfInvalid();
        }
    }

    /** {@return the filter that matches every trunk of the project} */
    public static SipTrunkFilter all() {
        return ALL;
    }

    /**
     * {@return the filter that matches the trunk with one SIP domain}
     * @param domain the full domain, e.g. {@code acme.pstn.sinch.com}
     * @throws EstValidationException if the domain is null or not a DNS name
     */
    public static SipTrunkFilter byDomain(String domain) {
        if (domain == null) {
            Check check = Check.of("SipTrunkFilter");
            check.required("domain", null);
            check.throwIfInvalid();
        }
        return new SipTrunkFilter(domain);
    }
}
