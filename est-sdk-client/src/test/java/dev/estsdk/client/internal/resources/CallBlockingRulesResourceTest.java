package dev.estsdk.client.internal.resources;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.estsdk.api.CallBlockingRules;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.model.CallBlockingRule;
import dev.estsdk.api.model.UpdateCallBlockingRuleRequest;
import dev.estsdk.api.model.Direction;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.estsdk.client.internal.resources.Requests.assertJsonBody;
import static dev.estsdk.client.internal.resources.Requests.assertSent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallBlockingRulesResourceTest extends WireMockResourceTest {

    static final String RULES = BASE + "/callBlockingRules";

    static final String RULE_JSON = """
            {"id":"01W4FFL35P4NC4K35BLOCKING03","name":"Block calls from US","direction":"inbound",
             "callerCountry":"US","callerMatch":"123","calleeCountry":null,"calleeMatch":null,
             "createTime":"2024-06-06T14:42:42.252663248Z","updateTime":null,"projectId":"proj-1"}""";

    static final CallBlockingRule RULE = new CallBlockingRule("01W4FFL35P4NC4K35BLOCKING03", "Block calls from US",
            Direction.INBOUND, "US", "123", null, null, Instant.parse("2024-06-06T14:42:42.252663248Z"), null,
            "proj-1");

    private CallBlockingRules rules() {
        return resources.callBlockingRules();
    }

    @Test
    void list_readsTheNodeEnvelope() {
        stub(get(urlEqualTo(RULES + "?page=1&size=500")), json(200,
                "{\"callBlockingRules\":[" + RULE_JSON + "],\"totalItems\":1,\"pageNumber\":1,\"size\":100}"));

        assertThat(rules().list()).containsExactly(RULE);
        assertSent(onlyRequest(), "GET", RULES + "?page=1&size=500");
        assertThat(runner.names()).containsExactly("GetBlockingRules");
    }

    @Test
    void list_readsTheSpecsBareArrayAsOneCompletePage() {
        stub(get(urlEqualTo(RULES + "?page=1&size=1")), json(200, "[" + RULE_JSON + "," + RULE_JSON + "]"));

        assertThat(rules().list().withPageSize(1).stream().toList()).containsExactly(RULE, RULE);
        assertThat(requests()).hasSize(1);
    }

    @Test
    void create_postsOnlyTheSetFieldsWithUpperCaseDirection() {
        stub(post(urlEqualTo(RULES)), json(200, RULE_JSON));

        CallBlockingRule created = rules().create(r -> r.name("Block calls from US").direction(Direction.INBOUND)
                .callerCountry("US").callerMatch("123"));

        assertThat(created).isEqualTo(RULE);
        LoggedRequest request = onlyRequest();
        assertSent(request, "POST", RULES);
        assertJsonBody(request, """
                {"name":"Block calls from US","direction":"INBOUND","callerCountry":"US","callerMatch":"123"}""");
        assertThat(runner.names()).containsExactly("CreateBlockingRule");
    }

    @Test
    void create_withoutDirection_failsBeforeAnyRequest() {
        assertThatThrownBy(() -> rules().create(r -> r.name("x")))
                .isInstanceOf(EstValidationException.class).hasMessageContaining("direction");
        assertThat(requests()).isEmpty();
    }

    @Test
    void update_putsEveryWritableFieldIncludingNulls() {
        stub(put(urlEqualTo(RULES + "/01W4FFL35P4NC4K35BLOCKING03")), json(200, RULE_JSON));

        CallBlockingRule updated = rules().update(RULE.toUpdate().direction(Direction.OUTBOUND)
                .callerCountry(null).callerMatch(null).calleeCountry("SE").calleeMatch("+4670").build());

        assertThat(updated).isEqualTo(RULE);
        LoggedRequest request = onlyRequest();
        assertSent(request, "PUT", RULES + "/01W4FFL35P4NC4K35BLOCKING03");
        assertJsonBody(request, """
                {"name":"Block calls from US","direction":"OUTBOUND","callerCountry":null,"callerMatch":null,
                 "calleeCountry":"SE","calleeMatch":"+4670"}""");
        assertThat(runner.names()).containsExactly("UpdateBlockingRuleById");
    }

    @Test
    void delete_sendsDelete() {
        stub(delete(urlEqualTo(RULES + "/r1")), noContent());

        rules().delete("r1");

        assertSent(onlyRequest(), "DELETE", RULES + "/r1");
        assertThat(runner.names()).containsExactly("DeleteBlockingRuleById");
    }

    @Test
    void updateAndDelete_refuseABadIdBeforeAnyRequest() {
        assertThatThrownBy(() -> rules().delete("..")).isInstanceOf(EstValidationException.class)
                .hasMessageContaining("ruleId");
        assertThatThrownBy(() -> rules().update((UpdateCallBlockingRuleRequest) null))
                .isInstanceOf(NullPointerException.class).hasMessage("request");
        assertThatThrownBy(() -> UpdateCallBlockingRuleRequest.builder(null).direction(Direction.INBOUND).build())
                .isInstanceOf(EstValidationException.class).hasMessageContaining("ruleId");
        assertThat(requests()).isEmpty();
    }
}
