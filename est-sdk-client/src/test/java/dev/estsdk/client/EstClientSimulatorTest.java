package dev.estsdk.client;

import dev.estsdk.core.testing.Attempts;

import dev.estsdk.core.AttemptEvent;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.estsdk.api.exception.BadRequestException;
import dev.estsdk.api.exception.FieldViolation;
import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.api.model.AccessControlList;
import dev.estsdk.api.model.CredentialList;
import dev.estsdk.api.model.PhoneNumber;
import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.api.model.SipTrunkFilter;
import dev.estsdk.testkit.EstSimulator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** End to end: the public client against the stateful simulator, authenticated with OAuth2. */
class EstClientSimulatorTest {

    private static EstSimulator sim;
    private static EstClient est;
    private static final List<AttemptEvent> EVENTS = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        sim = EstSimulator.start();
        est = EstClient.builder().projectId(sim.projectId())
                .credentials(EstCredentials.oauth(sim.keyId(), sim.keySecret()))
                .baseUrl(sim.baseUrl()).authUrl(sim.authUrl())
                .callListener(Attempts.into(EVENTS::add)).build();
    }

    @AfterAll
    static void stop() {
        est.close();
        sim.close();
    }

    @Test
    void provisioningRoundTrip_worksAgainstTheSimulator() {
        SipTrunk trunk = est.sipTrunks().create(t -> t.name("Acme").hostName("acme"));
        assertThat(trunk.domain()).isEqualTo("acme.pstn.sinch.com");
        assertThat(est.sipTrunks().get(trunk.id()).name()).isEqualTo("Acme");
        assertThat(est.sipTrunks().list(SipTrunkFilter.byDomain("acme.pstn.sinch.com"))).extracting(SipTrunk::id)
                .containsExactly(trunk.id());

        AccessControlList acl = est.accessControlLists().create(a -> a.name("office").ipRange("203.0.113.0", 24));
        assertThat(est.sipTrunks().addAccessControlLists(trunk.id(), List.of(acl.id()))).contains(acl.id());
        CredentialList users = est.credentialLists().create(r -> r.name("users").credential("alice", "Str0ngPassword1"));
        assertThat(users.credentials()).extracting(c -> c.username()).containsExactly("alice");

        String number = EstSimulator.DEFAULT_OWNED_NUMBERS.get(0);
        PhoneNumber assigned = est.phoneNumbers().assign(trunk.id(), number);
        assertThat(assigned.sipTrunkId()).isEqualTo(trunk.id());

        SipTrunk renamed = est.sipTrunks().update(trunk, t -> t.name("Acme Corp"));
        assertThat(renamed.name()).isEqualTo("Acme Corp");

        est.phoneNumbers().unassign(number);
        est.sipTrunks().delete(trunk.id());
        assertThatThrownBy(() -> est.sipTrunks().get(trunk.id())).isInstanceOf(NotFoundException.class);

        assertThat(sim.wireMock().findAll(postRequestedFor(urlPathEqualTo("/oauth2/token"))))
                .as("one token for the whole session").hasSize(1);
        assertThat(EVENTS).extracting(AttemptEvent::pathTemplate).allSatisfy(template ->
                assertThat(template).startsWith("/v1/projects/{projectId}").doesNotContain(trunk.id()));
    }

    @Test
    void notFound_messageNamesTheCallAndQuotesTheRequestIdTheServerSaw() {
        NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> est.sipTrunks().get("missing-trunk"));

        assertThat(e.getMessage()).startsWith("HTTP 404 GET /v1/projects/" + sim.projectId() + "/trunks/missing-trunk: ")
                .contains(e.serverMessage(), "code=NO_RESOURCE_FOUND", "requestId=" + e.requestId());
        assertThat(sim.wireMock().findAll(getRequestedFor(urlPathEqualTo("/v1/projects/" + sim.projectId()
                + "/trunks/missing-trunk")))).singleElement()
                .satisfies(request -> assertThat(request.getHeader("X-Request-Id")).isEqualTo(e.requestId()));
    }

    @Test
    void serverValidationError_saysEachViolationOnce() {
        est.sipTrunks().create(t -> t.name("First").hostName("taken-host"));

        BadRequestException e = catchThrowableOfType(BadRequestException.class,
                () -> est.sipTrunks().create(t -> t.name("Second").hostName("taken-host")));

        assertThat(e.fieldViolations()).extracting(FieldViolation::field).contains("hostName");
        String violation = e.fieldViolations().get(0).toString();
        assertThat(e.getMessage().split(java.util.regex.Pattern.quote(violation), -1)).hasSize(2);
    }
}
