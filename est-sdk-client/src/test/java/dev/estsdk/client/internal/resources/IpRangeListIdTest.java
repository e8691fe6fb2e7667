package dev.estsdk.client.internal.resources;

import dev.estsdk.api.model.IpRange;
import dev.estsdk.api.model.UpdateIpRangeRequest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** A range read through its list's id can be updated from what was read, even when the body omits the list id. */
class IpRangeListIdTest extends WireMockResourceTest {

    static final String ACLS = BASE + "/accessControlLists";
    static final String BARE_RANGE = "{\"id\":\"r2\",\"ipAddress\":\"15.15.15.0\",\"range\":24}";

    @Test
    void listIpRanges_rangeWithoutListIdInTheBody_toUpdateTargetsTheListItWasReadFrom() {
        stub(get(urlEqualTo(ACLS + "/a1/ipRanges?page=1&size=500")), json(200,
                "{\"ipRanges\":[" + BARE_RANGE + "],\"totalItems\":1}"));
        List<IpRange> ranges = resources.accessControlLists().listIpRanges("a1").stream().toList();

        UpdateIpRangeRequest update = ranges.get(0).toUpdate().description("West wing").build();

        assertThat(update.accessControlListId()).isEqualTo("a1");
    }

    @Test
    void addIpRange_responseWithoutListId_toUpdateTargetsTheListItWasAddedTo() {
        stub(post(urlEqualTo(ACLS + "/a1/ipRanges")), json(200, BARE_RANGE));
        IpRange added = resources.accessControlLists().addIpRange("a1", r -> r.ipAddress("15.15.15.0").range(24));

        UpdateIpRangeRequest update = added.toUpdate().description("West wing").build();

        assertThat(update.accessControlListId()).isEqualTo("a1");
    }
}
