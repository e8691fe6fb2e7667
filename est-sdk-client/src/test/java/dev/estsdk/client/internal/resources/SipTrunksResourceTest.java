package dev.estsdk.client.internal.resources;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.estsdk.api.Page;
import dev.estsdk.api.PagedIterable;
import dev.estsdk.api.SipTrunks;
import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstServiceException;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.api.model.CreateSipTrunkRequest;
import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.api.model.SipTrunkFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.estsdk.client.internal.resources.Requests.assertJsonBody;
import static dev.estsdk.client.internal.resources.Requests.assertSent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SipTrunksResourceTest extends WireMockResourceTest {

    static final String TRUNK_JSON = """
            {"id":"01W4FFL35P4NC4K35SIPTRUNK1","projectId":"proj-1","name":"Acme HQ","hostName":"acme-hq",
             "domain":"acme-hq.pstn.sinch.com","topLevelDomain":"pstn.sinch.com","callsPerSecond":1,
             "enableCallerName":false,"createTime":"2024-06-06T14:42:42.820177628Z","updateTime":null,
             "enabled":true}""";

    static final SipTrunk TRUNK = new SipTrunk("01W4FFL35P4NC4K35SIPTRUNK1", "Acme HQ", "acme-hq",
            "pstn.sinch.com", "acme-hq.pstn.sinch.com", 1, false, null, false,
            Instant.parse("2024-06-06T14:42:42.820177628Z"), null, "proj-1");

    private SipTrunks trunks() {
        return resources.sipTrunks();
    }

    @Test
    void create_postsOnlyTheSetFieldsAndReturnsTheServersTrunk() {
        stub(post(urlEqualTo(BASE + "/trunks")), json(201, TRUNK_JSON));

        SipTrunk created = trunks().create(t -> t.name("Acme HQ").hostName("acme-hq"));

        assertThat(created).isEqualTo(TRUNK);
        LoggedRequest request = onlyRequest();
        assertSent(request, "POST", BASE + "/trunks");
        assertJsonBody(request, """
                {"name":"Acme HQ","hostName":"acme-hq","enableCallerName":false,"enableCallForward":false}""");
        assertThat(request.getHeader("Authorization")).startsWith("Basic ");
        assertThat(runner.names()).containsExactly("CreateSipTrunk");
    }

    @Test
    void create_sendsEveryFieldOfTheRequest() {
        stub(post(urlEqualTo(BASE + "/trunks")), json(201, TRUNK_JSON));

        trunks().create(CreateSipTrunkRequest.builder().name("Acme HQ").hostName("acme-hq").enableCallerName(true)
                .callForwardNumber("+15551234567").build());

        assertJsonBody(onlyRequest(), """
                {"name":"Acme HQ","hostName":"acme-hq","enableCallerName":true,
                 "callForwardNumber":"+15551234567","enableCallForward":false}""");
    }

    @Test
    void create_whenConsumerBreaksARule_failsBeforeAnyRequest() {
        assertThatThrownBy(() -> trunks().create(t -> t.name("Acme").hostName("acme.example")))
                .isInstanceOf(EstValidationException.class)
                .hasMessageContaining("hostName");
        assertThat(requests()).isEmpty();
    }

    @Test
    void create_whenRequestNull_failsNamingTheParameter() {
        assertThatThrownBy(() -> trunks().create((CreateSipTrunkRequest) null))
                .isInstanceOf(NullPointerException.class).hasMessage("request");
        assertThat(requests()).isEmpty();
    }

    @Test
    void get_readsOneTrunk() {
        stub(get(urlEqualTo(BASE + "/trunks/01W4FFL35P4NC4K35SIPTRUNK1")), json(200, TRUNK_JSON));

        assertThat(trunks().get("01W4FFL35P4NC4K35SIPTRUNK1")).isEqualTo(TRUNK);
        assertSent(onlyRequest(), "GET", BASE + "/trunks/01W4FFL35P4NC4K35SIPTRUNK1");
        assertThat(runner.names()).containsExactly(SipTrunksResource.GET.name());
    }

    @ParameterizedTest
    @CsvSource({
        "a+b, a%2Bb",
        "a%2Fb, a%252Fb",
        "a b, a%20b",
        "caf\u00e9, caf%C3%A9",
        "a~b_c.d-e, a~b_c.d-e",
        "'a?b#c', a%3Fb%23c"
    })
    void get_encodesTheIdAsOneSegment(String id, String segment) {
        stub(get(urlEqualTo(BASE + "/trunks/" + segment)), json(200, TRUNK_JSON));

        trunks().get(id);

        assertSent(onlyRequest(), "GET", BASE + "/trunks/" + segment);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", ".", "..", "../x", "a/b", "a\\b", "a\nb", "a\u0000b"})
    void get_whenIdCouldLeaveItsSegment_failsNamingTheParameter(String id) {
        assertThatThrownBy(() -> trunks().get(id))
                .isInstanceOf(EstValidationException.class)
                .satisfies(e -> assertThat(((EstValidationException) e).violations())
                        .singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("trunkId")));
        assertThat(requests()).isEmpty();
    }

    @Test
    void get_whenIdNull_failsNamingTheParameter() {
        assertThatThrownBy(() -> trunks().get(null))
                .isInstanceOf(EstValidationException.class)
                .hasMessageContaining("trunkId");
    }

    @Test
    void get_whenSuccessHasNoBody_failsAsAClientError() {
        stub(get(urlEqualTo(BASE + "/trunks/t1")), aResponse().withStatus(200));

        assertThatThrownBy(() -> trunks().get("t1"))
                .isInstanceOf(EstClientException.class)
                .hasMessageContaining("GetSipTrunkById");
    }

    @Test
    void update_putsEveryWritableFieldIncludingNullsToTheRequestsTrunk() {
        stub(put(urlEqualTo(BASE + "/trunks/01W4FFL35P4NC4K35SIPTRUNK1")), json(200,
                TRUNK_JSON.replace("\"updateTime\":null", "\"updateTime\":\"2024-06-07T10:00:00Z\"")));

        SipTrunk updated = trunks().update(TRUNK.toUpdate().name("Renamed").build());

        assertThat(updated.updateTime()).isEqualTo(Instant.parse("2024-06-07T10:00:00Z"));
        LoggedRequest request = onlyRequest();
        assertSent(request, "PUT", BASE + "/trunks/01W4FFL35P4NC4K35SIPTRUNK1");
        assertJsonBody(request, """
                {"name":"Renamed","hostName":"acme-hq","enableCallerName":false,
                 "callForwardNumber":null,"enableCallForward":false}""");
    }

    @Test
    void update_withAChangeOfAFetchedTrunk_keepsEveryOtherWritableField() {
        SipTrunk fetched = new SipTrunk("t1", "Acme HQ", "acme-hq", "pstn.sinch.com", "acme-hq.pstn.sinch.com", 1,
                true, "+15551234567", true, null, null, "proj-1");
        stub(put(urlEqualTo(BASE + "/trunks/t1")), json(200, TRUNK_JSON));

        trunks().update(fetched, t -> t.name("Renamed"));

        assertJsonBody(onlyRequest(), """
                {"name":"Renamed","hostName":"acme-hq","enableCallerName":true,
                 "callForwardNumber":"+15551234567","enableCallForward":true}""");
    }

    @Test
    void delete_sendsDelete() {
        stub(delete(urlEqualTo(BASE + "/trunks/t1")), noContent());

        trunks().delete("t1");

        assertSent(onlyRequest(), "DELETE", BASE + "/trunks/t1");
        assertThat(runner.names()).containsExactly("DeleteSipTrunk");
    }

    @Test
    void list_sendsPageAndSizeAndReadsTheEnvelope() {
        stub(get(urlPathEqualTo(BASE + "/trunks")), json(200,
                "{\"trunks\":[" + TRUNK_JSON + "],\"totalItems\":1,\"pageNumber\":\"1\",\"size\":100}"));

        Page<SipTrunk> page = trunks().list().page(1);

        assertThat(page.items()).containsExactly(TRUNK);
        assertThat(page.totalItems()).hasValue(1);
        assertThat(page.hasNext()).isFalse();
        assertSent(onlyRequest(), "GET", BASE + "/trunks?page=1&size=500");
    }

    @Test
    void list_acceptsTheSpecItemsKeyAndPageSizeField() {
        stub(get(urlPathEqualTo(BASE + "/trunks")), json(200,
                "{\"sipTrunks\":[" + TRUNK_JSON + "],\"totalItems\":3,\"pageNumber\":1,\"pageSize\":1}"));

        Page<SipTrunk> page = trunks().list().withPageSize(1).page(1);

        assertThat(page.items()).containsExactly(TRUNK);
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    void list_whenThreePages_fetchesLazily() {
        for (int n = 1; n <= 3; n++) {
            String item = TRUNK_JSON.replace("SIPTRUNK1", "SIPTRUNK" + n);
            stub(get(urlEqualTo(BASE + "/trunks?page=" + n + "&size=1")),
                    json(200, "{\"trunks\":[" + item + "],\"totalItems\":3,\"pageNumber\":" + n + ",\"size\":1}"));
        }

        PagedIterable<SipTrunk> listing = trunks().list().withPageSize(1);
        assertThat(requests()).isEmpty();

        Iterator<SipTrunk> it = listing.iterator();
        assertThat(requests()).isEmpty();
        assertThat(it.next().id()).endsWith("SIPTRUNK1");
        assertThat(requests()).hasSize(1);
        assertThat(it.next().id()).endsWith("SIPTRUNK2");
        assertThat(urls()).containsExactlyInAnyOrder(BASE + "/trunks?page=1&size=1", BASE + "/trunks?page=2&size=1");
        assertThat(it.next().id()).endsWith("SIPTRUNK3");
        assertThat(it.hasNext()).isFalse();
        assertThat(requests()).hasSize(3);
    }

    @Test
    void list_withoutTotal_stopsAtAShortPage() {
        stub(get(urlEqualTo(BASE + "/trunks?page=1&size=2")), json(200,
                "{\"trunks\":[" + TRUNK_JSON + "," + TRUNK_JSON + "]}"));
        stub(get(urlEqualTo(BASE + "/trunks?page=2&size=2")), json(200, "{\"trunks\":[" + TRUNK_JSON + "]}"));

        assertThat(trunks().list().withPageSize(2).stream().toList()).hasSize(3);
        assertThat(requests()).hasSize(2);
    }

    @Test
    void list_whenItemsKeyOmitted_isEmpty() {
        stub(get(urlPathEqualTo(BASE + "/trunks")), json(200, "{\"totalItems\":0,\"pageNumber\":1}"));

        assertThat(trunks().list()).isEmpty();
        assertThat(requests()).hasSize(1);
    }

    @Test
    void listWithDomainFilter_filtersOnTheServer() {
        stub(get(urlPathEqualTo(BASE + "/trunks")), json(200,
                "{\"trunks\":[" + TRUNK_JSON + "],\"totalItems\":1,\"pageNumber\":1,\"size\":100}"));

        assertThat(trunks().list(SipTrunkFilter.byDomain("acme-hq.pstn.sinch.com"))).containsExactly(TRUNK);
        assertThat(onlyRequest().queryParameter("domain").firstValue()).isEqualTo("acme-hq.pstn.sinch.com");
    }

    @Test
    void listWithoutConditions_sendsNoDomain() {
        stub(get(urlPathEqualTo(BASE + "/trunks")), json(200, "{\"trunks\":[],\"totalItems\":0}"));

        assertThat(trunks().list(SipTrunkFilter.all())).isEmpty();
        assertThat(onlyRequest().queryParameter("domain").isPresent()).isFalse();
    }

    @Test
    void listWithFilter_whenFilterNull_failsBeforeAnyRequest() {
        assertThatThrownBy(() -> trunks().list((SipTrunkFilter) null))
                .isInstanceOf(NullPointerException.class).hasMessage("filter");
        assertThat(requests()).isEmpty();
    }

    @Test
    void addAccessControlLists_postsTheIdsAndReturnsTheEcho() {
        stub(post(urlEqualTo(BASE + "/trunks/t1/accessControlLists")),
                json(200, "{\"accessControlListIds\":[\"a1\",\"a2\"]}"));

        assertThat(trunks().addAccessControlLists("t1", List.of("a1", "a2"))).containsExactly("a1", "a2");
        LoggedRequest request = onlyRequest();
        assertSent(request, "POST", BASE + "/trunks/t1/accessControlLists");
        assertJsonBody(request, "{\"accessControlListIds\":[\"a1\",\"a2\"]}");
        assertThat(runner.names()).containsExactly("AddAccessControlListToTrunk");
    }

    @Test
    void addAccessControlLists_whenServerAnswersEmptyObject_returnsEmpty() {
        stub(post(urlEqualTo(BASE + "/trunks/t1/accessControlLists")), json(200, "{}"));

        assertThat(trunks().addAccessControlLists("t1", List.of("a1"))).isEmpty();
    }

    @Test
    void addAccessControlLists_whenNoIdOrBlankId_failsBeforeAnyRequest() {
        assertThatThrownBy(() -> trunks().addAccessControlLists("t1", List.of()))
                .isInstanceOf(EstValidationException.class).hasMessageContaining("accessControlListIds");
        assertThatThrownBy(() -> trunks().addAccessControlLists("t1", List.of("a1", " ")))
                .isInstanceOf(EstValidationException.class).hasMessageContaining("accessControlListIds[1]");
        assertThat(requests()).isEmpty();
    }

    @Test
    void listAccessControlLists_readsIds() {
        stub(get(urlPathEqualTo(BASE + "/trunks/t1/accessControlLists")), json(200,
                "{\"accessControlListIds\":[\"01HA2E80QCBX185VVP21PJG9CT\"],\"pageNumber\":1,\"size\":1000,"
                        + "\"totalItems\":1}"));

        assertThat(trunks().listAccessControlLists("t1")).containsExactly("01HA2E80QCBX185VVP21PJG9CT");
        assertSent(onlyRequest(), "GET", BASE + "/trunks/t1/accessControlLists?page=1&size=500");
        assertThat(runner.names()).containsExactly("GetAccessControlListsForTrunk");
    }

    @Test
    void removeAccessControlList_deletesTheLink() {
        stub(delete(urlEqualTo(BASE + "/trunks/t1/accessControlLists/a1")), noContent());

        trunks().removeAccessControlList("t1", "a1");

        assertSent(onlyRequest(), "DELETE", BASE + "/trunks/t1/accessControlLists/a1");
        assertThat(runner.names()).containsExactly("DeleteAccessControlListFromTrunk");
    }

    @Test
    void addCredentialLists_postsTheIdsAndReturnsTheEcho() {
        stub(post(urlEqualTo(BASE + "/trunks/t1/credentialLists")), json(200, "{\"credentialListIds\":[\"c1\"]}"));

        assertThat(trunks().addCredentialLists("t1", List.of("c1"))).containsExactly("c1");
        LoggedRequest request = onlyRequest();
        assertSent(request, "POST", BASE + "/trunks/t1/credentialLists");
        assertJsonBody(request, "{\"credentialListIds\":[\"c1\"]}");
        assertThat(runner.names()).containsExactly("AddCredentialListToTrunk");
    }

    @Test
    void listCredentialLists_readsIds() {
        stub(get(urlPathEqualTo(BASE + "/trunks/t1/credentialLists")), json(200,
                "{\"credentialListIds\":[\"c1\",\"c2\"],\"pageNumber\":\"1\",\"size\":100,\"totalItems\":2}"));

        assertThat(trunks().listCredentialLists("t1")).containsExactly("c1", "c2");
        assertSent(onlyRequest(), "GET", BASE + "/trunks/t1/credentialLists?page=1&size=500");
        assertThat(runner.names()).containsExactly("GetCredentialListsForTrunk");
    }

    @Test
    void listCredentialLists_acceptsWholeListsUnderTheNodeKey() {
        stub(get(urlPathEqualTo(BASE + "/trunks/t1/credentialLists")), json(200, """
                {"credentialLists":[{"id":"c1","name":"HQ","credentials":[{"id":"u1","username":"alice"}]}],
                 "pageNumber":1,"pageSize":100,"totalItems":1}"""));

        assertThat(trunks().listCredentialLists("t1")).containsExactly("c1");
    }

    @Test
    void replaceCredentialLists_putsTheWholeSet() {
        stub(put(urlEqualTo(BASE + "/trunks/t1/credentialLists")), json(200, "{\"credentialListIds\":[\"c2\"]}"));

        assertThat(trunks().replaceCredentialLists("t1", List.of("c2"))).containsExactly("c2");
        LoggedRequest request = onlyRequest();
        assertSent(request, "PUT", BASE + "/trunks/t1/credentialLists");
        assertJsonBody(request, "{\"credentialListIds\":[\"c2\"]}");
        assertThat(runner.names()).containsExactly("BulkUpdateCredentialListsForTrunk");
    }

    @Test
    void replaceCredentialLists_withNoIds_unlinksAll() {
        stub(put(urlEqualTo(BASE + "/trunks/t1/credentialLists")), json(200, "{\"credentialListIds\":[]}"));

        assertThat(trunks().replaceCredentialLists("t1", List.of())).isEmpty();
        assertJsonBody(onlyRequest(), "{\"credentialListIds\":[]}");
    }

    @Test
    void removeCredentialList_deletesTheLink() {
        stub(delete(urlEqualTo(BASE + "/trunks/t1/credentialLists/c1")), noContent());

        trunks().removeCredentialList("t1", "c1");

        assertSent(onlyRequest(), "DELETE", BASE + "/trunks/t1/credentialLists/c1");
        assertThat(runner.names()).containsExactly("RemoveCredentialListFromTrunk");
    }

    @ParameterizedTest
    @CsvSource({
        "400, dev.estsdk.api.exception.BadRequestException",
        "401, dev.estsdk.api.exception.AuthenticationException",
        "403, dev.estsdk.api.exception.PermissionDeniedException",
        "404, dev.estsdk.api.exception.NotFoundException",
        "409, dev.estsdk.api.exception.ConflictException",
        "429, dev.estsdk.api.exception.RateLimitException",
        "500, dev.estsdk.api.exception.ServerErrorException"
    })
    void get_whenServerAnswersError_theRunnersExceptionPropagates(int status,
                                                                   Class<? extends EstServiceException> type) {
        stub(get(urlEqualTo(BASE + "/trunks/t1")), json(status,
                "{\"code\":" + status + ",\"status\":\"X\",\"message\":\"no\"}"));

        assertThatThrownBy(() -> trunks().get("t1"))
                .isInstanceOf(type)
                .satisfies(e -> assertThat(((EstServiceException) e).status()).isEqualTo(status));
        assertThat(requests()).hasSize(1);
    }

    @Test
    void listing_whenAPageFails_theErrorSurfacesFromTheIterator() {
        stub(get(urlPathEqualTo(BASE + "/trunks")), json(404, "{}"));

        PagedIterable<SipTrunk> listing = trunks().list();

        assertThatThrownBy(() -> listing.iterator().hasNext()).isInstanceOf(NotFoundException.class);
    }
}
