package dev.estsdk.examples;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every example, by the short name {@code est example NAME} runs it under. Each entry names the
 * main class to read.
 */
public enum ExampleCatalog {

    /** {@link OutboundTrunkWithAcl}. */
    WORKFLOW_A("workflow-a", OutboundTrunkWithAcl.class, "", "Workflow A: outbound calls, PBX recognised by its IP",
            args -> OutboundTrunkWithAcl::run),
    /** {@link InboundTrunkWithStaticEndpoint}. */
    WORKFLOW_B("workflow-b", InboundTrunkWithStaticEndpoint.class, "",
            "Workflow B: inbound calls to a PBX at a fixed address", args -> InboundTrunkWithStaticEndpoint::run),
    /** {@link BidirectionalTrunk}. */
    WORKFLOW_C("workflow-c", BidirectionalTrunk.class, "", "Workflow C: inbound and outbound on one trunk",
            args -> BidirectionalTrunk::run),
    /** {@link InboundTrunkWithRegisteredEndpoint}. */
    WORKFLOW_D("workflow-d", InboundTrunkWithRegisteredEndpoint.class, "",
            "Workflow D: inbound calls to a PBX that registers", args -> InboundTrunkWithRegisteredEndpoint::run),
    /** {@link OutboundTrunkWithCredentials}. */
    WORKFLOW_E("workflow-e", OutboundTrunkWithCredentials.class, "",
            "Workflow E: outbound calls authorised by SIP digest", args -> OutboundTrunkWithCredentials::run),
    /** {@link TeardownTrunk}. */
    TEARDOWN("teardown", TeardownTrunk.class, "[trunkId]", "Remove a trunk and what hangs on it, in reverse order",
            TeardownTrunk::withArgs),
    /** {@link ModifyTrunkAndEndpoint}. */
    MODIFY("modify", ModifyTrunkAndEndpoint.class, "", "Change one field of a trunk and an endpoint, keep the rest",
            args -> ModifyTrunkAndEndpoint::run),
    /** {@link DiagnoseTrunk}. */
    DIAGNOSE("diagnose", DiagnoseTrunk.class, "[trunkId]", "Find what makes a trunk's calls fail, with the fix",
            DiagnoseTrunk::withArgs),
    /** {@link ExportCallRecords}. */
    CALL_RECORDS("call-records", ExportCallRecords.class, "[directory]",
            "Search the last 24 hours' completed calls and export them to CSV", ExportCallRecords::withArgs),
    /** {@link EnableCountryPermission}. */
    COUNTRY_PERMISSION("country-permission", EnableCountryPermission.class, "[isoCode]",
            "Enable outbound calls to a country (default SE)", EnableCountryPermission::withArgs);

    private final String name;
    private final Class<?> mainClass;
    private final String arguments;
    private final String task;
    private final Function<String[], Example> factory;

    ExampleCatalog(String name, Class<?> mainClass, String arguments, String task,
            Function<String[], Example> factory) {
        this.name = name;
        this.mainClass = mainClass;
        this.arguments = arguments;
        this.task = task;
        this.factory = factory;
    }

    /**
     * Returns the short name, e.g. {@code workflow-c}.
     *
     * @return the short name, e.g. {@code workflow-c}
     */
    public String exampleName() {
        return name;
    }

    /**
     * Returns the class whose {@code main} runs the example.
     *
     * @return the class whose {@code main} runs the example
     */
    public Class<?> mainClass() {
        return mainClass;
    }

    /**
     * Returns the optional arguments, e.g. {@code [trunkId]}, or empty.
     *
     * @return the optional arguments, e.g. {@code [trunkId]}, or empty
     */
    public String arguments() {
        return arguments;
    }

    /**
     * Returns what the example does, in one line.
     *
     * @return what the example does, in one line
     */
    public String task() {
        return task;
    }

    /**
     * Returns the example to run.
     *
     * @param args the example's arguments, as its {@code main} takes them
     * @return the example to run
     */
    public Example example(String... args) {
        return factory.apply(args);
    }

    /**
     * Returns the example of that name.
     *
     * @param name a short name such as {@code workflow-c}
     * @return the example of that name
     */
    public static Optional<ExampleCatalog> find(String name) {
        return Arrays.stream(values()).filter(e -> e.name.equals(name)).findFirst();
    }
}
