package dev.estsdk.workflows;

import dev.estsdk.api.EstApi;
import dev.estsdk.api.Sleeper;

import java.time.Clock;
import java.time.Duration;

/**
 * The configuration every workflow of one {@link TrunkProvisioner} shares.
 *
 * @param api                the API
 * @param clock              measures the propagation window
 * @param sleeper            waits for propagation and after throttling
 * @param propagationWindow  how long a change takes to reach the SIP edge
 * @param listener           receives step events
 * @param sipDomainSuffix    the trunks' domain suffix, to find a trunk by its domain
 * @param bulkConcurrency    the most numbers changed at once in bulk
 * @param maxModifyAttempts  read-modify-write attempts before giving up
 */
record Settings(EstApi api, Clock clock, Sleeper sleeper, Duration propagationWindow, ProvisioningListener listener,
                String sipDomainSuffix, int bulkConcurrency, int maxModifyAttempts) {

    String domainOf(String hostName) {
        return hostName + "." + sipDomainSuffix;
    }
}
