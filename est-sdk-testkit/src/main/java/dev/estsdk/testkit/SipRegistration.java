package dev.estsdk.testkit;

import java.time.Duration;

/**
 * A SIP REGISTER to check against the simulated Sinch edge ({@link SipChecks#register(SipRegistration)}).
 *
 * @param domain the registrar domain, i.e. the trunk's {@code {hostName}.pstn.sinch.com}
 * @param username the SIP username
 * @param password the SIP password
 * @param expires how long the registration lasts on the simulator clock; zero unregisters
 */
public record SipRegistration(String domain, String username, String password, Duration expires) {

    /** Default registration lifetime. */
    public static final Duration DEFAULT_EXPIRES = Duration.ofHours(1);

    /**
     * Checks the required fields.
     *
     * @param domain the registrar domain, i.e. the trunk's {@code {hostName}.pstn.sinch.com}
     * @param username the SIP username
     * @param password the SIP password
     * @param expires how long the registration lasts on the simulator clock; zero unregisters
     */
    public SipRegistration {
        if (domain == null || domain.isBlank()) {
            throw new IllegalArgumentException("domain must not be blank");
        }
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
        if (password == null) {
            throw new IllegalArgumentException("password must not be null");
        }
        if (expires == null) {
            expires = DEFAULT_EXPIRES;
        }
        if (expires.isNegative()) {
            throw new IllegalArgumentException("expires must not be negative");
        }
    }

    /**
     * Returns a registration for one hour.
     *
     * @param domain the trunk domain
     * @param username the SIP username
     * @param password the SIP password
     * @return a registration for one hour
     */
    public static SipRegistration of(String domain, String username, String password) {
        return new SipRegistration(domain, username, password, DEFAULT_EXPIRES);
    }

    @Override
    public String toString() {
        return "SipRegistration[domain=" + domain + ", username=" + username + ", password=***, expires=" + expires
                + "]";
    }
}
