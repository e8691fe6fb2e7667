package dev.estsdk.client.internal.resources;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.estsdk.api.AccessControlLists;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.api.model.AccessControlList;
import dev.estsdk.api.model.IpRange;
import dev.estsdk.api.model.NewIpRange;
import dev.estsdk.api.model.UpdateAccessControlListRequest;
import dev.estsdk.api.model.UpdateIpRangeRequest;
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

class AccessControlListsResourceTest extends WireMockResourceTest {

    static final String ACLS = BASE + "/accessControlLists";

    static final String RANGE_JSON = """
            {"description":"Location 1","ipAddress":"54.172.60.0","range":30,"projectId":"proj-1",
             "accessControlListId":"a1","id":"r1","createTime":"2023-09-11T15:37:30","updateTime":""}""";

    static final String ACL_JSON = """
            {"name":"My Access Control List","projectId":"proj-1","enabled":true,"id":"a1",
             "createTime":"2023-09-11T15:37:30","updateTime":"2023-09-11T15:38:14","trunks":["t1"],
             "ipRanges":[""" + RANGE_JSON + "]}";

    static final IpRange RANGE = new IpRange("r1", "Location 1", "54.172.60.0", 30, "a1",
            Instant.parse("2023-09-11T15:37:30Z"), null, "proj-1");

    static final AccessControlList ACL = new AccessControlList("a1", "My Access Control List", true,
            List.of(RANGE), List.of("t1"), Instant.parse("2023-09-11T15:37:30Z"),
            Instant.parse("2023-09-11T15:38:14Z"), "proj-1");

    private AccessControlLists acls() {
        return resources.accessControlLists();
    }

    @Test
    void create_postsNameEnabledAndRangesAsObjects() {
        stub(post(urlEqualTo(ACLS)), json(200, ACL_JSON));

        AccessControlList created = acls().create(a -> a.name("My new ACL")
                .ipRange(r -> r.description("Location 1").ipAddress("15.15.0.0").range(20))
                .ipRange(NewIpRange.ofCidr("203.0.113.10/32")));

        assertThat(created).isEqualTo(ACL);
        LoggedRequest request = onlyRequest();
        assertSent(request, "POST", ACLS);
        assertJsonBody(request, """
                {"name":"My new ACL","enabled":true,"ipRanges":[
                  {"description":"Location 1","ipAddress":"15.15.0.0","range":20},
                  {"ipAddress":"203.0.113.10","range":32}]}""");
        assertThat(runner.names()).containsExactly("CreateAccessControlList");
    }

    @Test
    void create_withoutRange_failsBeforeAnyRequest() {
        assertThatThrownBy(() -> acls().create(a -> a.name("Empty")))
                .isInstanceOf(EstValidationException.class).hasMessageContaining("ipRanges");
        assertThat(requests()).isEmpty();
    }

    @Test
    void create_whenARangeBreaksItsRule_failsNamingIt() {
        assertThatThrownBy(() -> acls().create(a -> a.name("Bad").ipRange("10.0.0.0", 33)))
                .isInstanceOf(EstValidationException.class).hasMessageContaining("ipRanges[0].range");
        assertThat(requests()).isEmpty();
    }

    @Test
    void list_readsListsWithTheirRangesAndStringPageNumber() {
        stub(get(urlEqualTo(ACLS + "?page=1&size=500")), json(200,
                "{\"accessControlLists\":[" + ACL_JSON + "],\"pageNumber\":\"1\",\"size\":1000,\"totalItems\":1}"));

        assertThat(acls().list()).containsExactly(ACL);
        assertSent(onlyRequest(), "GET", ACLS + "?page=1&size=500");
        assertThat(runner.names()).containsExactly("GetAccessControlLists");
    }

    @Test
    void get_readsOneList() {
        stub(get(urlEqualTo(ACLS + "/a1")), json(200, ACL_JSON));

        assertThat(acls().get("a1")).isEqualTo(ACL);
        assertSent(onlyRequest(), "GET", ACLS + "/a1");
        assertThat(runner.names()).containsExactly("GetAccessControlListById");
    }

