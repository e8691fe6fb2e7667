package dev.estsdk.api.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A valid, fully populated value survives {@code toBuilder().build()} unchanged. */
class ModelRoundTripTest {

    private static final Instant CREATED = Instant.parse("2024-06-06T14:42:42.820177628Z");
    private static final Instant UPDATED = Instant.parse("2024-06-07T08:00:00Z");

    static Stream<Arguments> models() {
        return Stream.of(
                model(new CreateCredentialListRequest("Phones", List.of(NewCredential.of("alice",
                        Secret.of("Correct1Horse")))), c -> c.toBuilder().build()),
                model(new PhoneNumberFilter("01TRUNK"), f -> f.toBuilder().build()));
    }

    private static <T> Arguments model(T value, UnaryOperator<T> roundTrip) {
        return Arguments.of(value.getClass().getSimpleName(), value, roundTrip);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    <T> void toBuilder_build_returnsAnEqualValue(String type, T value, UnaryOperator<T> roundTrip) {
        T copy = roundTrip.apply(value);

        assertThat(copy).isEqualTo(value).isNotSameAs(value).hasToString(value.toString());
    }
}
