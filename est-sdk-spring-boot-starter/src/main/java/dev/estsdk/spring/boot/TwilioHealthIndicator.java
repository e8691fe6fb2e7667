package dev.estsdk.spring.boot;

import dev.estsdk.api.exception.EstException;
import dev.estsdk.twilio.TwilioClient;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

import java.util.Objects;

/**
 * UP when the Twilio credentials work: reads one page of one trunk, a read that changes nothing.
 * DOWN with the error's type and HTTP status otherwise. Details never carry a secret, a token,
 * an Account SID or an exception message.
 */
public class TwilioHealthIndicator implements HealthIndicator {

    private final TwilioClient client;

    /**
     * An indicator for a client.
     *
     * @param client the client to check
     */
    public TwilioHealthIndicator(TwilioClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public Health health() {
        try {
            client.trunks().list().withPageSize(1).page(1);
            return Health.up().withDetail("service", "twilio-trunking").build();
        } catch (EstException e) {
            return EstHealthIndicator.down("twilio-trunking", e);
        }
    }
}
