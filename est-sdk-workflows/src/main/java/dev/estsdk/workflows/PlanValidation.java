package dev.estsdk.workflows;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import dev.estsdk.api.model.FieldRules;
import dev.estsdk.api.model.NewCredential;
import dev.estsdk.api.model.RegisteredEndpoint;
import dev.estsdk.api.model.SipEndpoint;
import dev.estsdk.api.model.CreateSipTrunkRequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules a {@link ProvisioningPlan} must meet before any request: the decision tree's
 * prerequisites and the uniqueness that idempotent apply relies on.
 */
final class PlanValidation {

    private final List<FieldViolation> violations;

    PlanValidation(List<FieldViolation> partViolations) {
        this.violations = new ArrayList<>(partViolations);
    }

    /** Checks the plan; returns the direction when one can be resolved. */
    Optional<TrafficDirection> check(CreateSipTrunkRequest trunk, TrafficDirection direction, List<TrunkAuth> outboundAuth,
                                     List<TrunkAuth> registration, List<SipEndpoint> endpoints,
                                     List<String> numbers) {
        if (trunk == null && violations.stream().noneMatch(v -> v.field().startsWith("trunk."))) {
            fail("trunk", "is required: set trunk(t -> t.name(\"Acme HQ\").hostName(\"acme-hq\"))");
        }
        Optional<TrafficDirection> resolved = resolve(direction, outboundAuth, endpoints);
        resolved.ifPresentOrElse(d -> checkDirection(d, outboundAuth, endpoints),
                () -> fail("plan", "carries no calls: add outboundAuth(...) for outbound calls, "
                        + "staticEndpoint(...) or registeredEndpoint(...) for inbound calls, or both"));
        checkAuth("outboundAuth", outboundAuth);
        checkAuth("registrationCredentials", registration);
        for (int i = 0; i < registration.size(); i++) {
            if (!registration.get(i).isCredentialList()) {
                fail("registrationCredentials[" + i + "]", "must be a credential list: REGISTER is authenticated "
                        + "by SIP digest, an access control list only admits outbound calls by source IP");
            }
        }
        checkEndpoints(endpoints, outboundAuth, registration);
        checkNumbers(numbers);
        return resolved;
    }

    /** Origination weights must name endpoints of the plan. */
    void checkTwilio(TwilioOptions twilio, List<SipEndpoint> endpoints) {
        if (twilio == null) {
            return;
        }
        Set<String> names = new HashSet<>();
        endpoints.stream().filter(java.util.Objects::nonNull).map(SipEndpoint::name).forEach(names::add);
        twilio.originationWeights().keySet().stream().filter(n -> !names.contains(n)).forEach(n ->
                fail("twilio.originationWeights[" + n + "]", "no endpoint of the plan is named \"" + n
                        + "\": weights are keyed by endpoint name"));
    }

    void throwIfInvalid() {
        if (!violations.isEmpty()) {
            throw new EstValidationException("ProvisioningPlan", violations);
        }
    }

    static Workflow workflow(TrafficDirection direction, List<TrunkAuth> outboundAuth, List<SipEndpoint> endpoints) {
        return switch (direction) {
            case BOTH -> Workflow.C;
            case OUTBOUND -> outboundAuth.stream().allMatch(TrunkAuth::isCredentialList) ? Workflow.E : Workflow.A;
            case INBOUND -> endpoints.stream().anyMatch(RegisteredEndpoint.class::isInstance) ? Workflow.D : Workflow.B;
        };
    }

    private static Optional<TrafficDirection> resolve(TrafficDirection direction, List<TrunkAuth> outboundAuth,
                                                      List<SipEndpoint> endpoints) {
        if (direction != null) {
            return Optional.of(direction);
        }
        boolean out = !outboundAuth.isEmpty();
        boolean in = !endpoints.isEmpty();
        if (out && in) {
            return Optional.of(TrafficDirection.BOTH);
        }
        if (out) {
            return Optional.of(TrafficDirection.OUTBOUND);
        }
        return in ? Optional.of(TrafficDirection.INBOUND) : Optional.empty();
    }

