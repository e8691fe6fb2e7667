package dev.estsdk.workflows;

import dev.estsdk.api.model.PhoneNumber;
import dev.estsdk.api.model.SipEndpoint;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Waits for a result to reach the SIP edge: one GET per kind of resource the result holds
 * (access control list links, credential list links, endpoints, numbers) to prove it is there,
 * then one sleep for what is left of the window after the last change.
 */
final class Propagation {

    private final Settings settings;
    private final Backend backend;

    Propagation(Settings settings) {
        this.settings = settings;
        this.backend = settings.backend(TwilioOptions.NONE);
    }

    PropagationReport await(ProvisioningResult result) {
        List<String> verified = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        String trunkId = result.trunkId();
        if (!result.accessControlListIds().isEmpty()) {
            check(verified, missing, "access control list(s) linked", result.accessControlListIds(),
                    backend.linkedAclIds(trunkId));
        }
        if (!result.credentialListIds().isEmpty()) {
            check(verified, missing, "credential list(s) linked", result.credentialListIds(),
                    backend.linkedCredentialListIds(trunkId));
        }
        if (!result.endpoints().isEmpty()) {
            check(verified, missing, "endpoint(s) present", result.endpoints().stream().map(SipEndpoint::id).toList(),
                    backend.endpoints(trunkId).stream().map(SipEndpoint::id).toList());
        }
        if (!result.phoneNumbers().isEmpty()) {
            check(verified, missing, "number(s) assigned", result.phoneNumbers(),
                    backend.numbers(trunkId).stream().map(PhoneNumber::phoneNumber).toList());
        }
        if (!missing.isEmpty()) {
            throw new PropagationException(missing);
        }
        Instant now = settings.clock().instant();
        Instant readyAt = result.lastChangeAt().map(t -> t.plus(settings.propagationWindow())).orElse(now);
        Duration wait = readyAt.isAfter(now) ? Duration.between(now, readyAt) : Duration.ZERO;
        if (!wait.isZero()) {
            sleep(wait);
        }
        return new PropagationReport(verified, wait, readyAt);
    }

    private static void check(List<String> verified, List<String> missing, String what, Collection<String> expected,
                              Collection<String> actual) {
        Set<String> absent = new HashSet<>(expected);
        absent.removeAll(new HashSet<>(actual));
        if (absent.isEmpty()) {
            verified.add(expected.size() + " " + what);
        } else {
            missing.add("not " + what + ": " + absent.stream().sorted().toList());
        }
    }

    private void sleep(Duration wait) {
        try {
            settings.sleeper().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkflowException("Interrupted while waiting " + wait.toSeconds()
                    + " s for changes to propagate", e);
        }
    }
}
