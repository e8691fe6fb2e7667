package dev.estsdk.workflows;

import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstException;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import dev.estsdk.api.exception.RateLimitException;
import dev.estsdk.api.exception.ServerErrorException;
import dev.estsdk.api.model.PhoneNumber;
import dev.estsdk.api.model.FieldRules;
import dev.estsdk.workflows.internal.AdaptiveLimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Assigns or unassigns many numbers with bounded concurrency that halves on 429 and grows back
 * on success. Each number is handled by one task until it reaches the wanted state or fails for
 * good, so none is lost or changed twice; when a write's outcome is unknown the number is read
 * back before anything is repeated.
 */
final class BulkNumbers {

    /** Throttling is the server asking to wait, not a fault of the number: it gets a large budget. */
    private static final int MAX_THROTTLED = 50;
    /** Server errors and failures on the way (each already retried by the client, if configured so). */
    private static final int MAX_ERRORS = 5;
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(20);

    /** One number's write and the state it should leave. */
    private interface Operation {
        void write(String number);

        boolean reached(PhoneNumber current);
    }

    private final Settings settings;
    private final Backend backend;
    private final AtomicInteger rateLimited = new AtomicInteger();

    BulkNumbers(Settings settings) {
        this.settings = settings;
        this.backend = settings.backend(TwilioOptions.NONE);
    }

    BulkResult assign(String trunkId, Collection<String> numbers) {
        return run(numbers, new Operation() {
            @Override
            public void write(String number) {
                backend.assign(trunkId, number);
            }

            @Override
            public boolean reached(PhoneNumber current) {
                return trunkId.equals(current.sipTrunkId());
            }
        });
    }

    BulkResult unassign(Collection<String> numbers) {
        return run(numbers, new Operation() {
            @Override
            public void write(String number) {
                backend.unassign(number);
            }

            @Override
            public boolean reached(PhoneNumber current) {
                return !current.isAssigned();
            }
        });
    }

    private BulkResult run(Collection<String> input, Operation operation) {
        List<String> numbers = validate(input);
        backend.requireAssignable(numbers, "numbers");
        AdaptiveLimit limit = new AdaptiveLimit(settings.bulkConcurrency());
        Map<String, String> failures = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.bulkConcurrency(),
                Math.max(1, numbers.size())), threads());
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (String number : numbers) {
                tasks.add(pool.submit(() -> handle(number, operation, limit, failures)));
            }
            for (Future<?> task : tasks) {
                await(task);
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> succeeded = numbers.stream().filter(n -> !failures.containsKey(n)).toList();
        return new BulkResult(succeeded, failures, rateLimited.get());
    }

    private void handle(String number, Operation operation, AdaptiveLimit limit, Map<String, String> failures) {
        Duration backoff = FIRST_BACKOFF;
        int throttled = 0;
        int errors = 0;
        while (true) {
            Duration pause;
            try {
                limit.acquire();
                try {
                    operation.write(number);
                    limit.onSuccess();
                    return;
                } finally {
                    limit.release();
                }
            } catch (RateLimitException e) {
                rateLimited.incrementAndGet();
                limit.onThrottled();
                pause = e.retryAfter().filter(d -> !d.isZero()).orElse(backoff);
                if (++throttled >= MAX_THROTTLED) {
                    failures.put(number, e.getMessage());
                    return;
                }
            } catch (ServerErrorException | EstClientException e) {
                if (reached(number, operation)) {
                    return;
                }
                if (++errors >= MAX_ERRORS) {
                    failures.put(number, e.getMessage());
                    return;
                }
                pause = backoff;
            } catch (EstException e) {
                failures.put(number, e.getMessage());
                return;
            } catch (RuntimeException e) {
                // e.g. a client closed meanwhile: this number fails alone, the others' outcomes are kept
                failures.put(number, e.getMessage() == null ? e.getClass().getSimpleName()
                        : e.getClass().getSimpleName() + ": " + e.getMessage());
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failures.put(number, "interrupted");
                return;
            }
            if (!pause(pause)) {
                failures.put(number, "interrupted");
                return;
            }
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
    }

    /**
     * Reads the number back after a write whose outcome is unknown. A read that fails, for
     * whatever reason, proves nothing: the write is tried again, and a failure there is recorded.
     */
    private boolean reached(String number, Operation operation) {
        try {
            return operation.reached(backend.number(number));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private boolean pause(Duration duration) {
        try {
            settings.sleeper().sleep(duration);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void await(Future<?> task) {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkflowException("Interrupted while changing numbers in bulk", e);
        } catch (ExecutionException e) {
            throw new WorkflowException("A bulk task failed unexpectedly", e.getCause());
        }
    }

    private static List<String> validate(Collection<String> input) {
        Objects.requireNonNull(input, "numbers");
        List<FieldViolation> violations = new ArrayList<>();
        Map<String, Integer> first = new HashMap<>();
        Map<String, Integer> order = new LinkedHashMap<>();
        int i = 0;
        for (String number : input) {
            String field = "numbers[" + i + "]";
            Optional<String> broken = FieldRules.e164(number);
            if (broken.isPresent()) {
                violations.add(new FieldViolation(field, broken.get()));
            } else if (first.putIfAbsent(number, i) != null) {
                violations.add(new FieldViolation(field, "is listed twice (same as numbers[" + first.get(number)
                        + "])"));
            } else {
                order.put(number, i);
            }
            i++;
        }
        if (!violations.isEmpty()) {
            throw new EstValidationException("BulkNumbers", violations);
        }
        return List.copyOf(order.keySet());
    }

    private static ThreadFactory threads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "est-bulk-numbers-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
