package dev.estsdk.twilio.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estsdk.core.EstResponse;
import dev.estsdk.core.internal.Operation;
import dev.estsdk.core.internal.Pipeline;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How the Twilio resources start calls on the {@link Pipeline}: a call that answers a resource
 * (mapped to its model inside the attempt, so a malformed answer fails as undecodable), a call
 * that answers nothing, each mapped future wired so that cancelling it cancels the call, and an
 * optional sink that sees every response (how {@code withResponse} learns status and headers).
 */
final class TwilioCalls {

    private static final Consumer<EstResponse<?>> IGNORE = response -> { };

    private final Pipeline pipeline;
    private final Consumer<EstResponse<?>> sink;

    TwilioCalls(Pipeline pipeline) {
        this(pipeline, IGNORE);
    }

    private TwilioCalls(Pipeline pipeline, Consumer<EstResponse<?>> sink) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.sink = sink;
    }

    /** The same calls, also handing every response to a sink. */
    TwilioCalls capturing(Consumer<EstResponse<?>> responses) {
        return new TwilioCalls(pipeline, responses);
    }

    /** A call whose JSON answer is mapped to a model; an empty 2xx is an error. */
    <T> CompletableFuture<T> fetch(Operation operation, Pipeline.Attempt<JsonNode> attempt,
                                   Function<JsonNode, T> toModel) {
        CompletableFuture<EstResponse<T>> call = pipeline.call(operation, options -> attempt.send(options)
                .thenApply(answer -> {
                    if (answer == null || !answer.isObject()) {
                        throw TwilioWire.undecodable(operation.name() + " succeeded but its answer is no JSON object");
                    }
                    return toModel.apply(answer);
                }));
        return linked(call, call.thenApply(this::seen));
    }

    /** A call whose answer carries nothing to return, such as a delete (204 No Content). */
    CompletableFuture<Void> run(Operation operation, Pipeline.Attempt<Void> attempt) {
        CompletableFuture<EstResponse<Void>> call = pipeline.call(operation, attempt);
        return linked(call, call.thenApply(response -> {
            sink.accept(response);
            return null;
        }));
    }

    private <T> T seen(EstResponse<T> response) {
        sink.accept(response);
        return response.value();
    }

    /** Maps a call's answer; cancelling the result cancels the call. */
    static <W, T> CompletableFuture<T> map(CompletableFuture<W> call, Function<? super W, ? extends T> mapping) {
        return linked(call, call.thenApply(mapping));
    }

    /** Makes cancelling {@code derived} cancel {@code source}. */
    static <T> CompletableFuture<T> linked(CompletableFuture<?> source, CompletableFuture<T> derived) {
        derived.whenComplete((value, failure) -> {
            if (derived.isCancelled()) {
                source.cancel(true);
            }
        });
        return derived;
    }
}
