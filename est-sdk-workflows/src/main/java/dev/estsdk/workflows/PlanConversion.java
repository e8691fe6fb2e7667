package dev.estsdk.workflows;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import dev.estsdk.api.model.NewIpRange;
import dev.estsdk.api.model.CreateAccessControlListRequest;
import dev.estsdk.api.model.CreateCredentialListRequest;
import dev.estsdk.api.model.CreateSipTrunkRequest;
import dev.estsdk.api.model.NewCredential;
import dev.estsdk.api.model.RegisteredEndpoint;
import dev.estsdk.api.model.Secret;
import dev.estsdk.api.model.SipEndpoint;
import dev.estsdk.api.model.StaticEndpoint;
import dev.estsdk.workflows.PlanDocument.AclSpec;
import dev.estsdk.workflows.PlanDocument.CredentialListSpec;
import dev.estsdk.workflows.PlanDocument.CredentialSpec;
import dev.estsdk.workflows.PlanDocument.CredentialUse;
import dev.estsdk.workflows.PlanDocument.EndpointSpec;
import dev.estsdk.workflows.PlanDocument.EndpointType;
import dev.estsdk.workflows.PlanDocument.TrunkSpec;
import dev.estsdk.twilio.model.HttpMethod;
import dev.estsdk.twilio.model.RecordingMode;
import dev.estsdk.twilio.model.RecordingTrim;
import dev.estsdk.twilio.model.TransferCallerId;
import dev.estsdk.twilio.model.TransferMode;
import org.jspecify.annotations.Nullable;

import java.net.URI;
import java.net.URISyntaxException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns a {@link PlanDocument} into a {@link ProvisioningPlan} and back. Every problem is
 * reported under the document's field paths ({@code accessControlLists[0].ipRanges[1]},
 * {@code endpoints[1].port}), including those the plan's own validation finds under its paths
 * ({@code outboundAuth[0]} becomes {@code accessControlLists[0]}).
 */
final class PlanConversion {

    /** Stands in for every password when a document is only checked, not applied; meets the policy. */
    private static final Secret PLACEHOLDER = Secret.of("Placeholder-Secret-0");

    private final List<FieldViolation> violations = new ArrayList<>();
    /** Plan path prefix ({@code outboundAuth[0]}) to document path prefix ({@code accessControlLists[0]}). */
    private final Map<String, String> pathMap = new LinkedHashMap<>();

    private PlanConversion() {
    }

    /**
     * The plan a document describes, with real passwords.
     *
     * @throws EstValidationException naming every problem by its document path; a missing
     *                                variable names the field and the variable, never a value
     */
    static ProvisioningPlan toPlan(PlanDocument doc, SecretResolver resolver) {
        PlanConversion c = new PlanConversion();
        ProvisioningPlan plan = c.convert(doc, (ref, field) -> resolve(resolver, ref, field, c.violations));
        if (!c.violations.isEmpty() || plan == null) {
            throw new EstValidationException("PlanDocument", c.violations);
        }
        return plan;
    }

    /** Every problem of a document apart from its secrets' values, by document path; empty if it can be applied. */
    static List<FieldViolation> check(PlanDocument doc) {
        PlanConversion c = new PlanConversion();
        c.convert(doc, (ref, field) -> PLACEHOLDER);
        return List.copyOf(c.violations);
    }

    private static @Nullable Secret resolve(SecretResolver resolver, SecretRef ref, String field,
                                            List<FieldViolation> violations) {
        Optional<String> value = resolver.resolve(ref);
        if (value.isEmpty() || value.get().isEmpty()) {
            violations.add(new FieldViolation(field, "the environment variable " + ref.variable()
                    + " is not set: set it to the password (" + ref.reference() + ")"));
            return null;
        }
        if (value.get().chars().anyMatch(Character::isISOControl)) {
            violations.add(new FieldViolation(field, "the value of " + ref.variable()
                    + " contains a control character such as CR or LF"));
            return null;
        }
        return Secret.of(value.get());
    }

