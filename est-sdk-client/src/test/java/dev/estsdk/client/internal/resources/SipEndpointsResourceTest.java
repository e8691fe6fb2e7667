package dev.estsdk.client.internal.resources;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.estsdk.api.SipEndpoints;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.api.model.CreateStaticEndpointRequest;
import dev.estsdk.api.model.RegisteredEndpoint;
import dev.estsdk.api.model.SipEndpoint;
import dev.estsdk.api.model.StaticEndpoint;
import dev.estsdk.api.model.Transport;
import dev.estsdk.api.model.UpdateStaticEndpointRequest;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.estsdk.client.internal.resources.Requests.assertJsonBody;
import static dev.estsdk.client.internal.resources.Requests.assertSent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SipEndpointsResourceTest extends WireMockResourceTest {

    static final String ENDPOINTS = BASE + "/trunks/t1/endpoints";

    static final String STATIC_JSON = """
            {"id":"e1","sipTrunkId":"t1","name":"sbc-1","address":"203.0.113.10","port":5060,
             "transport":"UDP","priority":1,"enabled":true,"createTime":"2024-06-06T14:42:42Z",
             "updateTime":null,"projectId":"proj-1","weight":7}""";

    static final String REGISTERED_JSON = """
            {"id":"e2","sipTrunkId":"t1","name":"desk","isRegistered":true,"credentialUsername":"alice",
             "transport":"TLS","priority":2,"enabled":false,"createTime":"2024-06-06T14:42:42Z",
             "updateTime":"2024-06-07T08:00:00.5Z","projectId":"proj-1"}""";

    static final StaticEndpoint STATIC = new StaticEndpoint("e1", "t1", "sbc-1", "203.0.113.10", 5060,
            Transport.UDP, 1, true, Instant.parse("2024-06-06T14:42:42Z"), null, "proj-1");

    static final RegisteredEndpoint REGISTERED = new RegisteredEndpoint("e2", "t1", "desk", "alice",
            Transport.TLS, 2, false, Instant.parse("2024-06-06T14:42:42Z"),
            Instant.parse("2024-06-07T08:00:00.5Z"), "proj-1");

    private SipEndpoints endpoints() {
        return resources.sipEndpoints();
    }

    @Test
    void createStatic_postsExplicitValuesAndReturnsAStaticEndpoint() {
        stub(post(urlEqualTo(ENDPOINTS)), json(201, STATIC_JSON));

        SipEndpoint created = endpoints().createStatic("t1", e -> e.name("sbc-1").address("203.0.113.10"));

        assertThat(created).isEqualTo(STATIC);
        LoggedRequest request = onlyRequest();
        assertSent(request, "POST", ENDPOINTS);
        assertJsonBody(request, """
                {"name":"sbc-1","address":"203.0.113.10","port":5060,"transport":"UDP","priority":1,"enabled":true}""");
        assertThat(runner.names()).containsExactly("CreateSipEndpoint");
    }

    @Test
    void createRegistered_marksTheEndpointRegistered() {
        stub(post(urlEqualTo(ENDPOINTS)), json(201, REGISTERED_JSON));

        SipEndpoint created = endpoints().createRegistered("t1", e -> e.name("desk").credentialUsername("alice")
                .transport(Transport.TLS).priority(2).enabled(false));

        assertThat(created).isEqualTo(REGISTERED);
        assertJsonBody(onlyRequest(), """
                {"name":"desk","isRegistered":true,"credentialUsername":"alice","transport":"TLS","priority":2,
                 "enabled":false}""");
    }

    @Test
    void create_whenServerAnswersWithTheSpecsPageShape_returnsItsEndpoint() {
        stub(post(urlEqualTo(ENDPOINTS)), json(200, "{\"endpoints\":[" + STATIC_JSON + "],\"totalItems\":1}"));

        assertThat(endpoints().create("t1", CreateStaticEndpointRequest.builder().name("sbc-1")
                .address("203.0.113.10").build())).isEqualTo(STATIC);
    }

    @Test
    void createStatic_whenEndpointBreaksARule_failsBeforeAnyRequest() {
        assertThatThrownBy(() -> endpoints().createStatic("t1", e -> e.name("sbc").address("203.0.113.10").port(0)
                .priority(0)))
                .isInstanceOf(EstValidationException.class)
                .hasMessageContaining("port").hasMessageContaining("priority");
        assertThat(requests()).isEmpty();
    }

    @Test
    void list_readsBothKindsAndUnknownTransports() {
        stub(get(urlEqualTo(ENDPOINTS + "?page=1&size=500")), json(200, "{\"endpoints\":[" + STATIC_JSON + ","
                + REGISTERED_JSON + "," + STATIC_JSON.replace("\"UDP\"", "\"sctp\"") + "],\"totalItems\":3}"));

        assertThat(endpoints().list("t1").stream().toList())
                .containsExactly(STATIC, REGISTERED, new StaticEndpoint("e1", "t1", "sbc-1", "203.0.113.10", 5060,
                        Transport.of("SCTP"), 1, true, Instant.parse("2024-06-06T14:42:42Z"), null, "proj-1"))
                .last().satisfies(e -> assertThat(e.transport().isKnown()).isFalse());
        assertSent(onlyRequest(), "GET", ENDPOINTS + "?page=1&size=500");
        assertThat(runner.names()).containsExactly("GetSipEndpoints");
    }

    @Test
    void get_readsOneEndpoint() {
        stub(get(urlEqualTo(ENDPOINTS + "/e2")), json(200, REGISTERED_JSON));

        assertThat(endpoints().get("t1", "e2")).isEqualTo(REGISTERED);
        assertSent(onlyRequest(), "GET", ENDPOINTS + "/e2");
        assertThat(runner.names()).containsExactly("GetSipEndpointById");
    }

    @Test
    void get_whenOnlyDefaultsAreLeftOut_appliesTheServersDefaults() {
        stub(get(urlEqualTo(ENDPOINTS + "/e1")), json(200, """
                {"id":"e1","sipTrunkId":"t1","name":"sbc-1","address":"203.0.113.10","priority":1}"""));

        assertThat(endpoints().get("t1", "e1")).isEqualTo(new StaticEndpoint("e1", "t1", "sbc-1", "203.0.113.10",
                5060, Transport.UDP, 1, true, null, null, null));
    }

    @Test
    void get_readsTheDeprecatedUsernameSpelling() {
        stub(get(urlEqualTo(ENDPOINTS + "/e2")), json(200, """
                {"id":"e2","name":"desk","credentialUserName":"alice","priority":1}"""));

        assertThat(endpoints().get("t1", "e2")).isInstanceOfSatisfying(RegisteredEndpoint.class,
                r -> assertThat(r.credentialUsername()).isEqualTo("alice"));
    }

    @Test
    void update_putsEveryWritableFieldOfTheKind() {
        stub(put(urlEqualTo(ENDPOINTS + "/e1")), json(200, STATIC_JSON));

        SipEndpoint updated = endpoints().update(STATIC.toUpdate().address("127.0.0.2").port(5061)
                .transport(Transport.TCP).priority(3).enabled(false).build());

        assertThat(updated).isEqualTo(STATIC);
        LoggedRequest request = onlyRequest();
        assertSent(request, "PUT", ENDPOINTS + "/e1");
        assertJsonBody(request, """
                {"name":"sbc-1","address":"127.0.0.2","port":5061,"transport":"TCP","priority":3,"enabled":false}""");
        assertThat(runner.names()).containsExactly("UpdateSipEndpoint");
    }

    @Test
    void update_sendsTheIdsOnceInThePathAndNoServerOwnedFieldInTheBody() {
        stub(put(urlEqualTo(ENDPOINTS + "/e2")), json(200, REGISTERED_JSON));

        endpoints().update(REGISTERED, e -> e.priority(4));

        LoggedRequest request = onlyRequest();
        assertSent(request, "PUT", ENDPOINTS + "/e2");
        assertJsonBody(request, """
                {"name":"desk","isRegistered":true,"credentialUsername":"alice","transport":"TLS","priority":4,
                 "enabled":false}""");
        assertThat(request.getBodyAsString()).doesNotContain("\"id\"", "sipTrunkId", "createTime", "updateTime",
                "projectId", "e2", "t1");
    }

    @Test
    void update_fromAnOutputThatBreaksARule_failsBeforeAnyRequest() {
        StaticEndpoint old = new StaticEndpoint("e1", "t1", "sbc", "203.0.113.10", 0, Transport.UDP, 1, true,
                null, null, null);

        assertThatThrownBy(() -> endpoints().update(old, e -> e.name("sbc-2")))
                .isInstanceOf(EstValidationException.class).hasMessageContaining("port");
        assertThat(requests()).isEmpty();
    }

    @Test
    void delete_sendsDelete() {
        stub(delete(urlEqualTo(ENDPOINTS + "/e1")), noContent());

        endpoints().delete("t1", "e1");

        assertSent(onlyRequest(), "DELETE", ENDPOINTS + "/e1");
        assertThat(runner.names()).containsExactly("DeleteSipEndpoint");
    }

    @Test
    void everyOperation_refusesABadIdBeforeAnyRequest() {
        assertThatThrownBy(() -> endpoints().get("t1", "..")).isInstanceOf(EstValidationException.class)
                .hasMessageContaining("endpointId");
        assertThatThrownBy(() -> endpoints().list("a/b")).isInstanceOf(EstValidationException.class)
                .hasMessageContaining("trunkId");
        assertThatThrownBy(() -> endpoints().delete(" ", "e1")).isInstanceOf(EstValidationException.class);
        assertThatThrownBy(() -> endpoints().update(UpdateStaticEndpointRequest.builder("t1", null).name("sbc")
                .address("203.0.113.10").build())).isInstanceOf(EstValidationException.class)
                .hasMessageContaining("endpointId");
        assertThat(requests()).isEmpty();
    }

    @Test
    void get_whenMissing_throwsNotFound() {
        stub(get(urlEqualTo(ENDPOINTS + "/nope")), json(404, "{\"status\":\"NO_RESOURCE_FOUND\"}"));

        assertThatThrownBy(() -> endpoints().get("t1", "nope")).isInstanceOf(NotFoundException.class);
    }
}
