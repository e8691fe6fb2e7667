package dev.estsdk.api.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class SecretTest {

    @Test
    void toString_printsStarsNeverTheValue() {
        assertThat(Secret.of("Correct1Horse")).hasToString("***");
    }

    @Test
    void reveal_returnsTheValue() {
        assertThat(Secret.of("Correct1Horse").reveal()).isEqualTo("Correct1Horse");
    }

    @Test
    void equals_comparesValues() {
        assertThat(Secret.of("Correct1Horse"))
                .isEqualTo(Secret.of("Correct1Horse"))
                .hasSameHashCodeAs(Secret.of("Correct1Horse"))
                .isNotEqualTo(Secret.of("Correct1Horsf"))
                .isNotEqualTo(Secret.of("Correct1Horse1"))
                .isNotEqualTo("Correct1Horse");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pass\rword1A", "pass\nword1A", "pass\u0000word1A", "pass\tword1A", "pass\u007fword1A",
                            "pass\u0085word1A"})
    void of_whenValueHasControlCharacter_refusesWithoutEchoingIt(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> Secret.of(value))
                .withMessage("secret must not contain control characters such as CR or LF");
    }

    @Test
    void of_whenEmpty_refuses() {
        assertThatIllegalArgumentException().isThrownBy(() -> Secret.of("")).withMessage("secret must not be empty");
    }

    @Test
    void of_whenNull_refuses() {
        assertThatNullPointerException().isThrownBy(() -> Secret.of(null));
    }
}