    @FunctionalInterface
    private interface Secrets {
        @Nullable Secret get(SecretRef ref, String field);
    }

    private @Nullable ProvisioningPlan convert(PlanDocument doc, Secrets secrets) {
        if (doc.version() != PlanDocument.CURRENT_VERSION) {
            fail("version", "must be " + PlanDocument.CURRENT_VERSION + " (was " + doc.version() + ")");
        }
        ProvisioningPlan.Builder plan = ProvisioningPlan.builder().direction(doc.direction());
        trunk(doc.trunk(), plan);
        int outbound = 0;
        int registration = 0;
        for (int i = 0; i < doc.accessControlLists().size(); i++) {
            TrunkAuth auth = acl("accessControlLists[" + i + "]", doc.accessControlLists().get(i));
            if (auth != null) {
                pathMap.put("outboundAuth[" + outbound++ + "]", "accessControlLists[" + i + "]");
                plan.outboundAuth(auth);
            }
        }
        for (int i = 0; i < doc.credentialLists().size(); i++) {
            CredentialListSpec spec = doc.credentialLists().get(i);
            String path = "credentialLists[" + i + "]";
            TrunkAuth auth = credentials(path, spec, secrets);
            if (auth == null) {
                continue;
            }
            if (spec.use() == CredentialUse.REGISTRATION) {
                pathMap.put("registrationCredentials[" + registration++ + "]", path);
                plan.registrationCredentials(auth);
            } else {
                pathMap.put("outboundAuth[" + outbound++ + "]", path);
                plan.outboundAuth(auth);
            }
        }
        for (int i = 0; i < doc.endpoints().size(); i++) {
            endpoint("endpoints[" + i + "]", doc.endpoints().get(i), plan);
        }
        plan.phoneNumbers(doc.phoneNumbers());
        twilio(doc, plan);
        try {
            ProvisioningPlan built = plan.build();
            return violations.isEmpty() ? built : null;
        } catch (EstValidationException e) {
            e.violations().forEach(v -> fail(documentPath(v.field()), document(v.description())));
            return null;
        }
    }

    /** The twilio block and the endpoints' weights become the plan's {@link TwilioOptions}. */
    private void twilio(PlanDocument doc, ProvisioningPlan.Builder plan) {
        PlanDocument.TwilioSpec t = doc.twilio();
        boolean weights = doc.endpoints().stream().anyMatch(e -> e.weight() != null);
        if (t == null && !weights) {
            return;
        }
        for (int i = 0; i < doc.endpoints().size(); i++) {
            if (doc.endpoints().get(i).weight() != null) {
                pathMap.put("twilio.originationWeights[" + doc.endpoints().get(i).name() + "]",
                        "endpoints[" + i + "].weight");
            }
        }
        URI url = null;
        if (t != null && t.disasterRecoveryUrl() != null) {
            try {
                url = new URI(t.disasterRecoveryUrl());
            } catch (URISyntaxException e) {
                fail("twilio.disasterRecoveryUrl", "must be an absolute http or https URL, e.g. "
                        + "https://example.com/twiml (" + e.getReason() + ")");
            }
        }
        URI drUrl = url;
        plan.twilio(b -> {
            if (t != null) {
                b.secure(t.secure()).disasterRecoveryUrl(drUrl);
                if (t.recording() != null && t.recording().mode() != null) {
                    b.recordingMode(RecordingMode.of(t.recording().mode().value()));
                }
                if (t.recording() != null && t.recording().trim() != null) {
                    b.recordingTrim(RecordingTrim.of(t.recording().trim().value()));
                }
                if (t.disasterRecoveryMethod() != null) {
                    b.disasterRecoveryMethod(HttpMethod.of(t.disasterRecoveryMethod().value()));
                }
                if (t.transferMode() != null) {
                    b.transferMode(TransferMode.of(t.transferMode().value()));
                }
                if (t.transferCallerId() != null) {
                    b.transferCallerId(TransferCallerId.of(t.transferCallerId().value()));
                }
            }
            for (EndpointSpec e : doc.endpoints()) {
                if (e.weight() != null) {
                    b.originationWeight(e.name(), e.weight());
                }
            }
        });
    }