    private void checkDirection(TrafficDirection d, List<TrunkAuth> outboundAuth, List<SipEndpoint> endpoints) {
        if (d.outbound() && outboundAuth.isEmpty()) {
            fail("outboundAuth", "outbound calls need an access control list (source IP) or a credential list "
                    + "(SIP digest): add outboundAuth(TrunkAuth.acl(...)) or outboundAuth(TrunkAuth.credentials(...))");
        }
        if (!d.outbound() && !outboundAuth.isEmpty()) {
            fail("outboundAuth", "is set but the direction is INBOUND: use direction(BOTH) to carry outbound calls too");
        }
        if (d.inbound() && endpoints.isEmpty()) {
            fail("endpoints", "inbound calls need at least one endpoint: add staticEndpoint(...) or "
                    + "registeredEndpoint(...)");
        }
        if (!d.inbound() && !endpoints.isEmpty()) {
            fail("endpoints", "are set but the direction is OUTBOUND: use direction(BOTH) to carry inbound calls too");
        }
        if (d.inbound() && !endpoints.isEmpty()
                && endpoints.stream().noneMatch(e -> e == null || e.enabled())) {
            fail("endpoints", "are all disabled, so inbound calls would fail with SIP 503: enable at least one");
        }
    }

    private void checkAuth(String path, List<TrunkAuth> auths) {
        Map<String, Integer> aclNames = new HashMap<>();
        Map<String, Integer> listNames = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < auths.size(); i++) {
            String field = path + "[" + i + "]";
            TrunkAuth auth = auths.get(i);
            if (auth instanceof TrunkAuth.NewAccessControlList n) {
                unique(field + ".name", n.definition().name(), i, aclNames, path);
            } else if (auth instanceof TrunkAuth.NewCredentialList n) {
                unique(field + ".name", n.definition().name(), i, listNames, path);
            } else if (auth instanceof TrunkAuth.ExistingAccessControlList e) {
                existingId(field, e.id(), ids);
            } else if (auth instanceof TrunkAuth.ExistingCredentialList e) {
                existingId(field, e.id(), ids);
            }
        }
    }

    private void existingId(String field, String id, Set<String> seen) {
        Optional<String> broken = FieldRules.id(id);
        if (broken.isPresent()) {
            fail(field + ".id", broken.get());
        } else if (!seen.add(id)) {
            fail(field + ".id", "is listed twice (" + id + ")");
        }
    }

    private void unique(String field, String name, int index, Map<String, Integer> seen, String path) {
        Integer first = seen.putIfAbsent(name, index);
        if (first != null) {
            fail(field, "must be unique in the plan (same as " + path + "[" + first + "]): apply matches existing "
                    + "lists by name");
        }
    }

    private void checkEndpoints(List<SipEndpoint> endpoints, List<TrunkAuth> outboundAuth,
                                List<TrunkAuth> registration) {
        Set<String> usernames = new HashSet<>();
        boolean existingList = false;
        for (TrunkAuth auth : concat(outboundAuth, registration)) {
            if (auth instanceof TrunkAuth.NewCredentialList n) {
                n.definition().credentials().stream().map(NewCredential::username).forEach(usernames::add);
            }
            existingList |= auth instanceof TrunkAuth.ExistingCredentialList;
        }
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < endpoints.size(); i++) {
            SipEndpoint endpoint = endpoints.get(i);
            if (endpoint == null) {
                continue;
            }
            String field = "endpoints[" + i + "]";
            Integer first = names.putIfAbsent(endpoint.name(), i);
            if (first != null) {
                fail(field + ".name", "must be unique in the plan (same as endpoints[" + first
                        + "]): apply matches existing endpoints by name");
            }
            if (endpoint instanceof RegisteredEndpoint r && !existingList
                    && !usernames.contains(r.credentialUsername())) {
                fail(field + ".credentialUsername", "no credential list of the plan holds \""
                        + r.credentialUsername() + "\": add registrationCredentials(TrunkAuth.credentials(c -> c.name(...)"
                        + ".credential(\"" + r.credentialUsername() + "\", password))) or an existing list with "
                        + "registrationCredentials(TrunkAuth.existingCredentials(id)); without a list holding it "
                        + "linked to the trunk every REGISTER fails with SIP 401");
            }
        }
    }

    private void checkNumbers(List<String> numbers) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < numbers.size(); i++) {
            String number = numbers.get(i);
            String field = "phoneNumbers[" + i + "]";
            Optional<String> broken = FieldRules.e164(number);
            if (broken.isPresent()) {
                fail(field, broken.get());
                continue;
            }
            Integer first = seen.putIfAbsent(number, i);
            if (first != null) {
                fail(field, "is listed twice (same as phoneNumbers[" + first + "])");
            }
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private void fail(String field, String rule) {
        violations.add(new FieldViolation(field, rule));
    }
}
