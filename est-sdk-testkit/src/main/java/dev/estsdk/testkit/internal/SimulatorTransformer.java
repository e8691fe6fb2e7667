package dev.estsdk.testkit.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.estsdk.testkit.internal.http.ApiRequest;
import dev.estsdk.testkit.internal.http.ApiResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The WireMock extension: the catch-all stub names this transformer, which hands every request
 * to the {@link RequestPipeline} and turns its outcome into a response definition. WireMock's
 * admin API and request journal are untouched.
 */
public final class SimulatorTransformer implements ResponseDefinitionTransformerV2 {

    /** The transformer name the catch-all stub refers to. */
    public static final String NAME = "est-simulator";

    private final Function<ApiRequest, RequestPipeline.Outcome> pipeline;
    private final JournalStore journal;

    /**
     * A transformer that marks no faults in a journal.
     *
     * @param pipeline where requests go
     */
    public SimulatorTransformer(RequestPipeline pipeline) {
        this(pipeline, null);
    }

    /**
     * @param pipeline where requests go
     * @param journal where injected faults are marked, or null
     */
    public SimulatorTransformer(RequestPipeline pipeline, JournalStore journal) {
        this(pipeline::handle, journal);
    }

    /**
     * @param pipeline where requests go: any simulator's request handling (the Twilio one uses this)
     * @param journal where injected faults are marked, or null
     */
    public SimulatorTransformer(Function<ApiRequest, RequestPipeline.Outcome> pipeline, JournalStore journal) {
        this.pipeline = pipeline;
        this.journal = journal;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        RequestPipeline.Outcome outcome = pipeline.apply(ApiRequest.of(serveEvent.getRequest()));
        if (outcome.injected() != null && journal != null) {
            journal.markFault(serveEvent.getId(), outcome.injected());
        }
        ResponseDefinitionBuilder builder = ResponseDefinitionBuilder.responseDefinition();
        if (outcome.delay() != null) {
            builder.withFixedDelay((int) outcome.delay().toMillis());
        }
        if (outcome.fault() != null) {
            return builder.withFault(outcome.fault()).build();
        }
        ApiResponse r = outcome.response();
        builder.withStatus(r.status());
        for (Map.Entry<String, List<String>> h : r.headers().entrySet()) {
            builder.withHeader(h.getKey(), h.getValue().toArray(new String[0]));
        }
        if (r.body().length > 0) {
            builder.withBody(r.body());
        }
        return builder.build();
    }
}
