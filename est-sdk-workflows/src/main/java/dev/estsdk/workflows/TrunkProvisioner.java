package dev.estsdk.workflows;

import dev.estsdk.api.EstApi;
import dev.estsdk.api.Sleeper;
import dev.estsdk.api.exception.EstException;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import dev.estsdk.api.model.FieldRules;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Provisions trunks from {@link ProvisioningPlan}s in dependency order, and looks after them:
 * waits for propagation, tears them down, assigns numbers in bulk and diagnoses them. Works on
 * any {@link Carrier}, Sinch ({@link #of(EstApi)}, {@link Carrier#sinch(EstApi)}) or Twilio
 * ({@link Carrier#twilio(dev.estsdk.twilio.TwilioApi)}), with the same guarantees; a plan asking
 * for what the carrier lacks is refused before any request. Immutable and thread-safe (each call
 * is its own run).
 *
 * <pre>{@code
 * TrunkProvisioner provisioner = TrunkProvisioner.of(est);   // or of(Carrier.twilio(twilio))
 * ProvisioningResult result = provisioner.apply(plan);   // trunk, lists, links, endpoints, numbers
 * result.awaitPropagation();                             // one wait, from the last change
 * // ... send SIP traffic to result.domain() ...
 * provisioner.teardown(result.trunkId(), ListCleanup.DELETE_UNUSED_LISTS);
 * }</pre>
 *
 * <p>Time is read from the injected {@link Clock} and waits go through the injected
 * {@link Sleeper}, so tests can run on a virtual clock.
 */
public final class TrunkProvisioner {

    /** How long a change takes to reach the SIP edge unless configured: 60 seconds. */
    public static final Duration DEFAULT_PROPAGATION_WINDOW = Duration.ofSeconds(60);

    /** The domain suffix of trunks unless configured: {@code pstn.sinch.com}. */
    public static final String DEFAULT_SIP_DOMAIN_SUFFIX = "pstn.sinch.com";

    /** How many numbers a bulk run changes at once unless configured: 8. */
    public static final int DEFAULT_BULK_CONCURRENCY = 8;

    /** The most numbers a bulk run changes at once. */
    public static final int MAX_BULK_CONCURRENCY = 64;

    /** How many read-modify-write attempts {@link #modifier()} makes unless configured: 3. */
    public static final int DEFAULT_MAX_MODIFY_ATTEMPTS = 3;

    private final Settings settings;

    private TrunkProvisioner(Settings settings) {
        this.settings = settings;
    }

    /**
     * A Sinch provisioner with every default: system clock, real sleeping, a 60-second window.
     *
     * @param api the API, e.g. an {@code EstClient}
     * @return the provisioner
     * @throws NullPointerException if api is null
     */
    public static TrunkProvisioner of(EstApi api) {
        return builder(api).build();
    }

    /**
     * Starts configuring a Sinch provisioner.
     *
     * @param api the API, e.g. an {@code EstClient}
     * @return a builder
     * @throws NullPointerException if api is null
     */
    public static Builder builder(EstApi api) {
        return new Builder(Carrier.sinch(Objects.requireNonNull(api, "api")));
    }

    /**
     * A provisioner on a carrier with every default: system clock, real sleeping, the carrier's
     * propagation window.
     *
     * @param carrier the carrier
     * @return the provisioner
     * @throws NullPointerException if carrier is null
     */
    public static TrunkProvisioner of(Carrier carrier) {
        return builder(carrier).build();
    }

    /**
     * Starts configuring a provisioner on a carrier.
     *
     * @param carrier the carrier
     * @return a builder
     * @throws NullPointerException if carrier is null
     */
    public static Builder builder(Carrier carrier) {
        return new Builder(carrier);
    }

    /**
     * The carrier this provisioner provisions on.
     *
     * @return the carrier
     */
    public Carrier carrier() {
        return settings.carrier();
    }

    /**
     * Dry run: reads the server and returns the writes {@link #apply(ProvisioningPlan)} would make,
     * in order, without writing. An empty list means the trunk already matches the plan.
     *
     * @param plan the plan
     * @return the changes, unmodifiable; ids are those of existing resources, null for new ones;
     *         each with its fields before and after ({@link Change#fields()})
     * @throws UnsupportedCapabilityException if the plan asks for what the carrier lacks (before
     *                                any request)
     * @throws EstValidationException if an existing list of the plan lacks a registered
     *                                endpoint's username
     * @throws EstException           if a read fails
     */
    public List<Change> plan(ProvisioningPlan plan) {
        return Apply.read(settings, Objects.requireNonNull(plan, "plan")).changes();
    }

    /**
     * Compares the plan with what is live, field by field, without writing: the writes
     * {@link #apply(ProvisioningPlan)} would make, each with its fields before and after, and the
     * resources on the trunk the plan does not mention (apply leaves those alone).
     *
     * @param plan the plan
     * @return the drift; {@link Drift#inSync()} when the trunk matches the plan exactly
     * @throws EstValidationException if the plan asks for what the carrier lacks, or an existing
     *                                list of the plan lacks a registered endpoint's username
     * @throws EstException           if a read fails
     */
    public Drift drift(ProvisioningPlan plan) {
        return Apply.read(settings, Objects.requireNonNull(plan, "plan")).drift();
    }

    /**
     * Reads a live trunk into a plan document: its name and host, the lists linked to it (ranges,
     * usernames with passwords as {@code ${env:…}} references, never values), its endpoints (on
     * Twilio its origination URLs, with weights other than 10), its numbers and its Twilio options.
     * The order is fixed, so that export, apply to an empty account or project (after resolving the
     * references), export gives an equal document.
     *
     * @param trunkId the trunk
     * @return the document
     * @throws EstException if a read fails (a missing trunk: {@code NotFoundException})
     */
    public PlanDocument export(String trunkId) {
        return new Export(settings, Objects.requireNonNull(trunkId, "trunkId")).run();
    }

    /**
     * Makes the trunk match the plan, in dependency order: trunk, access control lists and
     * credential lists, their links to the trunk, endpoints, phone numbers. Idempotent: the trunk
     * is found by its domain, what is missing is created, what differs is updated, the rest is
     * left alone; applying the same plan again makes no write. Resources are matched by name
     * (lists among those linked to the trunk, endpoints among the trunk's). Resources on the trunk
     * that the plan does not mention (endpoints or origination URLs, linked lists, numbers) are
     * left alone: {@link #drift(ProvisioningPlan)} lists them as unmanaged. On Twilio, numbers are
     * found by their E.164 form among the account's (one the account does not own is refused
     * before the first write, never bought) and each endpoint becomes an origination URL.
     *
     * <p>When a step fails, what this run created is deleted in reverse order before the
     * exception is thrown (a number the run assigned is unassigned, even if it was on another
     * trunk before; updates to resources that already existed stay). A create whose outcome is
     * unknown (the request may have reached the server) is looked up first, so that it is rolled
     * back too.
     *
     * @param plan the plan
     * @return what was done, with the SIP domain to use
     * @throws UnsupportedCapabilityException if the plan asks for what the carrier lacks (before
     *                                any request)
     * @throws EstValidationException if an existing list of the plan lacks a registered
     *                                endpoint's username, or the plan breaks a rule of the carrier
     *                                (found before any write)
     * @throws ProvisioningException  if a write fails; names what was rolled back and what not
     * @throws EstException           if a read before the first write fails
     */
    public ProvisioningResult apply(ProvisioningPlan plan) {
        return Apply.read(settings, Objects.requireNonNull(plan, "plan")).execute(this);
    }

    /** {@link ProvisioningResult#awaitPropagation()}, on this provisioner's clock and sleeper. */
    PropagationReport awaitPropagation(ProvisioningResult result) {
        return new Propagation(settings).await(Objects.requireNonNull(result, "result"));
    }

    /**
     * Removes a trunk and what hangs on it, discovered from the server, in reverse order:
     * unassign numbers, delete endpoints (origination URLs on Twilio), unlink lists, delete the
     * trunk. Lists are kept. A 404 counts as already gone; a trunk that no longer exists is a
     * no-op.
     *
     * @param trunkId the trunk
     * @return what was removed
     * @throws TeardownException if something could not be removed (the rest was)
     * @throws EstException     if discovering what hangs on the trunk fails
     */
    public TeardownResult teardown(String trunkId) {
        return teardown(trunkId, ListCleanup.KEEP_LISTS);
    }

    /**
     * Removes a trunk and what hangs on it, like {@link #teardown(String)}, and optionally deletes
     * the unlinked lists no other trunk uses (on Twilio, which has no reverse lookup, every
     * trunk's associations are read to tell).
     *
     * @param trunkId the trunk
     * @param cleanup what to do with the unlinked lists
     * @return what was removed and which lists were kept
     * @throws TeardownException if something could not be removed (the rest was)
     * @throws EstException     if discovering what hangs on the trunk fails
     */
    public TeardownResult teardown(String trunkId, ListCleanup cleanup) {
        Objects.requireNonNull(trunkId, "trunkId");
        return new Teardown(settings, trunkId, Objects.requireNonNull(cleanup, "cleanup")).run();
    }

    /**
     * Starts a step-by-step session that refuses steps out of order. Sinch only.
     *
     * @return a new session
     * @throws WorkflowException on another carrier
     */
    public ProvisioningSteps steps() {
        settings.sinchApi("steps()");
        return new ProvisioningSteps(settings, this);
    }

    /**
     * Read-modify-write of single resources with this provisioner's attempt limit. Sinch only.
     *
     * @return the modifier
     * @throws WorkflowException on another carrier
     */
    public ResourceModifier modifier() {
        return ResourceModifier.of(settings.sinchApi("modifier()"), settings.maxModifyAttempts());
    }

    /**
     * Assigns many numbers to a trunk, at most the configured concurrency at once, slowing down
     * when the server answers 429. Every number is attempted exactly until it is assigned or
     * fails; none is assigned twice.
     *
     * @param trunkId the trunk
     * @param numbers E.164 numbers
     * @return which numbers succeeded and which failed
     * @throws EstValidationException if a number is not E.164 (before any request)
     */
    public BulkResult assignNumbers(String trunkId, Collection<String> numbers) {
        Objects.requireNonNull(trunkId, "trunkId");
        return new BulkNumbers(settings).assign(trunkId, numbers);
    }

    /**
     * Removes many numbers from their trunks, like {@link #assignNumbers(String, Collection)}.
     *
     * @param numbers E.164 numbers
     * @return which numbers succeeded and which failed
     * @throws EstValidationException if a number is not E.164 (before any request)
     */
    public BulkResult unassignNumbers(Collection<String> numbers) {
        return new BulkNumbers(settings).unassign(numbers);
    }

    /**
     * Checks a trunk against the EST troubleshooting table: no linked outbound auth, a credential
     * list not linked for a registered endpoint, no enabled endpoint, no numbers assigned,
     * changes younger than the propagation window.
     *
     * @param trunkId the trunk
     * @return the findings, each with the SIP symptom it causes and the fix
     * @throws EstException if a read fails (a missing trunk: {@code NotFoundException})
     */
    public Diagnosis check(String trunkId) {
        return new TrunkCheck(settings, Objects.requireNonNull(trunkId, "trunkId")).run();
    }

    /**
     * The propagation window this provisioner waits for.
     *
     * @return the window
     */
    public Duration propagationWindow() {
        return settings.propagationWindow();
    }

    /** Configures a {@link TrunkProvisioner}. Not thread-safe. */
    public static final class Builder {
        private final Carrier carrier;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        private @Nullable Duration propagationWindow;
        private ProvisioningListener listener = ProvisioningListener.none();
        private @Nullable String sipDomainSuffix;
        private int bulkConcurrency = DEFAULT_BULK_CONCURRENCY;
        private int maxModifyAttempts = DEFAULT_MAX_MODIFY_ATTEMPTS;

        private Builder(Carrier carrier) {
            this.carrier = Objects.requireNonNull(carrier, "carrier");
        }

        /**
         * Sets the clock the propagation window is measured on.
         *
         * @param clock the clock; the system UTC clock unless set
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets how waits happen (propagation, throttling).
         *
         * @param sleeper the sleeper; {@link Sleeper#system()} unless set
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /**
         * Sets how long a change takes to reach the SIP edge.
         *
         * @param window zero or more; the carrier's ({@link Carrier#propagationWindow()}: 60 seconds
         *               on Sinch, zero on Twilio) unless set (checked by {@link #build()})
         * @return this builder
         */
        public Builder propagationWindow(Duration window) {
            this.propagationWindow = Objects.requireNonNull(window, "window");
            return this;
        }

        /**
         * Sets who receives one event per step.
         *
         * @param listener the listener; none unless set
         * @return this builder
         */
        public Builder listener(ProvisioningListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Sets the trunks' SIP domain suffix, used to find a trunk by its domain. Sinch only:
         * Twilio trunks always live under {@code pstn.twilio.com}.
         *
         * @param suffix a DNS name such as {@code pstn.sinch.com} (the default; checked by
         *               {@link #build()})
         * @return this builder
         */
        public Builder sipDomainSuffix(String suffix) {
            this.sipDomainSuffix = Objects.requireNonNull(suffix, "suffix");
            return this;
        }

        /**
         * Sets how many numbers a bulk run changes at once at most.
         *
         * @param concurrency 1 to 64; 8 unless set (checked by {@link #build()})
         * @return this builder
         */
        public Builder bulkConcurrency(int concurrency) {
            this.bulkConcurrency = concurrency;
            return this;
        }

        /**
         * Sets how many read-modify-write attempts {@link #modifier()} makes when the resource
         * keeps changing between read and write.
         *
         * @param attempts 1 to 10; 3 unless set (checked by {@link #build()})
         * @return this builder
         */
        public Builder maxModifyAttempts(int attempts) {
            this.maxModifyAttempts = attempts;
            return this;
        }

        /**
         * Checks every setting and builds the provisioner.
         *
         * @return the provisioner
         * @throws EstValidationException listing every setting that breaks its rule: a negative
         *         propagation window, a SIP domain suffix that is not a DNS name (or any on Twilio),
         *         a bulk concurrency outside 1 to 64, modify attempts outside 1 to 10
         */
        public TrunkProvisioner build() {
            List<FieldViolation> violations = new ArrayList<>();
            Duration window = propagationWindow != null ? propagationWindow : carrier.propagationWindow();
            if (window.isNegative()) {
                violations.add(new FieldViolation("propagationWindow", "must not be negative (was " + window + ")"));
            }
            Carrier effective = carrier;
            if (sipDomainSuffix != null) {
                Optional<String> broken = FieldRules.domainName(sipDomainSuffix);
                if (broken.isPresent()) {
                    violations.add(new FieldViolation("sipDomainSuffix", broken.get()));
                } else if (carrier instanceof SinchCarrier sinch) {
                    effective = new SinchCarrier(sinch.api(), sipDomainSuffix);
                } else {
                    violations.add(new FieldViolation("sipDomainSuffix", "is a Sinch setting: "
                            + carrier.displayName() + " trunks live under " + carrier.sipDomain("{host}")));
                }
            }
            if (bulkConcurrency < 1 || bulkConcurrency > MAX_BULK_CONCURRENCY) {
                violations.add(new FieldViolation("bulkConcurrency", "must be between 1 and " + MAX_BULK_CONCURRENCY
                        + " (was " + bulkConcurrency + ")"));
            }
            ResourceModifier.attemptsRule(maxModifyAttempts)
                    .ifPresent(rule -> violations.add(new FieldViolation("maxModifyAttempts", rule)));
            if (!violations.isEmpty()) {
                throw new EstValidationException("TrunkProvisioner", violations);
            }
            return new TrunkProvisioner(new Settings(effective, clock, sleeper, window, listener,
                    bulkConcurrency, maxModifyAttempts));
        }
    }
}
