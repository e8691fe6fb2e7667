package dev.estsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetSettingsTest {

    private static final Map<String, String> CREDENTIALS = Map.of("EST_PROJECT_ID", "p1", "EST_KEY_ID", "k1",
            "EST_KEY_SECRET", "s3cret-value");

    @Test
    void noVariables_meanTheEmbeddedSimulator() {
        assertThat(TargetSettings.fromEnvironment(Map.of()).isEmbeddedSimulator()).isTrue();
        assertThat(TargetSettings.fromEnvironment(Map.of("EST_PROJECT_ID", " ")).isEmbeddedSimulator()).isTrue();
    }

    @Test
    void credentialsAlone_meanSinch() {
        TargetSettings s = TargetSettings.fromEnvironment(CREDENTIALS);

        assertThat(s.isEmbeddedSimulator()).isFalse();
        assertThat(s.baseUrl()).isEqualTo("https://elastic-trunking.api.sinch.com");
        assertThat(s.authUrl()).isEqualTo("https://auth.sinch.com/oauth2/token");
    }

    @Test
    void baseUrlWithoutAuthUrl_takesTokensFromTheSameServer() {
        Map<String, String> env = new HashMap<>(CREDENTIALS);
        env.put("EST_BASE_URL", "http://127.0.0.1:8089/");

        TargetSettings s = TargetSettings.fromEnvironment(env);

        assertThat(s.baseUrl()).isEqualTo("http://127.0.0.1:8089");
        assertThat(s.authUrl()).isEqualTo("http://127.0.0.1:8089/oauth2/token");
    }

    @Test
    void authUrl_overridesTheDefault() {
        Map<String, String> env = new HashMap<>(CREDENTIALS);
        env.put("EST_AUTH_URL", "https://eu.auth.sinch.com/oauth2/token");

        assertThat(TargetSettings.fromEnvironment(env).authUrl()).isEqualTo("https://eu.auth.sinch.com/oauth2/token");
    }

    @Test
    void malformedAuthUrl_isRejectedByName() {
        Map<String, String> env = new HashMap<>(CREDENTIALS);
        env.put("EST_AUTH_URL", "auth.sinch.com");

        assertThatThrownBy(() -> TargetSettings.fromEnvironment(env))
                .isInstanceOf(TargetConfigurationException.class).hasMessageStartingWith("EST_AUTH_URL must be");
    }

    @Test
    void toString_hidesTheSecret() {
        assertThat(TargetSettings.fromEnvironment(CREDENTIALS).toString())
                .doesNotContain("s3cret-value").contains("***");
    }
}
