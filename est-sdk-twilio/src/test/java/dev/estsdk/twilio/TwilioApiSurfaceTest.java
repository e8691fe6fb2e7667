package dev.estsdk.twilio;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Guards the public surface of est-sdk-twilio: the catalogue's operations, partial updates, no foreign types. */
class TwilioApiSurfaceTest {

    private static final List<Class<?>> RESOURCES = List.of(TwilioTrunks.class, OriginationUrls.class,
            TrunkIpAccessControlLists.class, TrunkCredentialLists.class, TrunkPhoneNumbers.class,
            SipIpAccessControlLists.class, SipCredentialLists.class, IncomingPhoneNumbers.class);

    @Test
    void resourceInterfaces_coverCatalogueRows1To47_plusTheNumberLookup() {
        long abstractMethods = RESOURCES.stream().flatMap(t -> Arrays.stream(t.getDeclaredMethods()))
                .filter(m -> Modifier.isAbstract(m.getModifiers())).count();
        // #45 is both list() and findByPhoneNumber(e164).
        assertThat(abstractMethods).isEqualTo(47 + 1);
    }

    @Test
    void twilioApi_exposesEveryResourceInterface() {
        Set<Class<?>> exposed = Arrays.stream(TwilioApi.class.getDeclaredMethods()).map(Method::getReturnType)
                .collect(Collectors.toSet());
        assertThat(exposed).containsAll(RESOURCES);
    }

    @Test
    void everyUpdate_takesAnUpdateRequest_soOnlySetFieldsAreSent() {
        List<Method> updates = RESOURCES.stream().flatMap(t -> Arrays.stream(t.getDeclaredMethods()))
                .filter(m -> m.getName().startsWith("update") && Modifier.isAbstract(m.getModifiers())).toList();
        assertThat(updates).hasSize(8);
        assertThat(updates).allSatisfy(m -> assertThat(m.getParameterTypes()[m.getParameterCount() - 1].getSimpleName())
                .as(m.toString()).startsWith("Update").endsWith("Request"));
    }

    @Test
    void publicSignatures_mentionOnlyJavaTheSdkAndNoInternalTypes() throws IOException {
        List<String> offending = new ArrayList<>();
        for (Class<?> type : publicTypes()) {
            for (Method m : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers())) {
                    continue;
                }
                Stream.concat(Stream.of(m.getGenericReturnType()), Arrays.stream(m.getGenericParameterTypes()))
                        .flatMap(TwilioApiSurfaceTest::rawTypes)
                        .filter(c -> !allowed(c))
                        .forEach(c -> offending.add(type.getSimpleName() + "." + m.getName() + " uses " + c.getName()));
            }
        }
        assertThat(offending).isEmpty();
    }

    private static boolean allowed(Class<?> c) {
        String n = c.isArray() ? c.getComponentType().getName() : c.getName();
        return c.isPrimitive() || n.startsWith("java.") || (n.startsWith("dev.estsdk.") && !n.contains(".internal."));
    }

    private static Stream<Class<?>> rawTypes(Type type) {
        if (type instanceof Class<?> c) {
            return Stream.of(c);
        }
        if (type instanceof ParameterizedType p) {
            return Stream.concat(rawTypes(p.getRawType()), Arrays.stream(p.getActualTypeArguments())
                    .flatMap(TwilioApiSurfaceTest::rawTypes));
        }
        return Stream.empty();
    }

    private static List<Class<?>> publicTypes() throws IOException {
        Path root = Path.of("src/main/java");
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("dev/estsdk/twilio"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("package-info.java")
                    && !p.toString().contains("internal")).toList()) {
                String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.java$", "");
                try {
                    Class<?> c = Class.forName(name);
                    if (Modifier.isPublic(c.getModifiers())) {
                        types.add(c);
                        types.addAll(Arrays.stream(c.getDeclaredClasses()).filter(n -> Modifier.isPublic(n.getModifiers()))
                                .toList());
                    }
                } catch (ClassNotFoundException e) {
                    throw new AssertionError("no class for " + f, e);
                }
            }
        }
        assertThat(types).hasSizeGreaterThan(40);
        return types;
    }

    @Test
    void modelModule_dependsOnNoJsonOrHttpLibrary() {
        for (String foreign : List.of("com.fasterxml.jackson.databind.ObjectMapper", "feign.Feign",
                "io.github.resilience4j.retry.Retry")) {
            assertThat(isOnClasspath(foreign)).as(foreign).isFalse();
        }
    }

    private static boolean isOnClasspath(String name) {
        try {
            Class.forName(name);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
