package dev.estsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PhoneNumberApiTest {

    @RegisterExtension
    static EstSimulatorExtension est = EstSimulatorExtension.create(b -> b.ownedNumbers("+12025550101",
            "+12025550102", "+14165550101", "+46701740605"));

    private EstHttp http;
    private String trunk;

    @BeforeEach
    void setUp() {
        http = new EstHttp(est.simulator());
        trunk = http.trunk("numbers");
    }

    @Test
    void listPhoneNumbers_showsTheSeededInventory_unassigned() {
        JsonNode r = http.get("/phoneNumbers").json();

        assertThat(r.get("phoneNumbers").findValuesAsText("phoneNumber"))
                .containsExactly("+12025550101", "+12025550102", "+14165550101", "+46701740605");
        assertThat(r.get("phoneNumbers").findValuesAsText("countryCode")).containsExactly("US", "US", "CA", "SE");
        assertThat(r.at("/phoneNumbers/0/sipTrunkId").isNull()).isTrue();
        assertThat(r.get("totalItems").asInt()).isEqualTo(4);
    }

    @Test
    void assignPhoneNumber_viaPostPhoneNumbers_returns201() {
        Reply r = http.post("/phoneNumbers", "{'sipTrunkId':'" + trunk + "','phoneNumber':'+12025550101'}");

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("sipTrunkId").asText()).isEqualTo(trunk);
        assertThat(r.json().get("phoneNumber").asText()).isEqualTo("+12025550101");
        assertThat(r.json().get("updateTime").isNull()).isTrue();
        assertThat(est.simulator().counts().assignedNumbers()).isEqualTo(1);
    }

    @Test
    void unassignPhoneNumber_withEmptySipTrunkId_returns200() {
        http.assign(trunk, "+12025550101");

        Reply r = http.post("/phoneNumbers", "{'sipTrunkId':'','phoneNumber':'+12025550101'}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("sipTrunkId").isNull()).isTrue();
        assertThat(est.simulator().counts().assignedNumbers()).isZero();
        assertThat(http.delete("/trunks/" + trunk).status()).as("trunk can go once numbers are off").isEqualTo(204);
    }

    @Test
    void assignPhoneNumber_whenProjectDoesNotOwnIt_returns404() {
        Reply r = http.post("/phoneNumbers", "{'sipTrunkId':'" + trunk + "','phoneNumber':'+12025559999'}");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.errorStatus()).isEqualTo("NO_RESOURCE_FOUND");
        assertThat(r.json().get("message").asText()).contains("not active on project");
    }

    @Test
    void assignPhoneNumber_toUnknownTrunk_returns404_andBadInputReturns400() {
        assertThat(http.post("/phoneNumbers", "{'sipTrunkId':'01HUNKNOWNUNKNOWNUNKNOWN00','phoneNumber':'+12025550101'}")
                .status()).isEqualTo(404);
        assertThat(http.post("/phoneNumbers", "{'sipTrunkId':'" + trunk + "','phoneNumber':'2025550101'}").status())
                .isEqualTo(400);
        assertThat(http.post("/phoneNumbers", "{'phoneNumber':'+12025550101'}").status()).isEqualTo(400);
    }

    @Test
    void listPhoneNumbers_filtersBySipTrunkId() {
        String other = http.trunk("numbers-2");
        http.assign(trunk, "+12025550101");
        http.assign(other, "+12025550102");

        JsonNode r = http.get("/phoneNumbers?sipTrunkId=" + trunk).json();

        assertThat(r.get("phoneNumbers").findValuesAsText("phoneNumber")).containsExactly("+12025550101");
        assertThat(r.get("totalItems").asInt()).isEqualTo(1);
    }

    @Test
    void getPhoneNumber_byEncodedOrLiteralPlus() {
        http.assign(trunk, "+46701740605");

        Reply encoded = http.get("/phoneNumbers/%2B46701740605");
        Reply literal = http.get("/phoneNumbers/+46701740605");

        assertThat(encoded.status()).isEqualTo(200);
        assertThat(encoded.json().get("sipTrunkId").asText()).isEqualTo(trunk);
        assertThat(literal.json().get("phoneNumber").asText()).isEqualTo("+46701740605");
        assertThat(http.get("/phoneNumbers/%2B19999999999").status()).isEqualTo(404);
    }

    @Test
    void reassigningANumber_movesItToTheNewTrunk() {
        String other = http.trunk("numbers-3");
        http.assign(trunk, "+12025550101");

        Reply r = http.post("/phoneNumbers", "{'sipTrunkId':'" + other + "','phoneNumber':'+12025550101'}");

        assertThat(r.json().get("sipTrunkId").asText()).isEqualTo(other);
        assertThat(r.json().get("updateTime").isNull()).isFalse();
    }
}
