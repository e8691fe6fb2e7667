package dev.estsdk.buildtests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolvedModule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The module descriptors in the built jars: names, exports, opens, and that the graph resolves. */
class ModuleDescriptorsIT {

    /** Each published module's exports: package to the modules it is exported to ("*" for all). */
    private static final Map<String, Map<String, Set<String>>> EXPORTS = Map.of(
            "api", Map.of(
                    "dev.estsdk.api", Set.of("*"),
                    "dev.estsdk.api.async", Set.of("*"),
                    "dev.estsdk.api.exception", Set.of("*"),
                    "dev.estsdk.api.model", Set.of("*")),
            "core", Map.of(
                    "dev.estsdk.core", Set.of("*"),
                    "dev.estsdk.core.internal", Set.of("dev.estsdk.client", "dev.estsdk.twilio")),
            "client", Map.of(
                    "dev.estsdk.client", Set.of("*")),
            "twilio", Map.of(
                    "dev.estsdk.twilio", Set.of("*"),
                    "dev.estsdk.twilio.async", Set.of("*"),
                    "dev.estsdk.twilio.model", Set.of("*")),
            "workflows", Map.of(
                    "dev.estsdk.workflows", Set.of("*")),
            "micrometer", Map.of(
                    "dev.estsdk.micrometer", Set.of("*")));

    private static ModuleDescriptor descriptor(String module) {
        Set<ModuleReference> found = ModuleFinder.of(BuiltJars.jar(module)).findAll();
        assertThat(found).hasSize(1);
        return found.iterator().next().descriptor();
    }

    private static Map<String, Set<String>> exportsOf(ModuleDescriptor descriptor) {
        Map<String, Set<String>> exports = new TreeMap<>();
        for (ModuleDescriptor.Exports e : descriptor.exports()) {
            exports.put(e.source(), e.isQualified() ? new TreeSet<>(e.targets()) : Set.of("*"));
        }
        return exports;
    }

    @ParameterizedTest
    @ValueSource(strings = {"api", "core", "client", "twilio", "workflows", "micrometer"})
    void publishedJar_isANamedModuleThatExportsExactlyItsPublicPackages(String module) {
        ModuleDescriptor descriptor = descriptor(module);

        assertThat(descriptor.isAutomatic()).as("%s has a module-info", module).isFalse();
        assertThat(descriptor.name()).isEqualTo("dev.estsdk." + module);
        assertThat(exportsOf(descriptor)).isEqualTo(new TreeMap<>(EXPORTS.get(module)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"api", "core", "client", "twilio", "workflows", "micrometer"})
    void internalPackages_areNeverExportedToEveryone_andOnlyEverToOurModules(String module) {
        ModuleDescriptor descriptor = descriptor(module);

        for (ModuleDescriptor.Exports e : descriptor.exports()) {
            if (e.source().contains(".internal")) {
                assertThat(e.isQualified()).as("export of %s", e.source()).isTrue();
                assertThat(e.targets()).as("export of %s", e.source()).allMatch(t -> t.startsWith("dev.estsdk."));
            }
        }
        List<String> internal = descriptor.packages().stream().filter(p -> p.contains(".internal")).toList();
        Set<String> exportedToAll = descriptor.exports().stream().filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        assertThat(internal).doesNotContainAnyElementsOf(exportedToAll);
    }

    @ParameterizedTest
    @ValueSource(strings = {"api", "core", "client", "twilio", "workflows", "micrometer"})
    void openPackages_areOpenOnlyToJacksonDatabind(String module) {
        ModuleDescriptor descriptor = descriptor(module);

        assertThat(descriptor.isOpen()).isFalse();
        for (ModuleDescriptor.Opens o : descriptor.opens()) {
            assertThat(o.targets()).as("opens %s", o.source()).containsExactly("com.fasterxml.jackson.databind");
        }
    }

    @Test
    void testkitJar_isTheAutomaticModuleDevEstsdkTestkit() {
        ModuleDescriptor descriptor = descriptor("testkit");

        assertThat(descriptor.isAutomatic()).isTrue();
        assertThat(descriptor.name()).isEqualTo("dev.estsdk.testkit");
    }

    @Test
    void starterJar_isTheAutomaticModuleDevEstsdkSpringBoot() {
        ModuleDescriptor descriptor = descriptor("starter");

        assertThat(descriptor.isAutomatic()).isTrue();
        assertThat(descriptor.name()).isEqualTo("dev.estsdk.spring.boot");
    }

    @Test
    void micrometerModule_requiresCoreAndMicrometersObservationApiTransitively() {
        Map<String, Set<ModuleDescriptor.Requires.Modifier>> requires = descriptor("micrometer").requires().stream()
                .collect(Collectors.toMap(ModuleDescriptor.Requires::name, ModuleDescriptor.Requires::modifiers));

        assertThat(requires).containsOnlyKeys("java.base", "dev.estsdk.core", "micrometer.observation",
                "micrometer.commons", "org.jspecify");
        assertThat(requires.get("dev.estsdk.core")).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
        assertThat(requires.get("micrometer.observation")).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
        assertThat(requires.get("micrometer.commons")).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
        assertThat(requires.get("org.jspecify")).contains(ModuleDescriptor.Requires.Modifier.STATIC);
    }

    @Test
    void publishedModules_resolveOnTheModulePathWithTheClientsDependencies() throws IOException {
        List<Path> modulePath = new ArrayList<>(BuiltJars.clientRuntimeClasspath());
        modulePath.add(BuiltJars.jar("twilio"));
        modulePath.add(BuiltJars.jar("workflows"));
        modulePath.add(BuiltJars.jar("jackson-dataformat-yaml"));
        modulePath.add(BuiltJars.jar("snakeyaml"));
        ModuleFinder finder = ModuleFinder.of(modulePath.toArray(Path[]::new));

        Configuration graph = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(),
                Set.of("dev.estsdk.client", "dev.estsdk.twilio", "dev.estsdk.workflows"));

        Set<String> resolved = graph.modules().stream().map(ResolvedModule::name).collect(Collectors.toSet());
        assertThat(resolved).contains("dev.estsdk.api", "dev.estsdk.core", "dev.estsdk.client",
                "dev.estsdk.twilio", "dev.estsdk.workflows", "feign.core", "com.fasterxml.jackson.databind",
                "com.fasterxml.jackson.dataformat.yaml", "org.yaml.snakeyaml", "org.slf4j");
        assertThat(graph.findModule("dev.estsdk.client").orElseThrow().reads().stream()
                .map(ResolvedModule::name)).contains("dev.estsdk.core", "java.net.http");
    }
}
