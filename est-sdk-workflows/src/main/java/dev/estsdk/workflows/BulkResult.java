package dev.estsdk.workflows;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of a bulk assign or unassign: every number appears exactly once, either in
 * {@link #succeeded()} or in {@link #failed()}.
 *
 * @param succeeded   the numbers now in the wanted state, in input order
 * @param failed      the numbers that could not be changed, with the SDK's error message
 * @param rateLimited how many times the server answered 429 and the run slowed down
 */
public record BulkResult(List<String> succeeded, Map<String, String> failed, int rateLimited) {

    /**
     * Copies the collections.
     *
     * @param succeeded the numbers now in the wanted state, in input order
     * @param failed the numbers that could not be changed, with the SDK's error message
     * @param rateLimited how many times the server answered 429 and the run slowed down
     * @throws NullPointerException if a collection is null
     */
    public BulkResult {
        succeeded = List.copyOf(succeeded);
        failed = Map.copyOf(Objects.requireNonNull(failed, "failed"));
    }

    /**
     * Whether every number succeeded.
     *
     * @return true when nothing failed
     */
    public boolean isComplete() {
        return failed.isEmpty();
    }
}