    private void trunk(TrunkSpec t, ProvisioningPlan.Builder plan) {
        plan.trunk(b -> {
            b.name(t.name()).hostName(t.hostName());
            if (t.callerName() != null) {
                b.enableCallerName(t.callerName());
            }
            if (t.callForwardNumber() != null) {
                b.callForwardNumber(t.callForwardNumber()).enableCallForward(true);
            }
        });
    }

    private @Nullable TrunkAuth acl(String path, AclSpec spec) {
        String existing = spec.existing();
        if (existing != null) {
            if (spec.name() != null || !spec.ipRanges().isEmpty()) {
                fail(path, "names an existing list by id: leave out name and ipRanges, or leave out existing "
                        + "to create the list");
                return null;
            }
            return TrunkAuth.existingAcl(existing);
        }
        if (spec.name() == null) {
            fail(path + ".name", "is required (or existing: the id of a list that exists)");
            return null;
        }
        CreateAccessControlListRequest.Builder b = CreateAccessControlListRequest.builder().name(spec.name());
        boolean rangesOk = true;
        for (int j = 0; j < spec.ipRanges().size(); j++) {
            try {
                b.ipRange(NewIpRange.ofCidr(spec.ipRanges().get(j)));
            } catch (EstValidationException e) {
                String field = path + ".ipRanges[" + j + "]";
                e.violations().forEach(v -> fail(field, v.description()));
                rangesOk = false;
            }
        }
        if (spec.ipRanges().isEmpty()) {
            fail(path + ".ipRanges", "must contain at least one IP range, e.g. [\"203.0.113.10/32\"]");
            return null;
        }
        try {
            CreateAccessControlListRequest built = b.build();
            return rangesOk ? TrunkAuth.acl(built) : null;
        } catch (EstValidationException e) {
            e.violations().forEach(v -> fail(path + "." + v.field(), v.description()));
            return null;
        }
    }

    private @Nullable TrunkAuth credentials(String path, CredentialListSpec spec, Secrets secrets) {
        String existing = spec.existing();
        if (existing != null) {
            if (spec.name() != null || !spec.credentials().isEmpty()) {
                fail(path, "names an existing list by id: leave out name and credentials, or leave out "
                        + "existing to create the list");
                return null;
            }
            return TrunkAuth.existingCredentials(existing);
        }
        if (spec.name() == null) {
            fail(path + ".name", "is required (or existing: the id of a list that exists)");
            return null;
        }
        CreateCredentialListRequest.Builder b = CreateCredentialListRequest.builder().name(spec.name());
        boolean secretsOk = true;
        for (int j = 0; j < spec.credentials().size(); j++) {
            CredentialSpec c = spec.credentials().get(j);
            Secret secret = secrets.get(c.password(), path + ".credentials[" + j + "].password");
            if (secret == null) {
                secretsOk = false;
                secret = PLACEHOLDER;
            }
            b.credential(NewCredential.of(c.username(), secret));
        }
        try {
            CreateCredentialListRequest built = b.build();
            return secretsOk ? TrunkAuth.credentials(built) : null;
        } catch (EstValidationException e) {
            e.violations().forEach(v -> fail(path + "." + v.field(), v.description()));
            return null;
        }
    }

