package dev.estsdk.workflows;

import dev.estsdk.api.exception.EstException;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import dev.estsdk.api.exception.NotFoundException;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Moves a trunk from one carrier (or project, or account) to another: exports the source trunk
 * into a {@link PlanDocument}, provisions it on the target, verifies the target trunk and, when
 * asked, tears the source down. Numbers cannot move between carriers by API: each source number
 * is either mapped to a number the target owns ({@link Builder#numberMapping}), kept when the
 * target owns it already (another project of the same carrier), or reported as needing a port
 * ({@link MigrationResult#numbersToPort()}); all of this is decided by reading only, before the
 * first write.
 *
 * <pre>{@code
 * MigrationResult moved = Migration.from(TrunkProvisioner.of(Carrier.sinch(est)))
 *     .to(TrunkProvisioner.of(Carrier.twilio(twilio)))
 *     .secrets(SecretResolver.environment())          // passwords cannot be read back
 *     .numberMapping(Map.of("+12025550101", "+14155550101"))
 *     .teardownSource(true)
 *     .run(sinchTrunkId);
 * moved.target().domain();                            // acme-pbx.pstn.twilio.com
 * }</pre>
 *
 * <p>Carrier redundancy is the same plan applied to both carriers; a migration is that plus the
 * teardown. Immutable and thread-safe once built; {@link Builder} is not thread-safe.
 */
public final class Migration {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");

    private final TrunkProvisioner source;
    private final TrunkProvisioner target;
    private final SecretResolver secrets;
    private final Map<String, String> numberMapping;
    private final boolean teardownSource;
    private final boolean awaitPropagation;

    private Migration(Builder b, TrunkProvisioner target) {
        this.source = b.source;
        this.target = target;
        this.secrets = b.secrets;
        this.numberMapping = Map.copyOf(b.numberMapping);
        this.teardownSource = b.teardownSource;
        this.awaitPropagation = b.awaitPropagation;
    }

    /**
     * Starts a migration away from a trunk provisioned through {@code source}.
     *
     * @param source the provisioner of the carrier the trunk is on now
     * @return a new builder
     */
    public static Builder from(TrunkProvisioner source) {
        return new Builder(Objects.requireNonNull(source, "source"));
    }

    /**
     * Runs the migration of one trunk.
     *
     * <ol>
     *   <li>Exports the source trunk (reads only).</li>
     *   <li>Maps its numbers and asks the target which of the rest it owns (reads only); a number
     *       neither mapped nor owned is left out of the target plan and reported as needing a
     *       port.</li>
     *   <li>Resolves the password references with the secret resolver and validates the plan
     *       for the target carrier (e.g. registered endpoints are refused on Twilio).</li>
     *   <li>Applies the plan on the target (idempotent; rolled back on failure), waits for its
     *       propagation if the carrier has a delay, and checks the new trunk.</li>
     *   <li>Tears the source down (unlinking and deleting its lists no other trunk uses) only if
     *       asked, the target check found no error and no number waits for a port (it keeps
     *       taking calls on the source until then); otherwise the source is left as it was and
     *       {@link MigrationResult#sourceKeptBecause()} says why.</li>
     * </ol>
     *
     * @param sourceTrunkId the trunk on the source carrier
     * @return what was exported, provisioned, verified and torn down
     * @throws EstValidationException        before any write: a mapping that names a number not
     *                                       on the source trunk or not owned by the target, an
     *                                       unset password variable, a plan the target refuses
     * @throws UnsupportedCapabilityException before any write: the trunk uses what the target
     *                                       carrier lacks
     * @throws ProvisioningException         if a write on the target fails (rolled back; the
     *                                       source is untouched)
     * @throws TeardownException             if the source could not be fully removed (the target
     *                                       is provisioned)
     * @throws EstException                  if a read fails
     */
    public MigrationResult run(String sourceTrunkId) {
        Objects.requireNonNull(sourceTrunkId, "sourceTrunkId");
        PlanDocument exported = source.export(sourceTrunkId);

        List<FieldViolation> violations = new ArrayList<>();
        numberMapping.keySet().stream().filter(n -> !exported.phoneNumbers().contains(n)).sorted().forEach(n ->
                violations.add(new FieldViolation("numberMapping[" + n + "]", "is not a number of the source trunk "
                        + sourceTrunkId + " (its numbers: " + exported.phoneNumbers() + ")")));
        List<String> targetNumbers = new ArrayList<>();
        List<String> toPort = new ArrayList<>();
        Map<String, String> applied = new LinkedHashMap<>();
        for (String number : exported.phoneNumbers()) {
            String mapped = numberMapping.get(number);
            if (mapped != null) {
                if (!owns(target.carrier(), mapped)) {
                    violations.add(new FieldViolation("numberMapping[" + number + "]", "maps to " + mapped
                            + ", which the " + target.carrier().displayName() + " target does not own: buy or "
                            + "port it first"));
                }
                applied.put(number, mapped);
                targetNumbers.add(mapped);
            } else if (owns(target.carrier(), number)) {
                targetNumbers.add(number);
            } else {
                toPort.add(number);
            }
        }
        if (!violations.isEmpty()) {
            throw new EstValidationException("Migration", violations);
        }

        PlanDocument forTarget = new PlanDocument(exported.version(), exported.trunk(), exported.direction(),
                exported.accessControlLists(), exported.credentialLists(), exported.endpoints(), targetNumbers,
                exported.twilio());
        ProvisioningPlan plan = forTarget.toPlan(secrets);
        ProvisioningResult provisioned = target.apply(plan);
        if (awaitPropagation) {
            provisioned.awaitPropagation();
        }
        Diagnosis diagnosis = target.check(provisioned.trunkId());

        TeardownResult teardown = null;
        String kept = null;
        if (!teardownSource) {
            kept = "teardownSource was not asked for";
        } else if (!diagnosis.isHealthy()) {
            kept = "the target trunk has errors: " + diagnosis.findings();
        } else if (!toPort.isEmpty()) {
            kept = "numbers " + toPort + " stay on it until they are ported to " + target.carrier().displayName()
                    + ": tear it down after the port";
        } else {
            teardown = source.teardown(sourceTrunkId, ListCleanup.DELETE_UNUSED_LISTS);
        }
        return new MigrationResult(exported, provisioned, diagnosis, List.copyOf(toPort), applied, teardown, kept);
    }

    /** Whether the carrier's account or project holds the number (reads only). */
    private static boolean owns(Carrier carrier, String e164) {
        if (carrier instanceof TwilioCarrier twilio) {
            return twilio.api().incomingPhoneNumbers().findByPhoneNumber(e164).isPresent();
        }
        try {
            ((SinchCarrier) carrier).api().phoneNumbers().get(e164);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /**
     * Describes the migration's settings; the secret resolver is not shown.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "Migration[from=" + source.carrier().id() + ", to=" + target.carrier().id() + ", numberMapping="
                + numberMapping + ", teardownSource=" + teardownSource + "]";
    }

    /**
     * Collects a migration's settings; {@link #run(String)} validates them and runs it. Not
     * thread-safe.
     */
    public static final class Builder {
        private final TrunkProvisioner source;
        private @Nullable TrunkProvisioner target;
        private SecretResolver secrets = SecretResolver.environment();
        private final Map<String, String> numberMapping = new LinkedHashMap<>();
        private boolean teardownSource;
        private boolean awaitPropagation = true;

        private Builder(TrunkProvisioner source) {
            this.source = source;
        }

        /**
         * Sets where the trunk goes.
         *
         * @param target the provisioner of the target carrier (or project, or account)
         * @return this builder
         */
        public Builder to(TrunkProvisioner target) {
            this.target = Objects.requireNonNull(target, "target");
            return this;
        }

        /**
         * Sets where the passwords come from: carriers never return them, so the exported plan
         * holds references ({@code ${env:EST_SIP_PASSWORD_ALICE}}) that this resolves.
         *
         * @param secrets the resolver; {@link SecretResolver#environment()} unless set
         * @return this builder
         */
        public Builder secrets(SecretResolver secrets) {
            this.secrets = Objects.requireNonNull(secrets, "secrets");
            return this;
        }

        /**
         * Maps source numbers to target numbers (replacing earlier mappings of the same source
         * number). A source number not mapped is kept if the target owns it, else reported as
         * needing a port.
         *
         * @param mapping source E.164 number to target E.164 number
         * @return this builder
         */
        public Builder numberMapping(Map<String, String> mapping) {
            numberMapping.putAll(Objects.requireNonNull(mapping, "mapping"));
            return this;
        }

        /**
         * Whether to remove the source trunk once the target trunk is provisioned, its check
         * finds no error and every number has moved (none waits for a port). Off unless set.
         *
         * @param teardown true to remove the source trunk and its unused lists
         * @return this builder
         */
        public Builder teardownSource(boolean teardown) {
            this.teardownSource = teardown;
            return this;
        }

        /**
         * Whether to wait for the target carrier's propagation delay before checking the target
         * trunk (on the target provisioner's clock and sleeper). On unless set.
         *
         * @param await false to check at once
         * @return this builder
         */
        public Builder awaitPropagation(boolean await) {
            this.awaitPropagation = await;
            return this;
        }

        /**
         * Validates the settings and runs the migration; see {@link Migration#run(String)}.
         *
         * @param sourceTrunkId the trunk on the source carrier
         * @return the result
         * @throws EstValidationException if no target is set or a mapping is not E.164 (no
         *                                request has been made), or as {@link Migration#run}
         */
        public MigrationResult run(String sourceTrunkId) {
            return build().run(sourceTrunkId);
        }

        /**
         * Validates the settings.
         *
         * @return the migration, to run on several trunks
         * @throws EstValidationException naming every problem: no target, mappings that are not
         *                                E.164
         */
        public Migration build() {
            List<FieldViolation> violations = new ArrayList<>();
            TrunkProvisioner chosen = target;
            if (chosen == null) {
                violations.add(new FieldViolation("to", "is required: to(TrunkProvisioner.of(Carrier.twilio(...)))"));
            }
            numberMapping.forEach((from, to) -> {
                if (from == null || !E164.matcher(from).matches()) {
                    violations.add(new FieldViolation("numberMapping", "keys must be E.164 numbers such as "
                            + "+12025550101 (was \"" + from + "\")"));
                }
                if (to == null || !E164.matcher(to).matches()) {
                    violations.add(new FieldViolation("numberMapping[" + from + "]", "must be an E.164 number such "
                            + "as +14155550101 (was \"" + to + "\")"));
                }
            });
            if (!violations.isEmpty() || chosen == null) {
                throw new EstValidationException("Migration", violations);
            }
            return new Migration(this, chosen);
        }
    }
}
