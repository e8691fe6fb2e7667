package dev.estsdk.micrometer;

import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.client.EstClient;
import dev.estsdk.client.EstCredentials;
import dev.estsdk.core.RetryPolicy;
import dev.estsdk.testkit.EstOperation;
import dev.estsdk.testkit.EstSimulator;
import dev.estsdk.testkit.EstSimulatorExtension;
import dev.estsdk.testkit.twilio.TwilioOperation;
import dev.estsdk.testkit.twilio.TwilioSimulator;
import dev.estsdk.testkit.twilio.TwilioSimulatorExtension;
import dev.estsdk.twilio.TwilioClient;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ObservationCallListenerTest {

    @RegisterExtension
    static EstSimulatorExtension est = EstSimulatorExtension.create();
    @RegisterExtension
    static TwilioSimulatorExtension twilio = TwilioSimulatorExtension.create();

    private static final RetryPolicy QUICK_RETRIES = RetryPolicy.builder()
            .baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(5)).build();

    private TestObservationRegistry registry;
    private final Queue<Observation.Context> stopped = new ConcurrentLinkedQueue<>();

    @BeforeEach
    void registry() {
        registry = TestObservationRegistry.create();
        registry.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }

            @Override
            public void onStop(Observation.Context context) {
                stopped.add(context);
            }
        });
    }

    @AfterEach
    void noIdentifierOrSecretInAnyKeyValue() {
        List<String> forbidden = List.of(EstSimulator.DEFAULT_PROJECT_ID, EstSimulator.DEFAULT_KEY_ID,
                EstSimulator.DEFAULT_KEY_SECRET, TwilioSimulator.DEFAULT_ACCOUNT_SID,
                TwilioSimulator.DEFAULT_AUTH_TOKEN);
        assertThat(stopped).isNotEmpty();
        for (Observation.Context context : stopped) {
            Stream<String> texts = Stream.concat(
                    Stream.of(context.getName(), context.getContextualName()),
                    KeyValues.of(context.getAllKeyValues()).stream()
                            .flatMap(kv -> Stream.of(kv.getKey(), kv.getValue())))
                    .filter(Objects::nonNull);
            texts.forEach(text -> forbidden.forEach(secret -> assertThat(text)
                    .as("key values of %s", context.getName()).doesNotContain(secret)));
            assertThat(context.getHighCardinalityKeyValues()).as("no high-cardinality keys").isEmpty();
        }
    }

    private EstClient estClient(EstSimulator sim) {
        return EstClient.builder().projectId(sim.projectId())
                .credentials(EstCredentials.oauth(sim.keyId(), sim.keySecret()))
                .baseUrl(sim.baseUrl()).authUrl(sim.authUrl()).retryPolicy(QUICK_RETRIES)
                .callListener(ObservationCallListener.of(registry)).build();
    }

    @Test
    void aSuccessfulCall_isOneCallObservationWithOneChildAttempt_taggedByTemplate() {
        try (EstClient client = estClient(est.simulator())) {
            client.sipTrunks().list().withPageSize(1).page(1);
        }

        assertThat(registry).hasNumberOfObservationsWithNameEqualTo(EstObservationKeys.CALL_NAME, 1)
                .hasNumberOfObservationsWithNameEqualTo(EstObservationKeys.ATTEMPT_NAME, 1)
                .hasObservationWithNameEqualTo(EstObservationKeys.CALL_NAME).that()
                .hasBeenStarted().hasBeenStopped()
                .hasContextualNameEqualTo("GetSipTrunks")
                .hasLowCardinalityKeyValue("est.service", "sinch-est")
                .hasLowCardinalityKeyValue("est.carrier", "sinch")
                .hasLowCardinalityKeyValue("est.operation", "GetSipTrunks")
                .hasLowCardinalityKeyValue("http.request.method", "GET")
                .hasLowCardinalityKeyValue("url.template", "/v1/projects/{projectId}/trunks")
                .hasLowCardinalityKeyValue("http.response.status_code", "200")
                .hasLowCardinalityKeyValue("est.outcome", "SUCCESS")
                .hasLowCardinalityKeyValue("est.attempts", "1")
                .hasLowCardinalityKeyValue("est.retries", "0")
                .hasLowCardinalityKeyValue("error", "none");
        EstAttemptContext attempt = only(EstAttemptContext.class);
        assertThat(attempt.getParentObservation().getContextView()).isSameAs(only(EstCallContext.class));
        assertThat(attempt.getContextualName()).isEqualTo("GetSipTrunks attempt 1");
        assertThat(attempt.getLowCardinalityKeyValues()).contains(KeyValue.of("est.attempt", "1"),
                KeyValue.of("est.retrying", "false"), KeyValue.of("http.response.status_code", "200"));
    }

    @Test
    void aRetried503_isOneCallWithTwoChildAttempts_theFirstRetrying() {
        EstSimulator sim = est.simulator();
        sim.faults().forOperation(EstOperation.LIST_SIP_TRUNKS).failNext(1, 503);
        try (EstClient client = estClient(sim)) {
            client.sipTrunks().list().withPageSize(1).page(1);
        }

        EstCallContext call = only(EstCallContext.class);
        assertThat(call.getLowCardinalityKeyValues()).contains(KeyValue.of("est.attempts", "2"),
                KeyValue.of("est.retries", "1"), KeyValue.of("est.outcome", "SUCCESS"),
                KeyValue.of("http.response.status_code", "200"));
        List<EstAttemptContext> attempts = all(EstAttemptContext.class);
        assertThat(attempts).hasSize(2)
                .allSatisfy(a -> assertThat(a.getParentObservation().getContextView()).isSameAs(call));
        assertThat(attempts.get(0).getLowCardinalityKeyValues()).contains(KeyValue.of("est.attempt", "1"),
                KeyValue.of("http.response.status_code", "503"), KeyValue.of("est.outcome", "ERROR_STATUS"),
                KeyValue.of("est.retrying", "true"));
        assertThat(attempts.get(1).getLowCardinalityKeyValues()).contains(KeyValue.of("est.attempt", "2"),
                KeyValue.of("http.response.status_code", "200"), KeyValue.of("est.outcome", "SUCCESS"),
                KeyValue.of("est.retrying", "false"));
    }

    @Test
    void aFailedCall_carriesTheErrorType_andThePathTemplateNeverTheIdentifier() {
        String trunkId = UUID.randomUUID().toString();
        try (EstClient client = estClient(est.simulator())) {
            assertThatThrownBy(() -> client.sipTrunks().get(trunkId)).isInstanceOf(NotFoundException.class);
        }

        EstCallContext call = only(EstCallContext.class);
        assertThat(call.getLowCardinalityKeyValues()).contains(
                KeyValue.of("url.template", "/v1/projects/{projectId}/trunks/{sipTrunkId}"),
                KeyValue.of("http.response.status_code", "404"), KeyValue.of("est.outcome", "ERROR_STATUS"),
                KeyValue.of("error", "NotFoundException"), KeyValue.of("est.attempts", "1"));
        stopped.forEach(context -> context.getAllKeyValues().forEach(kv ->
                assertThat(kv.getValue()).doesNotContain(trunkId)));
    }

    @Test
    void aTwilioCall_isObservedWithTheTwilioCarrier() {
        TwilioSimulator sim = twilio.simulator();
        sim.faults().forOperation(TwilioOperation.LIST_TRUNKS).failNext(1, 503);
        try (TwilioClient client = TwilioClient.builder().accountSid(sim.accountSid()).authToken(sim.authToken())
                .trunkingBaseUrl(sim.trunkingBaseUrl()).apiBaseUrl(sim.apiBaseUrl()).retryPolicy(QUICK_RETRIES)
                .callListener(ObservationCallListener.of(registry)).build()) {
            client.trunks().list().withPageSize(1).page(1);
        }

        EstCallContext call = only(EstCallContext.class);
        assertThat(call.getLowCardinalityKeyValues()).contains(KeyValue.of("est.carrier", "twilio"),
                KeyValue.of("http.request.method", "GET"), KeyValue.of("est.attempts", "2"));
        assertThat(call.getLowCardinalityKeyValues().stream().filter(kv -> kv.getKey().equals("url.template"))
                .findFirst().orElseThrow().getValue()).startsWith("/").doesNotContain("AC");
        assertThat(all(EstAttemptContext.class)).hasSize(2);
    }

    @Test
    void aCallInsideAnObservation_isItsChild() {
        Observation request = Observation.start("http.server.requests", registry);
        try (EstClient client = estClient(est.simulator()); Observation.Scope ignored = request.openScope()) {
            client.sipTrunks().list().withPageSize(1).page(1);
        } finally {
            request.stop();
        }

        assertThat(only(EstCallContext.class).getParentObservation()).isSameAs(request);
    }

    @Test
    void aReplacedConvention_namesTheObservations() {
        EstCallObservationConvention renamed = new DefaultEstCallObservationConvention() {
            @Override
            public String getName() {
                return "carrier.call";
            }

            @Override
            public KeyValues getLowCardinalityKeyValues(EstCallContext context) {
                return super.getLowCardinalityKeyValues(context).and("team", "voice");
            }
        };
        EstSimulator sim = est.simulator();
        try (EstClient client = EstClient.builder().projectId(sim.projectId())
                .credentials(EstCredentials.oauth(sim.keyId(), sim.keySecret()))
                .baseUrl(sim.baseUrl()).authUrl(sim.authUrl())
                .callListener(ObservationCallListener.builder(registry).callConvention(renamed).build()).build()) {
            client.sipTrunks().list().withPageSize(1).page(1);
        }

        assertThat(registry).hasObservationWithNameEqualTo("carrier.call").that()
                .hasLowCardinalityKeyValue("team", "voice")
                .hasLowCardinalityKeyValue("est.operation", "GetSipTrunks");
        assertThat(registry).hasNumberOfObservationsWithNameEqualTo(EstObservationKeys.ATTEMPT_NAME, 1);
    }

    private <T extends Observation.Context> List<T> all(Class<T> type) {
        return stopped.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private <T extends Observation.Context> T only(Class<T> type) {
        List<T> found = all(type);
        assertThat(found).as("stopped %s", type.getSimpleName()).hasSize(1);
        return found.get(0);
    }
}
