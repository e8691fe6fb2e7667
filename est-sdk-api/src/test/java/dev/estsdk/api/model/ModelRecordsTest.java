package dev.estsdk.api.model;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rules every model record follows, checked by reflection so a record added later is covered
 * without a new test.
 */
class ModelRecordsTest {

    /** Server output: the constructor takes the data as sent, no builder offers server-owned fields. */
    static Stream<Class<?>> outputs() {
        return Stream.of(SipTrunk.class, CallBlockingRule.class, CredentialList.class, Credential.class,
                CountryPermission.class, PhoneNumber.class, Call.class, Money.class, CallRecordsExport.class,
                StaticEndpoint.class, RegisteredEndpoint.class, AccessControlList.class, IpRange.class);
    }

    /** Caller input whose construction checks every rule. */
    static Stream<Class<?>> inputs() {
        return Stream.of(CreateSipTrunkRequest.class, UpdateSipTrunkRequest.class, SipTrunkFilter.class,
                CreateCallBlockingRuleRequest.class, UpdateCallBlockingRuleRequest.class,
                CreateCredentialListRequest.class, UpdateCredentialListRequest.class, CallFilter.class,
                CallExportRequest.class, UpdateCountryPermissionRequest.class, PhoneNumberFilter.class,
                CreateAccessControlListRequest.class, UpdateAccessControlListRequest.class, NewIpRange.class,
                UpdateIpRangeRequest.class,
                CreateStaticEndpointRequest.class, CreateRegisteredEndpointRequest.class,
                UpdateStaticEndpointRequest.class, UpdateRegisteredEndpointRequest.class);
    }

    static Stream<Class<?>> records() {
        return Stream.of(outputs(), inputs(), buildableRecords()).flatMap(s -> s);
    }

    /** Records with a checking builder and toBuilder; {@link NewCredential} is a pair made with {@code of}. */
    static Stream<Class<?>> buildableRecords() {
        return Stream.of(NewCredential.class);
    }

