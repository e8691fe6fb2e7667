package dev.estsdk.api;

import org.junit.jupiter.api.Test;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Guards the public surface of est-sdk-api: the contract's operations, and no foreign types. */
class ApiSurfaceTest {

    private static final Map<Class<?>, List<String>> OPERATIONS = new LinkedHashMap<>();

    static {
        OPERATIONS.put(SipTrunks.class, List.of("create(CreateSipTrunkRequest)", "create(Consumer)",
                "list()", "list(SipTrunkFilter)", "get(String)", "update(UpdateSipTrunkRequest)",
                "update(SipTrunk,Consumer)", "delete(String)",
                "addAccessControlLists(String,Collection)", "listAccessControlLists(String)",
                "removeAccessControlList(String,String)", "addCredentialLists(String,Collection)",
                "listCredentialLists(String)", "replaceCredentialLists(String,Collection)",
                "removeCredentialList(String,String)"));
        OPERATIONS.put(SipEndpoints.class, List.of("create(String,CreateSipEndpointRequest)",
                "createStatic(String,Consumer)", "createRegistered(String,Consumer)", "list(String)",
                "get(String,String)", "update(UpdateSipEndpointRequest)", "update(StaticEndpoint,Consumer)",
                "update(RegisteredEndpoint,Consumer)", "delete(String,String)"));
        OPERATIONS.put(AccessControlLists.class, List.of("create(CreateAccessControlListRequest)", "create(Consumer)",
                "list()", "get(String)", "update(UpdateAccessControlListRequest)", "update(AccessControlList,Consumer)",
                "delete(String)", "listTrunks(String)", "addIpRange(String,NewIpRange)", "addIpRange(String,Consumer)",
                "listIpRanges(String)", "updateIpRange(UpdateIpRangeRequest)", "updateIpRange(IpRange,Consumer)",
                "deleteIpRange(String,String)"));
        OPERATIONS.put(CredentialLists.class, List.of("create(CreateCredentialListRequest)", "create(Consumer)",
                "list()", "get(String)", "update(UpdateCredentialListRequest)", "update(CredentialList,Consumer)",
                "delete(String)", "listTrunks(String)",
                "updateCredential(String,String,Secret)", "deleteCredential(String,String)"));
        OPERATIONS.put(PhoneNumbers.class, List.of("list()", "list(PhoneNumberFilter)", "list(Consumer)",
                "get(String)", "assign(String,String)", "unassign(String)"));
        OPERATIONS.put(CountryPermissions.class, List.of("list()", "get(String)",
                "update(UpdateCountryPermissionRequest)", "update(String,boolean)"));
        OPERATIONS.put(Calls.class, List.of("list(CallFilter)", "list(Consumer)", "export(CallExportRequest)",
                "export(Consumer)", "downloadPcap(String,Direction)"));
        OPERATIONS.put(CallBlockingRules.class, List.of("list()", "create(CreateCallBlockingRuleRequest)",
                "create(Consumer)", "update(UpdateCallBlockingRuleRequest)", "update(CallBlockingRule,Consumer)",
                "delete(String)"));
        OPERATIONS.put(Projects.class, List.of("add(Collection)"));
    }

    @Test
    void resourceInterfaces_declareExactlyTheContractsOperations() {
        OPERATIONS.forEach((type, expected) -> assertThat(signatures(type)).as(type.getSimpleName())
                .containsExactlyInAnyOrderElementsOf(expected));
    }

    @Test
    void everySynchronousOperation_hasItsAsynchronousTwin_returningAFutureOrAnAsyncListing() throws Exception {
        for (Class<?> sync : OPERATIONS.keySet()) {
            Class<?> async = Class.forName("dev.estsdk.api.async.Async" + sync.getSimpleName());
            for (Method method : sync.getDeclaredMethods()) {
                Method twin = async.getMethod(method.getName(), method.getParameterTypes());
                Class<?> expected = method.getReturnType() == PagedIterable.class
                        ? dev.estsdk.api.async.AsyncPagedIterable.class : java.util.concurrent.CompletableFuture.class;
                assertThat(twin.getReturnType()).as(async.getSimpleName() + "." + method.getName())
                        .isEqualTo(expected);
                assertThat(Modifier.isAbstract(twin.getModifiers())).as(async.getSimpleName() + "." + method.getName())
                        .isEqualTo(Modifier.isAbstract(method.getModifiers()));
            }
            assertThat(async.getDeclaredMethods()).as(async.getSimpleName()).hasSameSizeAs(sync.getDeclaredMethods());
        }
    }

    @Test
    void resourceInterfaces_coverThe49OperationsWithOneAbstractMethodEachPlusTwoVariants() {
        // #2 is both list() and list(SipTrunkFilter); #38 is both assign() and unassign().
        long abstractMethods = OPERATIONS.keySet().stream().flatMap(t -> Arrays.stream(t.getDeclaredMethods()))
                .filter(m -> Modifier.isAbstract(m.getModifiers())).count();

        assertThat(abstractMethods).isEqualTo(49 + 2);
    }

