package dev.estsdk.spring.boot;

import dev.estsdk.api.EstApi;
import dev.estsdk.api.exception.EstException;
import dev.estsdk.api.exception.EstServiceException;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

import java.util.Objects;

/**
 * UP when the EST credentials work: reads one page of one SIP trunk, a read that changes nothing.
 * DOWN with the error's type and HTTP status otherwise (401/403 for wrong credentials). Details
 * never carry a secret, a token, a project id or an exception message.
 */
public class EstHealthIndicator implements HealthIndicator {

    private final EstApi client;

    /**
     * An indicator for a client.
     *
     * @param client the client to check
     */
    public EstHealthIndicator(EstApi client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public Health health() {
        try {
            client.sipTrunks().list().withPageSize(1).page(1);
            return Health.up().withDetail("service", "sinch-est").build();
        } catch (EstException e) {
            return down("sinch-est", e);
        }
    }

    static Health down(String service, EstException e) {
        Health.Builder down = Health.down().withDetail("service", service)
                .withDetail("error", e.getClass().getSimpleName());
        if (e instanceof EstServiceException failure) {
            down.withDetail("status", failure.status());
        }
        return down.build();
    }
}
