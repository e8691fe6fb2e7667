package dev.estsdk.twilio.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twilio may leave any property out ("nullable everywhere" in its specs): every model component
 * the decoder then leaves null must say so with {@code @Nullable}, or Kotlin and NullAway users
 * are told a value is always there that is not.
 */
class TwilioWireNullnessTest {

    private static final String SID = "0123456789abcdef0123456789abcdef";

    static Stream<Arguments> decoders() {
        return Stream.of(
                Arguments.of("Trunk", "TK", (Function<JsonNode, Object>) TwilioWire::trunk),
                Arguments.of("OriginationUrl", "OU", (Function<JsonNode, Object>) TwilioWire::originationUrl),
                Arguments.of("TrunkIpAccessControlList", "AL",
                        (Function<JsonNode, Object>) TwilioWire::trunkIpAccessControlList),
                Arguments.of("TrunkCredentialList", "CL", (Function<JsonNode, Object>) TwilioWire::trunkCredentialList),
                Arguments.of("TrunkPhoneNumber", "PN", (Function<JsonNode, Object>) TwilioWire::trunkPhoneNumber),
                Arguments.of("SipIpAccessControlList", "AL", (Function<JsonNode, Object>) TwilioWire::ipAccessControlList),
                Arguments.of("SipIpAddress", "IP", (Function<JsonNode, Object>) TwilioWire::ipAddress),
                Arguments.of("SipCredentialList", "CL", (Function<JsonNode, Object>) TwilioWire::credentialList),
                Arguments.of("SipCredential", "CR", (Function<JsonNode, Object>) TwilioWire::credential),
                Arguments.of("IncomingPhoneNumber", "PN", (Function<JsonNode, Object>) TwilioWire::incomingPhoneNumber),
                Arguments.of("Recording", "", (Function<JsonNode, Object>) TwilioWire::recording));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decoders")
    void componentsLeftNullByASparseAnswer_areDeclaredNullable(String model, String prefix,
                                                              Function<JsonNode, Object> decode) throws Exception {
        JsonNode sparse = JsonMapper.builder().build().readTree(prefix.isEmpty() ? "{}"
                : "{\"sid\":\"" + prefix + SID + "\"}");
        Object record = decode.apply(sparse);

        List<String> undeclared = new ArrayList<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getAccessor().invoke(record) == null
                    && !component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                undeclared.add(component.getName());
            }
        }
        assertThat(undeclared).as(model + " components that can be null but are not @Nullable").isEmpty();
    }
}
