package dev.estsdk.api.async;

import dev.estsdk.api.Page;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One subscriber's pass over an {@link AsyncPagedIterable}: items are handed out as the
 * subscriber requests them, and the next page is fetched only when the current one is used up
 * and more items are wanted. Signals are serialised by a work-in-progress counter, so the
 * subscriber is never called concurrently or re-entrantly.
 */
final class ItemSubscription<T> implements Flow.Subscription {

    private final AsyncPagedIterable<T> listing;
    private final Flow.Subscriber<? super T> subscriber;
    private final AtomicLong demand = new AtomicLong();
    private final AtomicInteger work = new AtomicInteger();
    private volatile boolean cancelled;
    private volatile Page<T> arrived;
    private volatile Throwable failure;
    // Touched only inside drain(), by one thread at a time.
    private final Queue<T> buffered = new ArrayDeque<>();
    private boolean fetching;
    private boolean exhausted;
    private boolean terminated;
    private int nextPage = 1;

    ItemSubscription(AsyncPagedIterable<T> listing, Flow.Subscriber<? super T> subscriber) {
        this.listing = listing;
        this.subscriber = subscriber;
    }

    void start() {
        subscriber.onSubscribe(this);
    }

    @Override
    public void request(long n) {
        if (n <= 0) {
            failure = new IllegalArgumentException("request(" + n + "): demand must be positive (rule 3.9)");
        } else {
            demand.getAndAccumulate(n, (current, added) -> current + added < 0 ? Long.MAX_VALUE : current + added);
        }
        drain();
    }

    @Override
    public void cancel() {
        cancelled = true;
    }

    private void drain() {
        if (work.getAndIncrement() != 0) {
            return;
        }
        int missed = 1;
        do {
            emit();
            missed = work.addAndGet(-missed);
        } while (missed != 0);
    }

    private void emit() {
        if (terminated || cancelled) {
            return;
        }
        Page<T> page = arrived;
        if (page != null) {
            arrived = null;
            fetching = false;
            buffered.addAll(page.items());
            exhausted = page.items().isEmpty() || !page.hasNext();
        }
        while (demand.get() > 0 && !buffered.isEmpty()) {
            if (cancelled) {
                return;
            }
            demand.decrementAndGet();
            subscriber.onNext(buffered.poll());
        }
        if (!buffered.isEmpty()) {
            return;
        }
        Throwable error = failure;
        if (error != null) {
            terminated = true;
            subscriber.onError(error);
        } else if (exhausted) {
            terminated = true;
            subscriber.onComplete();
        } else if (demand.get() > 0 && !fetching) {
            fetching = true;
            listing.fetch(nextPage++).whenComplete((next, thrown) -> {
                if (thrown != null) {
                    failure = thrown instanceof java.util.concurrent.CompletionException && thrown.getCause() != null
                            ? thrown.getCause() : thrown;
                } else {
                    arrived = next;
                }
                drain();
            });
        }
    }
}
