package dev.estsdk.testkit.internal;

import dev.estsdk.testkit.CallSeed;
import dev.estsdk.testkit.internal.SeedSpec.Kind;
import dev.estsdk.testkit.internal.calls.CallRecords;
import dev.estsdk.testkit.internal.model.AccessControlList;
import dev.estsdk.testkit.internal.model.BlockingRule;
import dev.estsdk.testkit.internal.model.Credential;
import dev.estsdk.testkit.internal.model.CredentialList;
import dev.estsdk.testkit.internal.model.Endpoint;
import dev.estsdk.testkit.internal.model.IpRange;
import dev.estsdk.testkit.internal.model.OwnedNumber;
import dev.estsdk.testkit.internal.model.ProjectState;
import dev.estsdk.testkit.internal.model.Trunk;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates the resources a {@link SeedSpec} asks for, directly into a project (no HTTP), for load
 * tests that need a large project to start from. Names are numbered ({@code seed-00001}); a host
 * name some trunk already holds is skipped, as is a number the project already owns, so the
 * counts asked for are the counts added. The caller holds the project's lock and publishes.
 */
final class SeedGenerator {

    /** Generated numbers: +1 201 555 0000 onwards, 10,000 per area code (201, 202, …). */
    private static final long FIRST_NUMBER = 12015550000L;
    private static final long NUMBERS_PER_AREA = 10_000L;
    private static final long AREA_STEP = 10_000_000L;

    private final SimulatorState state;
    private final ProjectState project;
    private final Instant at;

    private SeedGenerator(SimulatorState state, ProjectState project, Instant at) {
        this.state = state;
        this.project = project;
        this.at = at;
    }

    /**
     * @param state the simulator
     * @param project the project to fill, whose lock the caller holds
     * @param spec what to add
     */
    static void generate(SimulatorState state, ProjectState project, SeedSpec spec) {
        new SeedGenerator(state, project, state.clock().now()).generate(spec);
    }

    private String id() {
        return state.ids().next(at);
    }

    private Instant stamp() {
        return state.clock().stamp();
    }

    private void generate(SeedSpec spec) {
        List<Trunk> trunks = trunks(spec.count(Kind.TRUNKS));
        endpoints(spec.count(Kind.ENDPOINTS), trunks);
        accessControlLists(spec.count(Kind.ACCESS_CONTROL_LISTS));
        credentialLists(spec.count(Kind.CREDENTIAL_LISTS));
        numbers(spec.count(Kind.NUMBERS), spec.count(Kind.ASSIGNED_NUMBERS), trunks);
        blockingRules(spec.count(Kind.CALL_BLOCKING_RULES));
        calls(spec.count(Kind.CALLS), trunks);
    }

    private List<Trunk> trunks(int count) {
        List<Trunk> out = new ArrayList<>(count);
        String suffix = state.settings().sipDomainSuffix();
        for (int n = 1; out.size() < count; n++) {
            String hostName = String.format("seed-%05d", n);
            String id = id();
            if (!state.claimHostName(hostName, id)) {
                continue;
            }
            Trunk t = new Trunk(id, project.projectId(), "Seeded trunk " + n, hostName, suffix, 1, false, null, false,
                    stamp(), null);
            project.trunks().put(id, t);
            out.add(t);
        }
        return out;
    }

    private void endpoints(int count, List<Trunk> trunks) {
        for (int i = 0; i < count; i++) {
            Trunk t = trunks.get(i % trunks.size());
            String address = "198.51.100." + (1 + i % 254);
            Endpoint e = new Endpoint(id(), project.projectId(), t.id(), String.format("seed-endpoint-%05d", i + 1),
                    false, address, 5060, null, "UDP", 1 + i / trunks.size(), true, stamp(), null);
            project.endpoints().put(e.id(), e);
        }
    }

    private void accessControlLists(int count) {
        for (int i = 0; i < count; i++) {
            String id = id();
            Instant t = stamp();
            String address = "203.0.113." + (1 + i % 254);
            IpRange range = new IpRange(id(), id, project.projectId(), "seeded", address, 32, t, null);
            project.acls().put(id, new AccessControlList(id, project.projectId(), String.format("seed-acl-%05d", i + 1),
                    true, List.of(range), t, null));
        }
    }

    private void credentialLists(int count) {
        for (int i = 0; i < count; i++) {
            String id = id();
            String n = String.format("%05d", i + 1);
            Credential c = new Credential(id(), "seed-user-" + n, "Seed-Passw0rd-" + n);
            project.credentialLists().put(id, new CredentialList(id, project.projectId(), "seed-list-" + n,
                    List.of(c), stamp(), null));
        }
    }

    private void numbers(int count, int assigned, List<Trunk> trunks) {
        int added = 0;
        for (long k = 0; added < count; k++) {
            long digits = FIRST_NUMBER + (k / NUMBERS_PER_AREA) * AREA_STEP + k % NUMBERS_PER_AREA;
            String e164 = "+" + digits;
            if (project.numbers().containsKey(e164)) {
                continue;
            }
            String trunkId = added < assigned ? trunks.get(added % trunks.size()).id() : null;
            project.numbers().put(e164, new OwnedNumber(id(), e164, "US", trunkId, stamp(), null));
            added++;
        }
    }

    private void blockingRules(int count) {
        for (int i = 0; i < count; i++) {
            String prefix = "1900" + String.format("%04d", i % 10_000);
            BlockingRule r = new BlockingRule(id(), project.projectId(), String.format("seed-rule-%05d", i + 1),
                    "OUTBOUND", null, null, "US", prefix, stamp(), null);
            project.blockingRules().put(r.id(), r);
        }
    }

    private void calls(int count, List<Trunk> trunks) {
        Instant now = state.clock().now();
        long spacingMillis = count == 0 ? 0 : Duration.ofHours(24).toMillis() / (count + 1L);
        for (int i = 0; i < count; i++) {
            Trunk t = trunks.isEmpty() ? null : trunks.get(i % trunks.size());
            CallSeed.Builder b = CallSeed.builder()
                    .projectId(project.projectId())
                    .direction(i % 2 == 0 ? "OUTBOUND" : "INBOUND")
                    .from("+1202555" + String.format("%04d", i % 10_000))
                    .to("+1646555" + String.format("%04d", (i * 7) % 10_000))
                    .createTime(now.minusMillis(spacingMillis * (i + 1L)))
                    .withPcap(false);
            if (t != null) {
                b.trunkId(t.id()).trunkName(t.name());
            }
            project.calls().add(CallRecords.fromSeed(b.build(), project.projectId(), now, state.ids()));
        }
    }
}