    private void endpoint(String path, EndpointSpec e, ProvisioningPlan.Builder plan) {
        if (e.type() == EndpointType.STATIC) {
            if (e.credentialUsername() != null) {
                fail(path + ".credentialUsername", "belongs to registered endpoints: set type: registered, or "
                        + "leave it out of a static endpoint");
            }
            plan.staticEndpoint(b -> {
                b.name(e.name());
                if (e.address() != null) {
                    b.address(e.address());
                }
                if (e.port() != null) {
                    b.port(e.port());
                }
                if (e.transport() != null) {
                    b.transport(e.transport());
                }
                if (e.priority() != null) {
                    b.priority(e.priority());
                }
                if (e.enabled() != null) {
                    b.enabled(e.enabled());
                }
            });
        } else {
            if (e.address() != null) {
                fail(path + ".address", "belongs to static endpoints: a registered endpoint is reached where it "
                        + "REGISTERs from");
            }
            if (e.port() != null) {
                fail(path + ".port", "belongs to static endpoints: a registered endpoint is reached where it "
                        + "REGISTERs from");
            }
            plan.registeredEndpoint(b -> {
                b.name(e.name());
                if (e.credentialUsername() != null) {
                    b.credentialUsername(e.credentialUsername());
                }
                if (e.transport() != null) {
                    b.transport(e.transport());
                }
                if (e.priority() != null) {
                    b.priority(e.priority());
                }
                if (e.enabled() != null) {
                    b.enabled(e.enabled());
                }
            });
        }
    }

    private String documentPath(String planPath) {
        for (Map.Entry<String, String> m : pathMap.entrySet()) {
            if (planPath.equals(m.getKey()) || planPath.startsWith(m.getKey() + ".")) {
                String rest = planPath.substring(m.getKey().length());
                return m.getValue() + rest.replace(".definition", "");
            }
        }
        if (planPath.equals("outboundAuth")) {
            return "accessControlLists";
        }
        if (planPath.equals("registrationCredentials")) {
            return "credentialLists";
        }
        if (planPath.equals("plan")) {
            return "";
        }
        return planPath;
    }

    /** Rewrites the builder's Java advice into plan file terms. */
    private static String document(String description) {
        return description
                .replace("outboundAuth(TrunkAuth.acl(...)) or outboundAuth(TrunkAuth.credentials(...))",
                        "an entry under accessControlLists or credentialLists")
                .replace("use direction(BOTH)", "use direction: both")
                .replace("add staticEndpoint(...) or registeredEndpoint(...)", "add an entry under endpoints")
                .replace("add outboundAuth(...) for outbound calls, staticEndpoint(...) or registeredEndpoint(...) "
                        + "for inbound calls, or both", "add accessControlLists or credentialLists for outbound "
                        + "calls, endpoints for inbound calls, or both");
    }

    private void fail(String field, String rule) {
        violations.add(new FieldViolation(field, rule));
    }

    /** The document a plan describes; passwords become references named by {@link SecretRef#forCredential}. */
    static PlanDocument fromPlan(ProvisioningPlan plan) {
        CreateSipTrunkRequest t = plan.trunk();
        PlanDocument.Builder doc = PlanDocument.builder(new TrunkSpec(t.name(), t.hostName(),
                t.enableCallerName() ? Boolean.TRUE : null,
                t.enableCallForward() ? t.callForwardNumber() : null));
        doc.direction(plan.direction());
        Map<String, Integer> usernameCount = new HashMap<>();
        for (TrunkAuth auth : plan.authLists()) {
            if (auth instanceof TrunkAuth.NewCredentialList n) {
                Set<String> inList = new HashSet<>();
                n.definition().credentials().forEach(c -> {
                    if (inList.add(c.username())) {
                        usernameCount.merge(c.username(), 1, Integer::sum);
                    }
                });
            }
        }
        Function<String, Boolean> shared = u -> usernameCount.getOrDefault(u, 0) > 1;
        for (TrunkAuth auth : plan.outboundAuth()) {
            list(auth, CredentialUse.OUTBOUND, doc, shared);
        }
        for (TrunkAuth auth : plan.registrationCredentials()) {
            list(auth, CredentialUse.REGISTRATION, doc, shared);
        }
        TwilioOptions options = plan.twilio();
        for (SipEndpoint e : plan.wantedEndpoints()) {
            EndpointSpec spec = endpointSpec(e);
            Integer weight = options.originationWeights().get(e.name());
            doc.endpoint(weight == null ? spec : new EndpointSpec(spec.name(), spec.type(), spec.address(),
                    spec.port(), spec.transport(), spec.priority(), weight, spec.enabled(),
                    spec.credentialUsername()));
        }
        doc.phoneNumbers(plan.phoneNumbers());
        doc.twilio(twilioSpec(options));
        return doc.build();
    }