    @Test
    void update_putsNameEnabledAndEveryRangeWithoutReadOnlyFields() {
        stub(put(urlEqualTo(ACLS + "/a1")), json(200, ACL_JSON));

        AccessControlList updated = acls().update(ACL, a -> a.enabled(false)
                .ipRange(r -> r.ipAddress("10.0.0.0").range(8)));

        assertThat(updated).isEqualTo(ACL);
        LoggedRequest request = onlyRequest();
        assertSent(request, "PUT", ACLS + "/a1");
        assertJsonBody(request, """
                {"name":"My Access Control List","enabled":false,"ipRanges":[
                  {"description":"Location 1","ipAddress":"54.172.60.0","range":30},
                  {"description":null,"ipAddress":"10.0.0.0","range":8}]}""");
        assertThat(runner.names()).containsExactly("UpdateAccessControlList");
    }

    @Test
    void update_sendsTheRequestsIdInThePathOnceAndNoServerOwnedFieldInTheBody() {
        stub(put(urlEqualTo(ACLS + "/a1")), json(200, ACL_JSON));

        acls().update(UpdateAccessControlListRequest.builder("a1").name("Renamed").ipRange("10.0.0.0", 8).build());

        LoggedRequest request = onlyRequest();
        assertSent(request, "PUT", ACLS + "/a1");
        assertThat(request.getUrl().split("/a1", -1)).as("the id appears once in the path").hasSize(2);
        assertJsonBody(request, """
                {"name":"Renamed","enabled":true,"ipRanges":[{"description":null,"ipAddress":"10.0.0.0","range":8}]}""");
        assertThat(request.getBodyAsString()).doesNotContain("\"id\"", "a1", "trunks", "createTime", "updateTime",
                "projectId", "accessControlListId");
    }

    @Test
    void update_whenTheRequestIsNull_throwsNamingTheParameterBeforeAnyRequest() {
        assertThatThrownBy(() -> acls().update((UpdateAccessControlListRequest) null))
                .isInstanceOf(NullPointerException.class).hasMessage("request");
        assertThat(requests()).isEmpty();
    }

    @Test
    void delete_sendsDelete() {
        stub(delete(urlEqualTo(ACLS + "/a1")), noContent());

        acls().delete("a1");

        assertSent(onlyRequest(), "DELETE", ACLS + "/a1");
        assertThat(runner.names()).containsExactly("DeleteAccessControlList");
    }

    @Test
    void listTrunks_readsTrunks() {
        stub(get(urlEqualTo(ACLS + "/a1/trunks?page=1&size=500")), json(200,
                "{\"trunks\":[" + SipTrunksResourceTest.TRUNK_JSON + "],\"totalItems\":1}"));

        assertThat(acls().listTrunks("a1")).containsExactly(SipTrunksResourceTest.TRUNK);
        assertSent(onlyRequest(), "GET", ACLS + "/a1/trunks?page=1&size=500");
        assertThat(runner.names()).containsExactly("TrunksByAcl");
    }

    @Test
    void addIpRange_postsTheWritableFields() {
        stub(post(urlEqualTo(ACLS + "/a1/ipRanges")), json(200, RANGE_JSON));

        IpRange added = acls().addIpRange("a1", r -> r.ipAddress("10.0.1.0").range(24).description("West wing"));

        assertThat(added).isEqualTo(RANGE);
        LoggedRequest request = onlyRequest();
        assertSent(request, "POST", ACLS + "/a1/ipRanges");
        assertJsonBody(request, "{\"description\":\"West wing\",\"ipAddress\":\"10.0.1.0\",\"range\":24}");
        assertThat(runner.names()).containsExactly("AddIpRangeToAccessControlList");
    }

