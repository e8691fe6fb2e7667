package dev.estsdk.testkit.internal;

import dev.estsdk.testkit.CallSeed;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Everything an {@code EstSimulator.Builder} collected, frozen. The seeded parts are what
 * {@code reset()} restores.
 *
 * @param port HTTP port, 0 for a free one
 * @param projectId the main project
 * @param keyId access key id
 * @param keySecret access key secret
 * @param tokenTtl lifetime of issued tokens
 * @param initialInstant the clock's start
 * @param ticker real time in nanoseconds for a clock that also follows real time, or null for a
 *     clock that moves only when advanced
 * @param propagationDelay how long a change takes to reach the SIP edge
 * @param sipDomainSuffix the trunks' top-level domain, e.g. {@code pstn.sinch.com}
 * @param ownedNumbers per project, the E.164 numbers it owns
 * @param extraProjects projects besides the main one
 * @param calls call records to seed
 * @param sampleCalls whether to seed a set of sample calls into the main project
 * @param generated generated resources to seed into the main project, in force from the start
 */
public record SimulatorSettings(int port, String projectId, String keyId, String keySecret, Duration tokenTtl,
        Instant initialInstant, LongSupplier ticker, Duration propagationDelay, String sipDomainSuffix,
        Map<String, List<String>> ownedNumbers, List<String> extraProjects, List<CallSeed> calls,
        boolean sampleCalls, SeedSpec generated) {

    /** Copies the collections. */
    public SimulatorSettings {
        ownedNumbers = Map.copyOf(ownedNumbers);
        extraProjects = List.copyOf(extraProjects);
        calls = List.copyOf(calls);
        generated = generated == null ? SeedSpec.NONE : generated;
    }

    /**
     * Settings without generated resources.
     *
     * @param port HTTP port, 0 for a free one
     * @param projectId the main project
     * @param keyId access key id
     * @param keySecret access key secret
     * @param tokenTtl lifetime of issued tokens
     * @param initialInstant the clock's start
     * @param ticker real time in nanoseconds, or null for a manual clock
     * @param propagationDelay how long a change takes to reach the SIP edge
     * @param sipDomainSuffix the trunks' top-level domain
     * @param ownedNumbers per project, the E.164 numbers it owns
     * @param extraProjects projects besides the main one
     * @param calls call records to seed
     * @param sampleCalls whether to seed a set of sample calls into the main project
     */
    public SimulatorSettings(int port, String projectId, String keyId, String keySecret, Duration tokenTtl,
            Instant initialInstant, LongSupplier ticker, Duration propagationDelay, String sipDomainSuffix,
            Map<String, List<String>> ownedNumbers, List<String> extraProjects, List<CallSeed> calls,
            boolean sampleCalls) {
        this(port, projectId, keyId, keySecret, tokenTtl, initialInstant, ticker, propagationDelay, sipDomainSuffix,
                ownedNumbers, extraProjects, calls, sampleCalls, SeedSpec.NONE);
    }
}