    /** The document's twilio block for a plan's options, without the weights (they go on the endpoints). */
    static PlanDocument.@Nullable TwilioSpec twilioSpec(TwilioOptions o) {
        PlanDocument.RecordingSpec recording = o.recordingMode() == null && o.recordingTrim() == null ? null
                : new PlanDocument.RecordingSpec(
                        o.recordingMode() == null ? null : known(PlanDocument.RecordingMode.class, o.recordingMode().value()),
                        o.recordingTrim() == null ? null : known(PlanDocument.RecordingTrim.class, o.recordingTrim().value()));
        PlanDocument.TwilioSpec spec = new PlanDocument.TwilioSpec(o.secure(), recording,
                o.disasterRecoveryUrl() == null ? null : o.disasterRecoveryUrl().toString(),
                o.disasterRecoveryMethod() == null ? null
                        : known(PlanDocument.HttpMethod.class, o.disasterRecoveryMethod().value()),
                o.transferMode() == null ? null : known(PlanDocument.TransferMode.class, o.transferMode().value()),
                o.transferCallerId() == null ? null
                        : known(PlanDocument.TransferCallerId.class, o.transferCallerId().value()));
        return spec.equals(new PlanDocument.TwilioSpec(null, null, null, null, null, null)) ? null : spec;
    }

    /** A Twilio value the document has a constant for; a value Twilio added later cannot be written. */
    private static <E extends Enum<E>> E known(Class<E> type, String value) {
        return PlanDocument.parseValue(type, value).orElseThrow(() -> new IllegalArgumentException(
                "the plan file format has no " + type.getSimpleName() + " \"" + value + "\""));
    }

    private static void list(TrunkAuth auth, CredentialUse use, PlanDocument.Builder doc,
                             Function<String, Boolean> shared) {
        if (auth instanceof TrunkAuth.NewAccessControlList n) {
            doc.accessControlList(AclSpec.create(n.definition().name(),
                    n.definition().ipRanges().stream().map(r -> r.ipAddress() + "/" + r.range()).toList()));
        } else if (auth instanceof TrunkAuth.ExistingAccessControlList x) {
            doc.accessControlList(AclSpec.existing(x.id()));
        } else if (auth instanceof TrunkAuth.NewCredentialList n) {
            String list = n.definition().name();
            doc.credentialList(CredentialListSpec.create(list, use, n.definition().credentials().stream()
                    .map(c -> new CredentialSpec(c.username(), shared.apply(c.username())
                            ? SecretRef.forCredentialInList(list, c.username())
                            : SecretRef.forCredential(list, c.username())))
                    .toList()));
        } else if (auth instanceof TrunkAuth.ExistingCredentialList x) {
            doc.credentialList(CredentialListSpec.existing(x.id(), use));
        }
    }

    private static EndpointSpec endpointSpec(SipEndpoint e) {
        if (e instanceof StaticEndpoint s) {
            return new EndpointSpec(s.name(), EndpointType.STATIC, s.address(), s.port(), s.transport(),
                    s.priority(), null, s.enabled(), null);
        }
        RegisteredEndpoint r = (RegisteredEndpoint) e;
        return new EndpointSpec(r.name(), EndpointType.REGISTERED, null, null, r.transport(), r.priority(), null,
                r.enabled(), r.credentialUsername());
    }
}
