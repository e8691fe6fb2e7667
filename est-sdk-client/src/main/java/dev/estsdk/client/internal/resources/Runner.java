package dev.estsdk.client.internal.resources;

import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstErrorDetails;
import dev.estsdk.core.EstResponse;
import dev.estsdk.core.internal.Operation;
import dev.estsdk.core.internal.Pipeline;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How the resources start calls on the {@link Pipeline}: the shapes of a call (a resource, a
 * bare answer, nothing), each mapped future wired so that cancelling it cancels the call, and an
 * optional sink that sees every response (how {@code withResponse} learns status and headers).
 */
final class Runner {

    private static final Consumer<EstResponse<?>> IGNORE = response -> { };

    private final Pipeline pipeline;
    private final Consumer<EstResponse<?>> sink;

    Runner(Pipeline pipeline) {
        this(pipeline, IGNORE);
    }

    private Runner(Pipeline pipeline, Consumer<EstResponse<?>> sink) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.sink = sink;
    }

    /**
     * The same runner, also handing every response to a sink.
     *
     * @param responses sees each response, on the thread that completed it
     * @return a new runner
     */
    Runner capturing(Consumer<EstResponse<?>> responses) {
        return new Runner(pipeline, responses);
    }

    /** A call with its whole response. */
    <W> CompletableFuture<EstResponse<W>> exchange(Operation operation, Pipeline.Attempt<W> attempt) {
        CompletableFuture<EstResponse<W>> call = pipeline.call(operation, attempt);
        return linked(call, call.thenApply(response -> {
            sink.accept(response);
            return response;
        }));
    }

    /** A call whose decoded answer is used as it is (may be null). */
    <W> CompletableFuture<W> execute(Operation operation, Pipeline.Attempt<W> attempt) {
        CompletableFuture<EstResponse<W>> call = exchange(operation, attempt);
        return linked(call, call.thenApply(EstResponse::value));
    }

    /** A call that answers a resource, mapped to its model; an empty 2xx is an error. */
    <W, T> CompletableFuture<T> fetch(Operation operation, Pipeline.Attempt<W> attempt, Function<W, T> toModel) {
        CompletableFuture<W> call = execute(operation, attempt);
        return linked(call, call.thenApply(answer -> {
            if (answer == null) {
                throw new EstClientException(operation.name() + " succeeded but its answer has no body",
                        EstErrorDetails.builder().method(operation.method()).path(operation.pathTemplate()).build(),
                        null);
            }
            return toModel.apply(answer);
        }));
    }

    /** A call whose answer carries nothing to return, such as a delete (204 No Content). */
    <W> CompletableFuture<Void> run(Operation operation, Pipeline.Attempt<W> attempt) {
        CompletableFuture<EstResponse<W>> call = exchange(operation, attempt);
        return linked(call, call.thenApply(response -> null));
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
