package dev.estsdk.client.internal.resources;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.estsdk.api.PhoneNumbers;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.api.model.PhoneNumber;
import dev.estsdk.api.model.PhoneNumberFilter;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.estsdk.client.internal.resources.Requests.assertJsonBody;
import static dev.estsdk.client.internal.resources.Requests.assertSent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneNumbersResourceTest extends WireMockResourceTest {

    static final String NUMBERS = BASE + "/phoneNumbers";

    static final String NUMBER_JSON = """
            {"id":"01ARZ3NDEKTSV4RRFFQ69G5FAV","sipTrunkId":"5RTRZ3NDEKTSV4RRFFQ69G5EWS",
             "phoneNumber":"+15552229999","countryCode":"US","createTime":"2024-06-06T14:42:42Z","updateTime":null}""";

    static final PhoneNumber NUMBER = new PhoneNumber("01ARZ3NDEKTSV4RRFFQ69G5FAV", "+15552229999",
            "5RTRZ3NDEKTSV4RRFFQ69G5EWS", "US", Instant.parse("2024-06-06T14:42:42Z"), null);

    private PhoneNumbers numbers() {
        return resources.phoneNumbers();
    }

    @Test
    void list_withoutFilter_sendsOnlyPaging() {
        stub(get(urlEqualTo(NUMBERS + "?page=1&size=500")), json(200,
                "{\"phoneNumbers\":[" + NUMBER_JSON + "],\"totalItems\":1,\"pageNumber\":1,\"size\":100}"));

        assertThat(numbers().list()).containsExactly(NUMBER);
        assertSent(onlyRequest(), "GET", NUMBERS + "?page=1&size=500");
        assertThat(runner.names()).containsExactly("GetPhoneNumbers");
    }

    @Test
    void list_forTrunk_filtersByTrunkId() {
        stub(get(urlEqualTo(NUMBERS + "?page=1&size=500&sipTrunkId=5RTRZ3NDEKTSV4RRFFQ69G5EWS")), json(200,
                "{\"phoneNumbers\":[" + NUMBER_JSON + "],\"totalItems\":1}"));

        assertThat(numbers().list(PhoneNumberFilter.forTrunk("5RTRZ3NDEKTSV4RRFFQ69G5EWS"))).containsExactly(NUMBER);
        assertSent(onlyRequest(), "GET", NUMBERS + "?page=1&size=500&sipTrunkId=5RTRZ3NDEKTSV4RRFFQ69G5EWS");
    }

    @Test
    void get_sendsThePlusEncoded() {
        stub(get(urlEqualTo(NUMBERS + "/%2B15552229999")), json(200, NUMBER_JSON));

        assertThat(numbers().get("+15552229999")).isEqualTo(NUMBER);
        assertSent(onlyRequest(), "GET", NUMBERS + "/%2B15552229999");
        assertThat(runner.names()).containsExactly("GetPhoneNumber");
    }

    @Test
    void get_whenNotE164_failsBeforeAnyRequest() {
        assertThatThrownBy(() -> numbers().get("15552229999"))
                .isInstanceOf(EstValidationException.class).hasMessageContaining("phoneNumber");
        assertThat(requests()).isEmpty();
    }

    @Test
    void get_readsAnEmptyTrunkIdAsUnassigned() {
        stub(get(urlEqualTo(NUMBERS + "/%2B15552229999")), json(200, NUMBER_JSON.replace(
                "\"5RTRZ3NDEKTSV4RRFFQ69G5EWS\"", "\"\"")));

        PhoneNumber number = numbers().get("+15552229999");

        assertThat(number.isAssigned()).isFalse();
        assertThat(number.sipTrunkId()).isNull();
    }

    @Test
    void get_whenNotAnEstNumber_throwsNotFound() {
        stub(get(urlEqualTo(NUMBERS + "/%2B15550000000")), json(404, "{}"));

        assertThatThrownBy(() -> numbers().get("+15550000000")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void assign_postsTrunkAndNumber() {
        stub(post(urlEqualTo(NUMBERS)), json(201, NUMBER_JSON));

        assertThat(numbers().assign("5RTRZ3NDEKTSV4RRFFQ69G5EWS", "+15552229999")).isEqualTo(NUMBER);
        LoggedRequest request = onlyRequest();
        assertSent(request, "POST", NUMBERS);
        assertJsonBody(request, "{\"sipTrunkId\":\"5RTRZ3NDEKTSV4RRFFQ69G5EWS\",\"phoneNumber\":\"+15552229999\"}");
        assertThat(runner.names()).containsExactly("AssignPhoneNumber");
    }

    @Test
    void assign_whenAnsweredWithoutBody_returnsTheRequestedAssignment() {
        stub(post(urlEqualTo(NUMBERS)), aResponse().withStatus(201));

        assertThat(numbers().assign("t1", "+15552229999"))
                .isEqualTo(new PhoneNumber(null, "+15552229999", "t1", null, null, null));
    }

    @Test
    void assign_whenTrunkBlankOrNumberNotE164_failsBeforeAnyRequest() {
        assertThatThrownBy(() -> numbers().assign(" ", "+15552229999"))
                .isInstanceOf(EstValidationException.class).hasMessageContaining("trunkId");
        assertThatThrownBy(() -> numbers().assign("t1", "+1 555"))
                .isInstanceOf(EstValidationException.class).hasMessageContaining("phoneNumber");
        assertThat(requests()).isEmpty();
    }

    @Test
    void unassign_postsAnEmptyTrunkId() {
        stub(post(urlEqualTo(NUMBERS)), json(201, NUMBER_JSON.replace("\"5RTRZ3NDEKTSV4RRFFQ69G5EWS\"", "\"\"")));

        numbers().unassign("+15552229999");

        LoggedRequest request = onlyRequest();
        assertSent(request, "POST", NUMBERS);
        assertJsonBody(request, "{\"sipTrunkId\":\"\",\"phoneNumber\":\"+15552229999\"}");
        assertThat(runner.names()).containsExactly("UnassignPhoneNumber");
    }
}