    @Test
    void estApi_exposesEveryResourceInterface() {
        Set<Class<?>> exposed = Arrays.stream(EstApi.class.getDeclaredMethods()).map(Method::getReturnType)
                .collect(Collectors.toSet());

        assertThat(exposed).containsAll(OPERATIONS.keySet()).contains(String.class);
    }

    @Test
    void publicSignatures_useOnlyJavaAndEstSdkApiTypes() throws Exception {
        List<String> foreign = new ArrayList<>();
        for (Class<?> type : publicTypesOfTheModule()) {
            for (Type used : typesUsedBy(type)) {
                for (Class<?> raw : rawClasses(used, new ArrayList<>())) {
                    String name = raw.getName();
                    boolean allowed = raw.isPrimitive() || name.startsWith("java.")
                            || (name.startsWith("dev.estsdk.api.") && !name.contains(".internal."));
                    if (!allowed) {
                        foreign.add(type.getName() + " uses " + name);
                    }
                }
            }
        }

        assertThat(foreign).isEmpty();
    }

    @Test
    void everyUpdateJavadoc_saysInItsFirstSentenceThatItIsAFullReplacement() throws Exception {
        Pattern updateWithJavadoc = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:default\\s+)?[\\w<>]+\\s+(update\\w*)\\(",
                Pattern.DOTALL);
        List<String> updates = new ArrayList<>();
        for (Class<?> type : OPERATIONS.keySet()) {
            String source = Files.readString(Path.of("src/main/java", type.getName().replace('.', '/') + ".java"));
            Matcher m = updateWithJavadoc.matcher(source);
            while (m.find()) {
                String text = m.group(1).replaceAll("\\s*\\n\\s*\\*\\s?", " ").strip();
                String firstSentence = text.split("\\.(\\s|$)", 2)[0];
                updates.add(type.getSimpleName() + "." + m.group(2));
                assertThat(firstSentence).as(type.getSimpleName() + "." + m.group(2)).contains("full replacement");
            }
        }

        assertThat(updates).hasSize(16);
    }

    private static Set<String> signatures(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).filter(m -> !m.isSynthetic())
                .map(m -> m.getName() + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName)
                        .collect(Collectors.joining(",", "(", ")")))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<Class<?>> publicTypesOfTheModule() throws Exception {
        Path root = Path.of(EstApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replace(".class", "");
                if (name.endsWith("package-info") || name.equals("module-info")) {
                    continue;
                }
                Class<?> type = Class.forName(name);
                if (Modifier.isPublic(type.getModifiers())) {
                    types.add(type);
                }
            }
        }
        assertThat(types).hasSizeGreaterThan(40);
        return types;
    }

    private static List<Type> typesUsedBy(Class<?> type) {
        List<Type> used = new ArrayList<>();
        used.add(type.getGenericSuperclass());
        used.addAll(Arrays.asList(type.getGenericInterfaces()));
        for (Field field : type.getDeclaredFields()) {
            if (isExposed(field.getModifiers())) {
                used.add(field.getGenericType());
            }
        }
        List<Executable> executables = new ArrayList<>(Arrays.asList(type.getDeclaredMethods()));
        executables.addAll(Arrays.asList(type.getDeclaredConstructors()));
        for (Executable executable : executables) {
            if (!isExposed(executable.getModifiers()) || executable.isSynthetic()) {
                continue;
            }
            used.addAll(Arrays.asList(executable.getGenericParameterTypes()));
            used.addAll(Arrays.asList(executable.getGenericExceptionTypes()));
            if (executable instanceof Method method) {
                used.add(method.getGenericReturnType());
            }
        }
        used.removeIf(t -> t == null);
        return used;
    }

    private static boolean isExposed(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static List<Class<?>> rawClasses(Type type, List<Class<?>> into) {
        if (type instanceof Class<?> c) {
            into.add(c.isArray() ? c.getComponentType() : c);
        } else if (type instanceof ParameterizedType p) {
            rawClasses(p.getRawType(), into);
            Arrays.stream(p.getActualTypeArguments()).forEach(a -> rawClasses(a, into));
        } else if (type instanceof WildcardType w) {
            Arrays.stream(w.getUpperBounds()).forEach(b -> rawClasses(b, into));
            Arrays.stream(w.getLowerBounds()).forEach(b -> rawClasses(b, into));
        } else if (type instanceof GenericArrayType g) {
            rawClasses(g.getGenericComponentType(), into);
        } else if (type instanceof TypeVariable<?> v) {
            Arrays.stream(v.getBounds()).forEach(b -> rawClasses(b, into));
        }
        return into;
    }

}
