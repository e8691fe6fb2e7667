package dev.estsdk.client.internal.resources;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.estsdk.api.CountryPermissions;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.model.CountryPermission;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.estsdk.client.internal.resources.Requests.assertJsonBody;
import static dev.estsdk.client.internal.resources.Requests.assertSent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CountryPermissionsResourceTest extends WireMockResourceTest {

    static final String PERMISSIONS = BASE + "/countryPermissions";

    static final String SWEDEN_JSON = """
            {"isoCode":"SE","name":"Sweden","continent":"Europe","countryDialingCodes":["+46"],"enabled":false}""";

    static final CountryPermission SWEDEN = new CountryPermission("SE", "Sweden", "Europe", List.of("+46"), false);

    private CountryPermissions permissions() {
        return resources.countryPermissions();
    }

    @Test
    void list_readsEveryCountryInOneRequest() {
        stub(get(urlEqualTo(PERMISSIONS)), json(200, "{\"countryPermissions\":[" + SWEDEN_JSON + ","
                + "{\"isoCode\":\"US\",\"name\":\"United States/Canada\",\"continent\":\"North America\","
                + "\"countryDialingCodes\":[\"+1\"],\"enabled\":true}]}"));

        assertThat(permissions().list()).containsExactly(SWEDEN,
                new CountryPermission("US", "United States/Canada", "North America", List.of("+1"), true));
        assertSent(onlyRequest(), "GET", PERMISSIONS);
        assertThat(runner.names()).containsExactly("GetCountryPermissions");
    }

    @Test
    void list_whenKeyOmitted_isEmpty() {
        stub(get(urlEqualTo(PERMISSIONS)), json(200, "{}"));

        assertThat(permissions().list()).isEmpty();
    }

    @Test
    void get_readsOneCountry() {
        stub(get(urlEqualTo(PERMISSIONS + "/SE")), json(200, SWEDEN_JSON));

        assertThat(permissions().get("SE")).isEqualTo(SWEDEN);
        assertSent(onlyRequest(), "GET", PERMISSIONS + "/SE");
        assertThat(runner.names()).containsExactly("GetCountryPermission");
    }

    @Test
    void get_whenCodeNotTwoUpperCaseLetters_failsBeforeAnyRequest() {
        assertThatThrownBy(() -> permissions().get("se"))
                .isInstanceOf(EstValidationException.class).hasMessageContaining("isoCode");
        assertThatThrownBy(() -> permissions().get("../x"))
                .isInstanceOf(EstValidationException.class).hasMessageContaining("isoCode");
        assertThat(requests()).isEmpty();
    }

    @Test
    void update_putsEnabledOnly() {
        stub(put(urlEqualTo(PERMISSIONS + "/SE")), json(200, SWEDEN_JSON.replace("false", "true")));

        CountryPermission updated = permissions().update("SE", true);

        assertThat(updated).isEqualTo(new CountryPermission("SE", "Sweden", "Europe", List.of("+46"), true));
        LoggedRequest request = onlyRequest();
        assertSent(request, "PUT", PERMISSIONS + "/SE");
        assertJsonBody(request, "{\"enabled\":true}");
        assertThat(runner.names()).containsExactly("UpdateCountryPermission");
    }

    @Test
    void update_withAFetchedPermission_sendsItsEnabledOnly() {
        stub(put(urlEqualTo(PERMISSIONS + "/SE")), json(200, SWEDEN_JSON));

        permissions().update(SWEDEN.toUpdate().build());

        assertJsonBody(onlyRequest(), "{\"enabled\":false}");
    }
}
