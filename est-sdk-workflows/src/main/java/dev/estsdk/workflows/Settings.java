package dev.estsdk.workflows;

import dev.estsdk.api.EstApi;
import dev.estsdk.api.Sleeper;

import java.time.Clock;
import java.time.Duration;

/**
 * The configuration every workflow of one {@link TrunkProvisioner} shares.
 *
 * @param carrier            the carrier provisioned on
 * @param clock              measures the propagation window
 * @param sleeper            waits for propagation and after throttling
 * @param propagationWindow  how long a change takes to reach the SIP edge
 * @param listener           receives step events
 * @param bulkConcurrency    the most numbers changed at once in bulk
 * @param maxModifyAttempts  read-modify-write attempts before giving up
 */
record Settings(Carrier carrier, Clock clock, Sleeper sleeper, Duration propagationWindow, ProvisioningListener listener,
                int bulkConcurrency, int maxModifyAttempts) {

    String domainOf(String hostName) {
        return carrier.sipDomain(hostName);
    }

    /**
     * The Sinch API, for the tools only Sinch has.
     *
     * @param tool what needs it, for the message
     * @throws WorkflowException on another carrier
     */
    EstApi sinchApi(String tool) {
        if (carrier instanceof SinchCarrier sinch) {
            return sinch.api();
        }
        throw new WorkflowException(tool + " is a Sinch tool: " + carrier.displayName()
                + " trunks have no equivalent; use a TrunkProvisioner over Carrier.sinch(...)", null);
    }

    /** The engine's operations on the carrier for one run, with the plan's carrier options. */
    Backend backend(TwilioOptions options) {
        if (carrier instanceof SinchCarrier sinch) {
            return new SinchBackend(sinch);
        }
        return new TwilioBackend((TwilioCarrier) carrier, options);
    }

    /** The Sinch API, for the Sinch-only tools ({@link ProvisioningSteps}). */
    EstApi api() {
        return sinchApi("this operation");
    }
}
