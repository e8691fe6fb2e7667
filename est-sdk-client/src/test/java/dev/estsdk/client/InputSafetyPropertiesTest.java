package dev.estsdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reliability properties 21 and 23 through the public client: path ids and builder input. */
@WireMockTest
class InputSafetyPropertiesTest {

    private WireMockRuntimeInfo wm;
    private EstClient client;

    @BeforeEach
    void start(WireMockRuntimeInfo wm) {
        this.wm = wm;
        stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(anyUrl()).willReturn(okJson("{\"id\":\"x\"}")));
        client = EstClient.builder().projectId("p1").credentials(EstCredentials.basic("key", "secret-0123456789"))
                .baseUrl(wm.getHttpBaseUrl()).build();
    }

    @AfterEach
    void stop() {
        client.close();
    }

    private List<LoggedRequest> journal() {
        return wm.getWireMock().find(anyRequestedFor(anyUrl()));
    }

    private static List<String> fieldsRefusedBy(ThrowingCallable call) {
        try {
            call.call();
        } catch (EstValidationException e) {
            return e.violations().stream().map(FieldViolation::field).toList();
        } catch (Throwable other) {
            throw new AssertionError("expected a validation exception, got " + other, other);
        }
        throw new AssertionError("expected a validation exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "a/b", ".", "..", "a\\b", " ", "a\nb"})
    @DisplayName("P21: path ids that could leave their segment are refused before any request")
    void dangerousPathIds_areRefused(String id) {
        assertThatThrownBy(() -> client.sipTrunks().get(id)).isInstanceOf(EstValidationException.class)
                .satisfies(e -> assertThat(((EstValidationException) e).attempts()).isZero());
        assertThatThrownBy(() -> client.sipEndpoints().delete("t1", id)).isInstanceOf(EstValidationException.class);
        assertThat(journal()).isEmpty();
    }

    @Test
    @DisplayName("P21: an id holding an encoded slash is sent as one encoded segment")
    void encodedSlash_staysOneSegment() {
        client.sipTrunks().get("a%2Fb");

        assertThat(journal()).singleElement().satisfies(r ->
                assertThat(r.getUrl()).isEqualTo("/v1/projects/p1/trunks/a%252Fb"));
    }

    @Test
    @DisplayName("P21: phone numbers keep their + (sent as %2B)")
    void phoneNumber_keepsItsPlus() {
        client.phoneNumbers().get("+15551234567");

        assertThat(journal()).singleElement().satisfies(r ->
                assertThat(r.getUrl()).isEqualTo("/v1/projects/p1/phoneNumbers/%2B15551234567"));
    }

    @Test
    @DisplayName("P23: bad input to builders fails at build() naming field and rule, before any request")
    void badBuilderInput_failsBeforeAnyRequest() {
        assertThat(fieldsRefusedBy(() -> client.sipTrunks().create(t -> t.name(" ").hostName("acme.example"))))
                .containsExactly("name", "hostName");
        assertThat(fieldsRefusedBy(() -> client.accessControlLists().addIpRange("acl1",
                r -> r.ipAddress("203.0.113.0").range(0)))).containsExactly("range");
        assertThat(fieldsRefusedBy(() -> client.accessControlLists().addIpRange("acl1",
                r -> r.ipAddress("203.0.113.0").range(33)))).containsExactly("range");
        assertThat(fieldsRefusedBy(() -> client.credentialLists().create(r -> r.name("users")
                .credential("u1", "short")))).containsExactly("credentials[0].password");
        assertThat(fieldsRefusedBy(() -> client.sipEndpoints().createStatic("t1",
                e -> e.name("edge").address("198.51.100.7").priority(0)))).containsExactly("priority");
        assertThat(fieldsRefusedBy(() -> client.sipTrunks().create(t -> t.name("Acme").hostName("acme")
                .enableCallForward(true).callForwardNumber("0701234567")))).containsExactly("callForwardNumber");

        assertThat(journal()).isEmpty();
    }

    @Test
    @DisplayName("P23: the message names the field and the rule and never echoes a password")
    void validationMessage_namesFieldAndRule() {
        assertThatThrownBy(() -> client.credentialLists().create(r -> r.name("users").credential("u1", "weakpass")))
                .hasMessageContaining("credentials[0].password").hasMessageNotContaining("weakpass");
        assertThatThrownBy(() -> client.sipTrunks().create(t -> t.name("Acme").hostName("acme.example")))
                .hasMessageContaining("hostName: must contain only letters, digits and hyphens");
    }
}
