package dev.estsdk.client.internal.resources;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.estsdk.api.CredentialLists;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.model.Credential;
import dev.estsdk.api.model.CredentialList;
import dev.estsdk.api.model.Secret;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.estsdk.client.internal.resources.Requests.assertJsonBody;
import static dev.estsdk.client.internal.resources.Requests.assertSent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CredentialListsResourceTest extends WireMockResourceTest {

    static final String LISTS = BASE + "/credentialLists";
    static final String PASSWORD = "SecurePassword1234";

    static final String LIST_JSON = """
            {"id":"01W4FFL35P4NC4K35CREDLIST01","name":"Multi credentials list","projectId":"proj-1",
             "createTime":"2024-06-06T14:42:42.377955382Z","updateTime":null,
             "credentials":[{"id":"01W4FFL35P4NC4K35CREDENTIAL1","username":"User01"},
                            {"id":"01W4FFL35P4NC4K35CREDENTIAL2","username":"User02"}]}""";

    static final CredentialList LIST = new CredentialList("01W4FFL35P4NC4K35CREDLIST01", "Multi credentials list",
            List.of(new Credential("01W4FFL35P4NC4K35CREDENTIAL1", "User01"),
                    new Credential("01W4FFL35P4NC4K35CREDENTIAL2", "User02")),
            Instant.parse("2024-06-06T14:42:42.377955382Z"), null, "proj-1");

    private CredentialLists lists() {
        return resources.credentialLists();
    }

    @Test
    void create_postsNameAndUsersWithPasswords() {
        stub(post(urlEqualTo(LISTS)), json(201, LIST_JSON));

        CredentialList created = lists().create(r -> r.name("Multi credentials list")
                .credential("User01", PASSWORD).credential("User02", Secret.of(PASSWORD + "5")));

        assertThat(created).isEqualTo(LIST);
        LoggedRequest request = onlyRequest();
        assertSent(request, "POST", LISTS);
        assertJsonBody(request, """
                {"name":"Multi credentials list","credentials":[
                  {"username":"User01","password":"SecurePassword1234"},
                  {"username":"User02","password":"SecurePassword12345"}]}""");
        assertThat(runner.names()).containsExactly("CreateCredentialList");
    }

    @Test
    void create_whenPasswordBreaksThePolicy_failsWithoutEchoingIt() {
        assertThatThrownBy(() -> lists().create(r -> r.name("HQ").credential("alice", "short1A")))
                .isInstanceOf(EstValidationException.class)
                .hasMessageContaining("credentials[0].password")
                .message().doesNotContain("short1A");
        assertThat(requests()).isEmpty();
    }

    @Test
    void list_readsLists() {
        stub(get(urlEqualTo(LISTS + "?page=1&size=500")), json(200,
                "{\"credentialLists\":[" + LIST_JSON + "],\"totalItems\":1,\"pageNumber\":1,\"pageSize\":100}"));

        assertThat(lists().list()).containsExactly(LIST);
        assertSent(onlyRequest(), "GET", LISTS + "?page=1&size=500");
        assertThat(runner.names()).containsExactly("GetCredentialLists");
    }

    @Test
    void get_readsTheSpecsShortFormToo() {
        stub(get(urlEqualTo(LISTS + "/c1")), json(200, "{\"id\":\"c1\",\"name\":\"HQ\"}"));

        assertThat(lists().get("c1")).isEqualTo(new CredentialList("c1", "HQ", List.of(), null, null, null));
        assertSent(onlyRequest(), "GET", LISTS + "/c1");
        assertThat(runner.names()).containsExactly("GetCredentialListById");
    }

    @Test
    void update_putsTheNameOnly() {
        stub(put(urlEqualTo(LISTS + "/01W4FFL35P4NC4K35CREDLIST01")), json(200, LIST_JSON));

        assertThat(lists().update(LIST, l -> l.name("Renamed"))).isEqualTo(LIST);
        LoggedRequest request = onlyRequest();
        assertSent(request, "PUT", LISTS + "/01W4FFL35P4NC4K35CREDLIST01");
        assertJsonBody(request, "{\"name\":\"Renamed\"}");
        assertThat(runner.names()).containsExactly("UpdateCredentialList");
    }

    @Test
    void update_whenNameBlank_failsBeforeAnyRequest() {
        assertThatThrownBy(() -> lists().update(LIST, l -> l.name(" ")))
                .isInstanceOf(EstValidationException.class).hasMessageContaining("name");
        assertThat(requests()).isEmpty();
    }

    @Test
    void delete_sendsDelete() {
        stub(delete(urlEqualTo(LISTS + "/c1")), noContent());

        lists().delete("c1");

        assertSent(onlyRequest(), "DELETE", LISTS + "/c1");
        assertThat(runner.names()).containsExactly("DeleteCredentialList");
    }

    @Test
    void listTrunks_readsTrunks() {
        stub(get(urlEqualTo(LISTS + "/c1/trunks?page=1&size=500")), json(200,
                "{\"trunks\":[" + SipTrunksResourceTest.TRUNK_JSON + "],\"totalItems\":1}"));

        assertThat(lists().listTrunks("c1")).containsExactly(SipTrunksResourceTest.TRUNK);
        assertSent(onlyRequest(), "GET", LISTS + "/c1/trunks?page=1&size=500");
        assertThat(runner.names()).containsExactly("TrunksByCredentialList");
    }

    @Test
    void updateCredential_putsThePasswordUnderTheEncodedUsername() {
        stub(put(urlEqualTo(LISTS + "/c1/credentials/alice%40hq")),
                json(200, "{\"id\":\"u1\",\"username\":\"alice@hq\"}"));

        Credential updated = lists().updateCredential("c1", "alice@hq", Secret.of(PASSWORD));

        assertThat(updated).isEqualTo(new Credential("u1", "alice@hq"));
        LoggedRequest request = onlyRequest();
        assertSent(request, "PUT", LISTS + "/c1/credentials/alice%40hq");
        assertJsonBody(request, "{\"password\":\"SecurePassword1234\"}");
        assertThat(runner.names()).containsExactly("UpdateCredential");
    }

    @Test
    void updateCredential_whenServerEchoesOnlyThePasswordForm_reportsTheUser() {
        stub(put(urlEqualTo(LISTS + "/c1/credentials/alice")), json(200, "{\"password\":\"***\"}"));

        assertThat(lists().updateCredential("c1", "alice", Secret.of(PASSWORD)))
                .isEqualTo(new Credential(null, "alice"));
    }

    @Test
    void updateCredential_whenPasswordMissingOrWeak_failsBeforeAnyRequest() {
        assertThatThrownBy(() -> lists().updateCredential("c1", "alice", null))
                .isInstanceOf(EstValidationException.class).hasMessageContaining("password");
        assertThatThrownBy(() -> lists().updateCredential("c1", "alice", Secret.of("alllowercase1234")))
                .isInstanceOf(EstValidationException.class)
                .hasMessageContaining("password")
                .message().doesNotContain("alllowercase1234");
        assertThat(requests()).isEmpty();
    }

    @Test
    void deleteCredential_sendsDelete() {
        stub(delete(urlEqualTo(LISTS + "/c1/credentials/alice")), noContent());

        lists().deleteCredential("c1", "alice");

        assertSent(onlyRequest(), "DELETE", LISTS + "/c1/credentials/alice");
        assertThat(runner.names()).containsExactly("DeleteCredential");
    }

    @Test
    void everyOperation_refusesABadIdBeforeAnyRequest() {
        assertThatThrownBy(() -> lists().deleteCredential("c1", "../admin")).isInstanceOf(EstValidationException.class)
                .hasMessageContaining("username");
        assertThatThrownBy(() -> lists().get(null)).isInstanceOf(EstValidationException.class)
                .hasMessageContaining("credentialListId");
        assertThat(requests()).isEmpty();
    }
}
