package dev.estsdk.api.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenEnumTest {

    static Stream<Arguments> types() {
        return Stream.of(
                Arguments.of("Transport", (Function<String, OpenEnum>) Transport::of, Transport.knownValues(),
                        List.of("UDP", "TCP", "TLS")),
                Arguments.of("Direction", (Function<String, OpenEnum>) Direction::of, Direction.knownValues(),
                        List.of("INBOUND", "OUTBOUND")),
                Arguments.of("CallResult", (Function<String, OpenEnum>) CallResult::of, CallResult.knownValues(),
                        List.of("COMPLETED", "NO_ANSWER", "CANCEL", "BUSY", "FAILED")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void of_parsesEveryKnownValueCaseInsensitivelyToItsConstant(String type, Function<String, OpenEnum> of,
                                                                List<? extends OpenEnum> known, List<String> values) {
        assertThat(known).extracting(OpenEnum::value).containsExactlyElementsOf(values);
        for (OpenEnum constant : known) {
            assertThat(of.apply(constant.value().toLowerCase())).isSameAs(constant);
            assertThat(of.apply(" " + constant.value() + " ")).isSameAs(constant);
            assertThat(constant.isKnown()).isTrue();
            assertThat(constant).hasToString(constant.value());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void of_keepsAnUnknownValueInUpperCase(String type, Function<String, OpenEnum> of,
                                           List<? extends OpenEnum> known, List<String> values) {
        OpenEnum unknown = of.apply("Quantum_Link");

        assertThat(unknown.value()).isEqualTo("QUANTUM_LINK");
        assertThat(unknown.isKnown()).isFalse();
        assertThat(unknown).hasToString("QUANTUM_LINK").isNotIn(known);
        assertThat(unknown).isEqualTo(of.apply("quantum_link")).hasSameHashCodeAs(of.apply("QUANTUM_LINK"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void of_whenBlankOrNull_refuses(String type, Function<String, OpenEnum> of,
                                    List<? extends OpenEnum> known, List<String> values) {
        assertThatIllegalArgumentException().isThrownBy(() -> of.apply("  ")).withMessageContaining(type);
        assertThatNullPointerException().isThrownBy(() -> of.apply(null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void knownValues_isUnmodifiable(String type, Function<String, OpenEnum> of,
                                    List<? extends OpenEnum> known, List<String> values) {
        assertThatThrownBy(() -> known.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equals_whenSameValueOfDifferentTypes_isFalse() {
        assertThat(Direction.of("FAILED")).isNotEqualTo(CallResult.FAILED);
    }
}
