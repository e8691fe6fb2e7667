package dev.estsdk.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import dev.estsdk.core.AttemptEvent;
import dev.estsdk.core.CallEvent;
import dev.estsdk.core.CallListener;
import dev.estsdk.core.CallObserver;
import dev.estsdk.core.EstResponse;
import dev.estsdk.core.RetryPolicy;
import org.junit.jupiter.api.Test;

/**
 * No public type of the client module or of the core pipeline module outside {@code internal}
 * exposes Feign, resilience4j, Jackson, SLF4J or an internal type: not in a supertype, field,
 * constructor, method, type argument, wildcard or type-variable bound.
 */
class ClientSurfaceTest {

    private static final List<String> FORBIDDEN = List.of("feign.", "io.github.resilience4j.", "com.fasterxml.",
            "org.slf4j.");

    @Test
    void publicSignatures_exposeNoImplementationType() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : publicTypesOfTheModule()) {
            leaks.addAll(leaksOf(type));
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void estClient_isBuiltOnlyThroughItsBuilder() {
        assertThat(EstClient.class.getConstructors()).isEmpty();
        assertThat(Arrays.stream(EstClient.class.getDeclaredConstructors()).map(Constructor::getModifiers))
                .allMatch(Modifier::isPrivate);
    }

    /** The check itself finds leaks however deeply a signature hides them. */
    @Test
    void leakCheck_findsImplementationTypesInEveryPosition() {
        assertThat(leaksOf(Leaky.class)).containsExactlyInAnyOrder(
                Leaky.class.getName() + " extends or implements feign.Client",
                Leaky.class.getName() + ".wildcard uses feign.Request",
                Leaky.class.getName() + ".bounded uses com.fasterxml.jackson.databind.ObjectMapper",
                Leaky.class.getName() + ".array uses io.github.resilience4j.retry.Retry",
                Leaky.class.getName() + ".internal uses dev.estsdk.client.internal.ClientConfig",
                Leaky.class.getName() + ".RETRY uses io.github.resilience4j.retry.Retry");
        assertThat(leaksOf(EstClient.class)).isEmpty();
    }

    /** Deliberately leaky signatures for {@link #leakCheck_findsImplementationTypesInEveryPosition()}. */
    @SuppressWarnings("unused")
    public abstract static class Leaky implements feign.Client {
        public static io.github.resilience4j.retry.Retry RETRY;

        public abstract Map<String, List<? extends feign.Request>> wildcard();

        public abstract <T extends com.fasterxml.jackson.databind.ObjectMapper> T bounded(Supplier<T> supplier);

        public abstract List<io.github.resilience4j.retry.Retry>[] array();

        public abstract <T extends Comparable<T>> T selfBounded(T value);

        protected abstract void internal(dev.estsdk.client.internal.ClientConfig config);

        abstract void packagePrivate(feign.Response notVisible);
    }

    private static List<Class<?>> publicTypesOfTheModule() throws Exception {
        List<Class<?>> types = new ArrayList<>();
        for (Class<?> anchor : List.of(EstClient.class, RetryPolicy.class)) {
            types.addAll(publicTypesBeside(anchor));
        }
        assertThat(types).contains(EstClient.class, EstClient.Builder.class, EstAsyncClient.class,
                EstCredentials.class, RetryPolicy.class, CallListener.class, CallObserver.class, AttemptEvent.class,
                CallEvent.class, EstResponse.class);
        return types;
    }

    /** The public types of the classes directory or jar the anchor was loaded from. */
    private static List<Class<?>> publicTypesBeside(Class<?> anchor) throws Exception {
        Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(location)) {
            return publicTypesUnder(location);
        }
        try (java.nio.file.FileSystem jar = java.nio.file.FileSystems.newFileSystem(location)) {
            return publicTypesUnder(jar.getPath("/"));
        }
    }

    private static List<Class<?>> publicTypesUnder(Path root) throws Exception {
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace(root.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                if (name.startsWith("META-INF")) {
                    continue;
                }
                if (name.endsWith("package-info") || name.equals("module-info") || name.contains(".internal.")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, ClientSurfaceTest.class.getClassLoader());
                if (isVisible(type)) {
                    types.add(type);
                }
            }
        }
        return types;
    }

    /** Public, and every enclosing type public too. */
    private static boolean isVisible(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return !type.isAnonymousClass() && !type.isSynthetic();
    }

    private static List<String> leaksOf(Class<?> type) {
        List<String> leaks = new ArrayList<>();
        List<Type> supertypes = new ArrayList<>(Arrays.asList(type.getGenericInterfaces()));
        supertypes.add(type.getGenericSuperclass());
        for (Type supertype : supertypes) {
            forbidden(supertype).forEach(c -> leaks.add(type.getName() + " extends or implements " + c.getName()));
        }
        for (Field field : type.getDeclaredFields()) {
            if (isExposed(field.getModifiers()) && !field.isSynthetic()) {
                forbidden(field.getGenericType()).forEach(c -> leaks.add(type.getName() + "." + field.getName()
                        + " uses " + c.getName()));
            }
        }
        List<Executable> executables = new ArrayList<>(Arrays.asList(type.getDeclaredMethods()));
        executables.addAll(Arrays.asList(type.getDeclaredConstructors()));
        for (Executable executable : executables) {
            if (!isExposed(executable.getModifiers()) || executable.isSynthetic()) {
                continue;
            }
            List<Type> used = new ArrayList<>(Arrays.asList(executable.getGenericParameterTypes()));
            used.addAll(Arrays.asList(executable.getGenericExceptionTypes()));
            used.addAll(Arrays.asList(executable.getTypeParameters()));
            if (executable instanceof Method method) {
                used.add(method.getGenericReturnType());
            }
            String name = executable instanceof Constructor<?> ? "<init>" : executable.getName();
            used.stream().flatMap(t -> forbidden(t).stream()).distinct()
                    .forEach(c -> leaks.add(type.getName() + "." + name + " uses " + c.getName()));
        }
        return leaks;
    }

    private static boolean isExposed(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static List<Class<?>> forbidden(Type type) {
        return rawClasses(type, new ArrayList<>(), new HashSet<>()).stream()
                .filter(c -> c.getName().contains(".internal.")
                        || FORBIDDEN.stream().anyMatch(prefix -> c.getName().startsWith(prefix)))
                .distinct().toList();
    }

    /** The classes a type mentions; {@code seen} stops recursive bounds such as {@code T extends Comparable<T>}. */
    private static List<Class<?>> rawClasses(Type type, List<Class<?>> into, Set<TypeVariable<?>> seen) {
        if (type instanceof Class<?> c) {
            while (c.isArray()) {
                c = c.getComponentType();
            }
            into.add(c);
        } else if (type instanceof ParameterizedType p) {
            rawClasses(p.getRawType(), into, seen);
            Arrays.stream(p.getActualTypeArguments()).forEach(a -> rawClasses(a, into, seen));
        } else if (type instanceof WildcardType w) {
            Arrays.stream(w.getUpperBounds()).forEach(b -> rawClasses(b, into, seen));
            Arrays.stream(w.getLowerBounds()).forEach(b -> rawClasses(b, into, seen));
        } else if (type instanceof GenericArrayType g) {
            rawClasses(g.getGenericComponentType(), into, seen);
        } else if (type instanceof TypeVariable<?> v && seen.add(v)) {
            Arrays.stream(v.getBounds()).forEach(b -> rawClasses(b, into, seen));
        }
        return into;
    }
}
