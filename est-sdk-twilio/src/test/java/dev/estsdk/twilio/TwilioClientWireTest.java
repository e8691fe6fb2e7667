package dev.estsdk.twilio;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.estsdk.api.exception.BadRequestException;
import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.api.model.Secret;
import dev.estsdk.core.EstResponse;
import dev.estsdk.twilio.model.CreateCredentialRequest;
import dev.estsdk.twilio.model.IncomingPhoneNumber;
import dev.estsdk.twilio.model.RecordingMode;
import dev.estsdk.twilio.model.SipCredential;
import dev.estsdk.twilio.model.TransferMode;
import dev.estsdk.twilio.model.Trunk;
import dev.estsdk.twilio.model.UpdateRecordingRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.estsdk.twilio.TwilioHarness.ACCOUNT;
import static dev.estsdk.twilio.TwilioHarness.ACCOUNT_PATH;
import static dev.estsdk.twilio.TwilioHarness.AL;
import static dev.estsdk.twilio.TwilioHarness.CL;
import static dev.estsdk.twilio.TwilioHarness.CREDENTIALS;
import static dev.estsdk.twilio.TwilioHarness.PN;
import static dev.estsdk.twilio.TwilioHarness.TK;
import static dev.estsdk.twilio.TwilioHarness.TOKEN;
import static dev.estsdk.twilio.TwilioHarness.TRUNK;
import static dev.estsdk.twilio.TwilioHarness.TRUNKS;
import static dev.estsdk.twilio.TwilioHarness.requests;
import static dev.estsdk.twilio.TwilioHarness.trunkJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the Twilio client puts on the wire and reads back: method, path, form body, headers, paging, errors. */
@WireMockTest
class TwilioClientWireTest {

    private WireMockRuntimeInfo wm;
    private TwilioHarness client;

    @BeforeEach
    void start(WireMockRuntimeInfo wm) {
        this.wm = wm;
        this.client = new TwilioHarness(wm.getHttpBaseUrl());
    }

    @AfterEach
    void stop() {
        client.close();
    }

