package dev.estsdk.testkit.twilio.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.estsdk.testkit.internal.http.QueryParams;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PagingTest {

    private final Paging paging = new Paging();
    private final Views views = new Views("http://127.0.0.1:1", "AC" + "0".repeat(32));
    private final List<JsonNode> items = List.of(new TextNode("a"), new TextNode("b"));

    private String nextToken() {
        String next = paging.page("/v1/Trunks", QueryParams.parse("PageSize=1"), items, "trunks", Map.of(), views)
                .path("meta").path("next_page_url").asText();
        return next.substring(next.indexOf("PageToken=") + "PageToken=".length());
    }

    @Test
    void issuedToken_fetchesTheNextPage() {
        JsonNode second = paging.page("/v1/Trunks", QueryParams.parse("PageSize=1&Page=1&PageToken=" + nextToken()), items,
                "trunks", Map.of(), views);
        assertThat(second.path("trunks").get(0).asText()).isEqualTo("b");
        assertThat(second.path("meta").path("next_page_url").isNull()).isTrue();
    }

    @Test
    void oldestTokens_areForgotten_beyondTheCap() {
        String first = nextToken();
        for (int i = 0; i < Paging.MAX_TOKENS; i++) {
            nextToken();
        }
        assertThatThrownBy(() -> paging.page("/v1/Trunks", QueryParams.parse("PageSize=1&PageToken=" + first), items,
                "trunks", Map.of(), views)).isInstanceOfSatisfying(TwilioError.class,
                        e -> assertThat(e.code()).isEqualTo(TwilioError.INVALID_PAGE_TOKEN));
    }
}
