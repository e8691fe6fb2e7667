package dev.estsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CountryPermissionApiTest {

    @RegisterExtension
    static EstSimulatorExtension est = EstSimulatorExtension.create();

    private EstHttp http;

    @BeforeEach
    void setUp() {
        http = new EstHttp(est.simulator());
    }

    @Test
    void listCountryPermissions_seedsUsAndCaEnabled_andDozensDisabled_notPaginated() {
        JsonNode r = http.get("/countryPermissions").json();

        List<String> enabled = new ArrayList<>();
        List<String> disabled = new ArrayList<>();
        r.get("countryPermissions").forEach(c -> (c.get("enabled").asBoolean() ? enabled : disabled)
                .add(c.get("isoCode").asText()));
        assertThat(enabled).containsExactlyInAnyOrder("US", "CA");
        assertThat(disabled).hasSizeGreaterThanOrEqualTo(30).contains("SE", "GB", "DE");
        assertThat(r.has("totalItems")).isFalse();
    }

    @Test
    void getCountryPermission_returnsTheDocumentedShape() {
        JsonNode se = http.get("/countryPermissions/SE").json();

        assertThat(se.get("isoCode").asText()).isEqualTo("SE");
        assertThat(se.get("name").asText()).isEqualTo("Sweden");
        assertThat(se.get("continent").asText()).isEqualTo("Europe");
        assertThat(se.get("countryDialingCodes").get(0).asText()).isEqualTo("+46");
        assertThat(se.get("enabled").asBoolean()).isFalse();
    }

    @Test
    void updateCountryPermission_enablesACountry_andIgnoresReadOnlyFields() {
        Reply r = http.put("/countryPermissions/SE", "{'enabled':true,'name':'Renamed'}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("enabled").asBoolean()).isTrue();
        assertThat(r.json().get("name").asText()).isEqualTo("Sweden");
        assertThat(http.get("/countryPermissions/SE").json().get("enabled").asBoolean()).isTrue();
    }

    @Test
    void updateCountryPermission_isAFullReplacement_omittedEnabledMeansTrue() {
        http.put("/countryPermissions/US", "{'enabled':false}");

        Reply r = http.put("/countryPermissions/US", "{}");

        assertThat(r.json().get("enabled").asBoolean()).isTrue();
    }

    @Test
    void countryPermission_unknownIsoCode_returns404() {
        assertThat(http.get("/countryPermissions/XX").status()).isEqualTo(404);
        assertThat(http.put("/countryPermissions/XX", "{'enabled':true}").status()).isEqualTo(404);
    }
}
