package dev.estsdk.benchmarks.run;

import dev.estsdk.benchmarks.Targets;
import dev.estsdk.benchmarks.report.Goal;
import dev.estsdk.benchmarks.report.Measurement;
import dev.estsdk.benchmarks.report.SectionResult;
import dev.estsdk.client.EstClient;
import dev.estsdk.testkit.EstSimulator;
import dev.estsdk.workflows.PropagationReport;
import dev.estsdk.workflows.ProvisioningPlan;
import dev.estsdk.workflows.ProvisioningResult;
import dev.estsdk.workflows.TrunkAuth;
import dev.estsdk.workflows.TrunkProvisioner;
import dev.estsdk.workflows.Workflow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Row 5: a workflow C plan applied with the SDK to a fresh simulated project. Counted, not
 * timed: the API requests the apply sent (from the simulator's journal) against
 * {@link MinimumRequests}, and the propagation waits of one apply followed by
 * {@code awaitPropagation()} (from a sleeper on the simulator's virtual clock).
 */
final class WorkflowSection implements Section {

    static final Goal REQUESTS_GOAL = Goal.equalTo(1);
    static final Goal WAITS_GOAL = Goal.equalTo(1);

    private static final List<String> NUMBERS = List.of("+12025550101", "+12025550102", "+12025550103",
            "+12025550104", "+12025550105");

    @Override
    public String title() {
        return "5. Workflow cost";
    }

    @Override
    public List<RowSpec> rows() {
        return List.of(new RowSpec("5a", "Workflow C apply: requests", REQUESTS_GOAL),
                new RowSpec("5b", "Propagation waits per apply", WAITS_GOAL));
    }

    static ProvisioningPlan plan() {
        return ProvisioningPlan.builder()
                .trunk(t -> t.name("Acme HQ").hostName("acme-hq"))
                .outboundAuth(TrunkAuth.acl(a -> a.name("HQ SBC").ipRange("203.0.113.10", 32).ipRange("198.51.100.0", 24)))
                .staticEndpoint(e -> e.name("sbc-1").address("203.0.113.10").priority(1))
                .staticEndpoint(e -> e.name("sbc-2").address("203.0.113.11").priority(2))
                .phoneNumbers(NUMBERS)
                .build();
    }

    @Override
    public SectionResult run() {
        ProvisioningPlan plan = plan();
        if (plan.workflow() != Workflow.C) {
            throw new IllegalStateException("the plan is workflow " + plan.workflow() + ", expected C");
        }
        MinimumRequests minimum = new MinimumRequests(1, plan.endpoints().size(), plan.phoneNumbers().size());
        try (EstSimulator sim = EstSimulator.builder().ownedNumbers(NUMBERS.toArray(String[]::new)).sampleCalls(false).start();
             EstClient sdk = Targets.sdk(sim.baseUrl(), sim.projectId(), sim.keyId(), sim.keySecret())) {
            SimulatorTime time = new SimulatorTime(sim);
            TrunkProvisioner provisioner = TrunkProvisioner.builder(sdk).clock(time).sleeper(time).build();

            sim.wireMock().resetRequests();
            ProvisioningResult result = provisioner.apply(plan);
            Journal apply = Journal.of(sim);
            int waitsInApply = time.waits().size();

            sim.wireMock().resetRequests();
            PropagationReport propagation = result.awaitPropagation();
            Journal verify = Journal.of(sim);
            List<Duration> waits = time.waits();

            sim.wireMock().resetRequests();
            ProvisioningResult again = provisioner.apply(plan);
            Journal second = Journal.of(sim);

            Measurement requests = Measurement.of("5a", "Workflow C apply: requests", String.valueOf(apply.size()),
                    String.valueOf(minimum.total()), (double) apply.size() / minimum.total(),
                    apply.size() + " / " + minimum.total(), REQUESTS_GOAL,
                    "API requests the first `apply` of a workflow C plan (1 ACL with 2 ranges, 2 static endpoints, "
                            + NUMBERS.size() + " numbers) sent to a fresh simulated project, over the minimum the API "
                            + "needs for that plan (derived below); ratio 1 means no request is wasted.");
            Measurement propagationWaits = Measurement.of("5b", "Propagation waits per apply", String.valueOf(waits.size()),
                    "1", waits.size(), String.valueOf(waits.size()), WAITS_GOAL,
                    "waits asked of the sleeper by `apply` (" + waitsInApply + ") and then `awaitPropagation()` ("
                            + (waits.size() - waitsInApply) + "): " + waits + ". The goal is one wait for the whole apply, "
                            + "however many links, endpoints and numbers it changed.");
            List<String> details = new ArrayList<>();
            details.add("Minimum for this plan on a fresh project:");
            details.add("");
            details.addAll(minimum.derivation());
            details.add("");
            details.add("Sent by `apply` (from the simulator's request journal):");
            details.add("");
            table(details, apply.byOperation());
            details.add("");
            details.add("`awaitPropagation()` then verified with " + verify.size() + " GETs "
                    + verify.byOperation() + " (" + propagation.verified() + ") and waited " + propagation.waited()
                    + " on the virtual clock.");
            details.add("");
            details.add("A second `apply` of the same plan sent " + second.size() + " requests, " + second.writes()
                    + " of them writes (unchanged: " + again.isUnchanged() + "): " + second.byOperation() + ".");
            return new SectionResult(title(), List.of(requests, propagationWaits), details, Double.NaN);
        }
    }

    private static void table(List<String> details, Map<String, Long> counts) {
        details.add("| request | count |");
        details.add("|---|--:|");
        counts.forEach((operation, count) -> details.add("| `" + operation + "` | " + count + " |"));
    }
}
