package dev.estsdk.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No public type of the client package exposes Feign, resilience4j, Jackson or an internal type. */
class ClientSurfaceTest {

    private static final List<Class<?>> PUBLIC_TYPES = List.of(EstClient.class, EstClient.Builder.class,
            EstCredentials.class, EstCredentials.Scheme.class, RetryPolicy.class, RetryPolicy.Builder.class,
            AttemptListener.class, AttemptEvent.class, AttemptEvent.Outcome.class);

    private static boolean leaks(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return leaks(parameterized.getRawType())
                    || Arrays.stream(parameterized.getActualTypeArguments()).anyMatch(ClientSurfaceTest::leaks);
        }
        if (type instanceof Class<?> c) {
            while (c.isArray()) {
                c = c.getComponentType();
            }
            String name = c.getName();
            return name.startsWith("feign.") || name.startsWith("io.github.resilience4j")
                    || name.startsWith("com.fasterxml") || name.contains(".internal.");
        }
        return false;
    }

    @Test
    void publicSignatures_exposeNoImplementationType() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : PUBLIC_TYPES) {
            Stream.concat(Arrays.stream(type.getMethods()), Arrays.stream(type.getConstructors()))
                    .filter(m -> Modifier.isPublic(m.getModifiers()))
                    .forEach(m -> {
                        List<Type> types = new ArrayList<>(Arrays.asList(m.getGenericParameterTypes()));
                        if (m instanceof Method method) {
                            types.add(method.getGenericReturnType());
                        }
                        types.addAll(Arrays.asList(m.getGenericExceptionTypes()));
                        if (types.stream().anyMatch(ClientSurfaceTest::leaks)) {
                            leaks.add(type.getSimpleName() + "." + m.getName());
                        }
                    });
            for (Field field : type.getFields()) {
                if (leaks(field.getGenericType())) {
                    leaks.add(type.getSimpleName() + "." + field.getName());
                }
            }
        }
        assertThat(leaks).isEmpty();
        assertThat(EstClient.class.getConstructors()).as("built only through the builder").isEmpty();
        assertThat(Arrays.stream(EstClient.class.getDeclaredConstructors()).map(Constructor::getModifiers))
                .allMatch(Modifier::isPrivate);
    }
}