    private LoggedRequest only(String method, String path) {
        List<LoggedRequest> found = requests(wm, method, path);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void create_sendsOnlyTheSetFieldsAsAForm_withBasicAuthAndJsonAccept() {
        stubFor(post(TRUNKS).willReturn(okJson(trunkJson(TK)).withStatus(201)));

        Trunk trunk = client.twilio.trunks().create(t -> t.friendlyName("Acme & Co").domainName("acme.pstn.twilio.com")
                .transferMode(TransferMode.ENABLE_ALL));

        assertThat(trunk.sid()).isEqualTo(TK);
        assertThat(trunk.dateCreated()).isEqualTo(Instant.parse("2018-05-07T20:20:46Z"));
        assertThat(trunk.recording().mode()).isEqualTo(RecordingMode.DO_NOT_RECORD);
        LoggedRequest sent = only("POST", TRUNKS);
        assertThat(sent.getBodyAsString())
                .isEqualTo("FriendlyName=Acme+%26+Co&DomainName=acme.pstn.twilio.com&TransferMode=enable-all");
        assertThat(sent.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(sent.getHeader("Accept")).isEqualTo("application/json");
        assertThat(sent.getHeader("User-Agent")).startsWith("est-sdk-java/");
        assertThat(sent.getHeader("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString((ACCOUNT + ":" + TOKEN).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void update_isPartial_sendsOnlyTheChangedField_andAnEmptyValueToClear() {
        stubFor(post(TRUNK).willReturn(okJson(trunkJson(TK))));

        client.twilio.trunks().update(TK, t -> t.cnamLookupEnabled(true).clearDisasterRecoveryUrl());

        assertThat(only("POST", TRUNK).getBodyAsString()).isEqualTo("DisasterRecoveryUrl=&CnamLookupEnabled=true");
    }

    @Test
    void updateRecording_postsModeToTheRecordingSubResource() {
        stubFor(post(TRUNK + "/Recording").willReturn(okJson("{\"mode\":\"record-from-answer\",\"trim\":\"trim-silence\"}")));

        var recording = client.twilio.trunks().updateRecording(TK,
                UpdateRecordingRequest.builder().mode(RecordingMode.RECORD_FROM_ANSWER).build());

        assertThat(recording.mode()).isEqualTo(RecordingMode.RECORD_FROM_ANSWER);
        assertThat(only("POST", TRUNK + "/Recording").getBodyAsString()).isEqualTo("Mode=record-from-answer");
    }

    @Test
    void associations_postTheAssociatedSid_andDeleteByIt() {
        stubFor(post(TRUNK + "/IpAccessControlLists").willReturn(okJson("{\"sid\":\"" + AL + "\",\"trunk_sid\":\""
                + TK + "\",\"friendly_name\":\"office\",\"date_created\":\"2018-05-07T20:20:46Z\"}").withStatus(201)));
        stubFor(delete(TRUNK + "/IpAccessControlLists/" + AL).willReturn(aResponse().withStatus(204)));

        assertThat(client.twilio.trunkIpAccessControlLists().add(TK, AL).friendlyName()).isEqualTo("office");
        client.twilio.trunkIpAccessControlLists().remove(TK, AL);

        assertThat(only("POST", TRUNK + "/IpAccessControlLists").getBodyAsString())
                .isEqualTo("IpAccessControlListSid=" + AL);
        only("DELETE", TRUNK + "/IpAccessControlLists/" + AL);
    }

    @Test
    void createCredential_sendsThePassword_butNeverReturnsOrPrintsIt() {
        stubFor(post(CREDENTIALS).willReturn(okJson(TwilioHarness.credentialJson()).withStatus(201)));

        SipCredential credential = client.twilio.credentialLists().createCredential(CL,
                CreateCredentialRequest.builder().username("alice").password(Secret.of("Str0ngPassword!")).build());

        assertThat(credential.username()).isEqualTo("alice");
        assertThat(credential.dateCreated()).isEqualTo(Instant.parse("2015-08-19T19:48:45Z"));
        assertThat(only("POST", CREDENTIALS).getBodyAsString()).isEqualTo("Username=alice&Password=Str0ngPassword%21");
    }

    @Test
    void list_followsNextPageLinksLazily_onTheClientsOwnHost() {
        String first = "{\"trunks\":[" + trunkJson(TK) + "],\"meta\":{\"page\":0,\"page_size\":1,"
                + "\"next_page_url\":\"https://trunking.twilio.com/v1/Trunks?PageSize=1&Page=1&PageToken=PAabc\"}}";
        String second = "{\"trunks\":[" + trunkJson("TK" + "f".repeat(32)) + "],\"meta\":{\"page\":1,\"page_size\":1,"
                + "\"next_page_url\":null}}";
        stubFor(get(urlPathEqualTo(TRUNKS)).withQueryParam("PageToken", equalTo("PAabc")).atPriority(1)
                .willReturn(okJson(second)));
        stubFor(get(urlPathEqualTo(TRUNKS)).atPriority(5).willReturn(okJson(first)));

        var listing = client.twilio.trunks().list().withPageSize(1);
        assertThat(requests(wm, "GET", TRUNKS)).as("nothing fetched before iteration").isEmpty();
        var iterator = listing.iterator();
        assertThat(iterator.next().sid()).isEqualTo(TK);
        assertThat(requests(wm, "GET", TRUNKS)).hasSize(1);
        assertThat(iterator.next().sid()).isEqualTo("TK" + "f".repeat(32));
        assertThat(iterator.hasNext()).isFalse();

        List<LoggedRequest> sent = requests(wm, "GET", TRUNKS);
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).getUrl()).isEqualTo(TRUNKS + "?PageSize=1");
        assertThat(sent.get(1).getUrl()).isEqualTo(TRUNKS + "?PageSize=1&Page=1&PageToken=PAabc");
    }

    @Test
    void list_whenALinkPointsOutsideTheListing_refusesToFollowIt() {
        stubFor(get(urlPathEqualTo(TRUNK + "/OriginationUrls")).willReturn(okJson("{\"origination_urls\":[{\"sid\":\"" + TwilioHarness.OU + "\",\"priority\":10,\"weight\":10}],"
                + "\"meta\":{\"next_page_url\":\"https://trunking.twilio.com/v1/Trunks?PageToken=PAabc\"}}")));

        var pages = client.twilio.originationUrls().list(TK).pages().iterator();
        pages.next();

        assertThatThrownBy(pages::next).isInstanceOf(EstClientException.class)
                .hasMessageContaining("points outside the listing");
        assertThat(requests(wm, "GET", TRUNKS)).isEmpty();
    }

    @Test
    void list2010_followsTheRelativeNextPageUri() {
        String path = ACCOUNT_PATH + "/SIP/IpAccessControlLists.json";
        stubFor(get(urlPathEqualTo(path)).withQueryParam("PageToken", equalTo("PAnext")).atPriority(1)
                .willReturn(okJson("{\"ip_access_control_lists\":[{\"sid\":\"" + AL + "\"}],\"next_page_uri\":null}")));
        stubFor(get(urlPathEqualTo(path)).atPriority(5).willReturn(okJson("{\"ip_access_control_lists\":[{\"sid\":\"AL"
                + "e".repeat(32) + "\"}],"
                + "\"next_page_uri\":\"" + path + "?PageSize=50&Page=1&PageToken=PAnext\"}")));

        assertThat(client.twilio.ipAccessControlLists().list().stream().toList())
                .extracting(a -> a.sid()).containsExactly("AL" + "e".repeat(32), AL);
        assertThat(requests(wm, "GET", path)).hasSize(2);
    }

    @Test
    void findByPhoneNumber_sendsThePlusEncoded_andReturnsOnlyAnExactMatch() {
        String path = ACCOUNT_PATH + "/IncomingPhoneNumbers.json";
        stubFor(get(urlPathEqualTo(path)).willReturn(okJson("{\"incoming_phone_numbers\":["
                + "{\"sid\":\"PN" + "1".repeat(32) + "\",\"phone_number\":\"+141555512345\"},"
                + "{\"sid\":\"" + PN + "\",\"phone_number\":\"+14155551234\",\"trunk_sid\":null,"
                + "\"date_created\":\"Wed, 19 Aug 2015 19:48:45 +0000\"}],\"next_page_uri\":null}")));

        Optional<IncomingPhoneNumber> found = client.twilio.incomingPhoneNumbers().findByPhoneNumber("+14155551234");

        assertThat(found).map(IncomingPhoneNumber::sid).contains(PN);
        assertThat(wm.getWireMock().find(getRequestedFor(urlPathEqualTo(path))).get(0).getUrl())
                .contains("PhoneNumber=%2B14155551234");
    }

    @Test
    void error_readsTwilioCodeMessageMoreInfoAndRequestId() {
        stubFor(get(TRUNK).willReturn(aResponse().withStatus(404).withHeader("Twilio-Request-Id", "RQ" + "a".repeat(32))
                .withBody(TwilioHarness.errorJson(404, 20404, "The requested resource " + TRUNK + " was not found"))));

        assertThatThrownBy(client::get).isInstanceOfSatisfying(NotFoundException.class, e -> {
            assertThat(e.errorCode()).isEqualTo("20404");
            assertThat(e.serverMessage()).isEqualTo("The requested resource " + TRUNK + " was not found");
            assertThat(e.details().moreInfo()).isEqualTo("https://www.twilio.com/docs/errors/20404");
            assertThat(e.details().serverRequestId()).isEqualTo("RQ" + "a".repeat(32));
            assertThat(e.getMessage()).startsWith("HTTP 404 GET " + TRUNK + ": The requested resource")
                    .contains("code=20404").contains("serverRequestId=RQ" + "a".repeat(32));
        });
    }

    @Test
    void error_aDuplicateDomain_isABadRequestWithTwilioCode21248() {
        stubFor(post(TRUNKS).willReturn(aResponse().withStatus(400)
                .withBody(TwilioHarness.errorJson(400, 21248, "Trunk Domain already taken"))));

        assertThatThrownBy(client::create).isInstanceOfSatisfying(BadRequestException.class,
                e -> assertThat(e.errorCode()).isEqualTo("21248"));
    }

    @Test
    void malformedAnswer_failsNamingTheProperty_withoutRetrying() {
        stubFor(get(TRUNK).willReturn(okJson("{\"sid\":\"" + TK + "\",\"date_created\":\"yesterday\"}")));

        assertThatThrownBy(client::get).isInstanceOf(EstClientException.class)
                .hasMessageContaining("could not be decoded");
        assertThat(requests(wm, "GET", TRUNK)).hasSize(1);
    }

    @Test
    void withResponse_givesTheStatusHeadersAndTwilioRequestId() {
        stubFor(get(TRUNK).willReturn(okJson(trunkJson(TK)).withHeader("Twilio-Request-Id", "RQ" + "b".repeat(32))));

        EstResponse<Trunk> response = client.twilio.withResponse(api -> api.trunks().get(TK));

        assertThat(response.value().sid()).isEqualTo(TK);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Twilio-Request-Id")).contains("RQ" + "b".repeat(32));
        assertThat(response.attempts()).isEqualTo(1);
    }

    @Test
    void asyncWithResponse_givesTheSameForAFuture() {
        stubFor(get(TRUNK).willReturn(okJson(trunkJson(TK))));

        EstResponse<Trunk> response = client.twilio.async().withResponse(api -> api.trunks().get(TK)).join();

        assertThat(response.value().sid()).isEqualTo(TK);
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void list_whenTheNextLinkPointsBackToTheSamePage_failsInsteadOfFetchingForever() {
        stubFor(get(urlPathEqualTo(TRUNKS)).willReturn(okJson("{\"trunks\":[" + trunkJson(TK) + "],\"meta\":"
                + "{\"next_page_url\":\"https://trunking.twilio.com/v1/Trunks?PageSize=1&Page=1&PageToken=PAabc\"}}")));

        assertThatThrownBy(() -> client.twilio.trunks().list().withPageSize(1).stream().limit(100).toList())
                .isInstanceOf(EstClientException.class).hasMessageContaining("repeats");
        assertThatThrownBy(() -> client.twilio.async().trunks().list().withPageSize(1).toList().join())
                .hasCauseInstanceOf(EstClientException.class).hasMessageContaining("repeats");
        assertThat(requests(wm, "GET", TRUNKS)).as("two pages each time, then the loop is seen").hasSize(4);
    }

    @Test
    void list_whenTheAnswerHasNoRecordArray_failsAsUndecodable_insteadOfReadingAsEmpty() {
        stubFor(get(urlPathEqualTo(TRUNKS)).willReturn(okJson("{\"meta\":{\"next_page_url\":null}}")));
        stubFor(get(urlPathEqualTo(ACCOUNT_PATH + "/IncomingPhoneNumbers.json"))
                .willReturn(okJson("{\"numbers\":[],\"next_page_uri\":null}")));

        assertThatThrownBy(() -> client.twilio.trunks().list().stream().toList())
                .isInstanceOf(EstClientException.class).hasMessageContaining("decoded");
        assertThatThrownBy(() -> client.twilio.incomingPhoneNumbers().findByPhoneNumber("+14155551234"))
                .isInstanceOf(EstClientException.class).hasMessageContaining("decoded");
        assertThat(requests(wm, "GET", TRUNKS)).as("an undecodable answer is not retried").hasSize(1);
    }
}