    @Test
    void addIpRange_whenNotAnIpv4Address_failsBeforeAnyRequest() {
        assertThatThrownBy(() -> acls().addIpRange("a1", r -> r.ipAddress("203.0.113.0/24")))
                .isInstanceOf(EstValidationException.class).hasMessageContaining("ipAddress");
        assertThat(requests()).isEmpty();
    }

    @Test
    void addIpRange_whenTheListIdIsAPath_failsBeforeAnyRequest() {
        assertThatThrownBy(() -> acls().addIpRange("../x", NewIpRange.of("10.0.0.0", 8)))
                .isInstanceOf(EstValidationException.class).hasMessageContaining("accessControlListId");
        assertThat(requests()).isEmpty();
    }

    @Test
    void listIpRanges_readsRangesDefaultingAMissingPrefixAndListId() {
        stub(get(urlEqualTo(ACLS + "/a1/ipRanges?page=1&size=500")), json(200,
                "{\"ipRanges\":[" + RANGE_JSON + ",{\"id\":\"r2\",\"ipAddress\":\"15.15.15.15\"}],\"totalItems\":2}"));

        assertThat(acls().listIpRanges("a1")).containsExactly(RANGE,
                new IpRange("r2", null, "15.15.15.15", 32, "a1", null, null, null));
        assertSent(onlyRequest(), "GET", ACLS + "/a1/ipRanges?page=1&size=500");
        assertThat(runner.names()).containsExactly("GetIpRangesForAccessControlList");
    }

    @Test
    void updateIpRange_putsEveryWritableField() {
        stub(put(urlEqualTo(ACLS + "/a1/ipRanges/r1")), json(200, RANGE_JSON));

        IpRange updated = acls().updateIpRange(RANGE, r -> r.ipAddress("11.12.13.0").range(27).description(null));

        assertThat(updated).isEqualTo(RANGE);
        LoggedRequest request = onlyRequest();
        assertSent(request, "PUT", ACLS + "/a1/ipRanges/r1");
        assertJsonBody(request, "{\"description\":null,\"ipAddress\":\"11.12.13.0\",\"range\":27}");
        assertThat(runner.names()).containsExactly("UpdateIpRangeFromAccessControlList");
    }

    @Test
    void updateIpRange_sendsBothIdsInThePathOnceAndOnlyTheWritableFieldsInTheBody() {
        stub(put(urlEqualTo(ACLS + "/a1/ipRanges/r1")), json(200, RANGE_JSON));

        acls().updateIpRange(new UpdateIpRangeRequest("a1", "r1", "West", "10.0.1.0", 24));

        LoggedRequest request = onlyRequest();
        assertSent(request, "PUT", ACLS + "/a1/ipRanges/r1");
        assertJsonBody(request, "{\"description\":\"West\",\"ipAddress\":\"10.0.1.0\",\"range\":24}");
    }

    @Test
    void deleteIpRange_sendsDelete() {
        stub(delete(urlEqualTo(ACLS + "/a1/ipRanges/r1")), noContent());

        acls().deleteIpRange("a1", "r1");

        assertSent(onlyRequest(), "DELETE", ACLS + "/a1/ipRanges/r1");
        assertThat(runner.names()).containsExactly("DeleteIpRangeFromAccessControlList");
    }

    @Test
    void everyOperation_refusesABadIdBeforeAnyRequest() {
        assertThatThrownBy(() -> acls().get("a/1")).isInstanceOf(EstValidationException.class)
                .hasMessageContaining("accessControlListId");
        assertThatThrownBy(() -> acls().deleteIpRange("a1", ".")).isInstanceOf(EstValidationException.class)
                .hasMessageContaining("ipRangeId");
        assertThatThrownBy(() -> acls().listTrunks("")).isInstanceOf(EstValidationException.class);
        assertThat(requests()).isEmpty();
    }

    @Test
    void get_whenMissing_throwsNotFound() {
        stub(get(urlEqualTo(ACLS + "/a9")), json(404, "{}"));

        assertThatThrownBy(() -> acls().get("a9")).isInstanceOf(NotFoundException.class);
    }
}