    @Test
    void records_listsEveryPublicRecordOfThePackage() throws Exception {
        Path packageDir = Path.of(SipTrunk.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(SipTrunk.class.getPackageName().replace('.', '/'));
        List<Class<?>> publicRecords = new ArrayList<>();
        try (Stream<Path> files = Files.list(packageDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String simpleName = file.getFileName().toString().replace(".class", "");
                Class<?> type = Class.forName(SipTrunk.class.getPackageName() + "." + simpleName);
                if (type.isRecord() && Modifier.isPublic(type.getModifiers())) {
                    publicRecords.add(type);
                }
            }
        }

        assertThat(publicRecords).containsExactlyInAnyOrderElementsOf(records().toList());
    }

    @ParameterizedTest
    @MethodSource("outputs")
    void output_hasNoBuilder_soNoServerOwnedFieldCanBeSetByACaller(Class<?> type) {
        assertThat(Arrays.stream(type.getMethods()).map(Method::getName)).doesNotContain("builder", "toBuilder");
    }

    @Test
    void inputConstructors_withRequiredFieldsMissing_reportEveryFieldInOneException() {
        assertThatThrownBy(() -> construct(CreateSipTrunkRequest.class, c -> null))
                .cause().isInstanceOf(EstValidationException.class)
                .satisfies(e -> assertThat(((EstValidationException) e).violations()).extracting(FieldViolation::field)
                        .containsExactly("name", "hostName"));
        assertThatThrownBy(() -> construct(UpdateSipTrunkRequest.class, c -> null))
                .cause().isInstanceOf(EstValidationException.class)
                .satisfies(e -> assertThat(((EstValidationException) e).violations()).extracting(FieldViolation::field)
                        .containsExactly("trunkId", "name", "hostName"));
        assertThatThrownBy(() -> construct(UpdateCallBlockingRuleRequest.class, c -> null))
                .cause().isInstanceOf(EstValidationException.class)
                .satisfies(e -> assertThat(((EstValidationException) e).violations()).extracting(FieldViolation::field)
                        .containsExactly("ruleId", "direction"));
        assertThatThrownBy(() -> construct(CreateAccessControlListRequest.class, c -> null))
                .cause().isInstanceOf(EstValidationException.class)
                .satisfies(e -> assertThat(((EstValidationException) e).violations()).extracting(FieldViolation::field)
                        .containsExactly("name", "ipRanges"));
        assertThatThrownBy(() -> construct(UpdateAccessControlListRequest.class, c -> null))
                .cause().isInstanceOf(EstValidationException.class)
                .satisfies(e -> assertThat(((EstValidationException) e).violations()).extracting(FieldViolation::field)
                        .containsExactly("accessControlListId", "name", "ipRanges"));
        assertThatThrownBy(() -> construct(UpdateIpRangeRequest.class, c -> null))
                .cause().isInstanceOf(EstValidationException.class)
                .satisfies(e -> assertThat(((EstValidationException) e).violations()).extracting(FieldViolation::field)
                        .containsExactly("accessControlListId", "ipRangeId", "ipAddress", "range"));
        assertThatThrownBy(() -> construct(UpdateStaticEndpointRequest.class, c -> null))
                .cause().isInstanceOf(EstValidationException.class)
                .satisfies(e -> assertThat(((EstValidationException) e).violations()).extracting(FieldViolation::field)
                        .containsExactly("trunkId", "endpointId", "name", "transport", "priority", "address", "port"));
        assertThatThrownBy(() -> construct(CreateRegisteredEndpointRequest.class, c -> null))
                .cause().isInstanceOf(EstValidationException.class)
                .satisfies(e -> assertThat(((EstValidationException) e).violations()).extracting(FieldViolation::field)
                        .containsExactly("name", "transport", "priority", "credentialUsername"));
    }

    @ParameterizedTest
    @MethodSource("buildableRecords")
    void record_exceptNewCredential_hasBuilderAndToBuilder(Class<?> type) throws Exception {
        if (type == NewCredential.class) {
            assertThat(type.getMethod("of", String.class, Secret.class)).isNotNull();
            return;
        }
        Method builder = type.getMethod("builder");
        Method toBuilder = type.getMethod("toBuilder");

        assertThat(Modifier.isStatic(builder.getModifiers())).isTrue();
        assertThat(toBuilder.getReturnType()).isEqualTo(builder.getReturnType());
        assertThat(builder.getReturnType().getMethod("build").getReturnType()).isEqualTo(type);
    }

    @ParameterizedTest
    @MethodSource({"outputs", "buildableRecords"})
    void constructor_withNullsAndZeros_neverValidatesSoAnyServerDataFits(Class<?> type) {
        assertThatCode(() -> construct(type, component -> null)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @MethodSource({"outputs", "buildableRecords"})
    void listAccessors_whenConstructedWithNull_returnEmptyUnmodifiableLists(Class<?> type) throws Exception {
        Object value = construct(type, component -> null);

        for (RecordComponent component : listComponents(type)) {
            List<?> list = (List<?>) component.getAccessor().invoke(value);
            assertThat(list).as(component.getName()).isNotNull().isEmpty();
            assertThatThrownBy(() -> list.add(null)).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @ParameterizedTest
    @MethodSource({"outputs", "buildableRecords"})
    void listAccessors_areUnmodifiableCopiesTheCallerCannotChangeLater(Class<?> type) throws Exception {
        List<List<Object>> given = new ArrayList<>();
        Object value = construct(type, component -> {
            List<Object> list = new ArrayList<>();
            given.add(list);
            return list;
        });
        given.forEach(list -> list.add(new Object()));

        for (RecordComponent component : listComponents(type)) {
            List<?> list = (List<?>) component.getAccessor().invoke(value);
            assertThat(list).as(component.getName()).isEmpty();
            assertThatThrownBy(() -> list.add(null)).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    private static List<RecordComponent> listComponents(Class<?> type) {
        return Arrays.stream(type.getRecordComponents()).filter(c -> c.getType() == List.class).toList();
    }

    /** Calls the canonical constructor: lists from {@code lists}, other references null, primitives zero. */
    private static Object construct(Class<?> type, java.util.function.Function<RecordComponent, List<Object>> lists)
            throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Class<?> t = types[i];
            args[i] = t == List.class ? lists.apply(components[i])
                    : t == int.class ? 0 : t == boolean.class ? false : null;
        }
        Constructor<?> canonical = type.getDeclaredConstructor(types);
        return canonical.newInstance(args);
    }
}
