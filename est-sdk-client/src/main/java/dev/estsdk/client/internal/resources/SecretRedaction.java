package dev.estsdk.client.internal.resources;

import dev.estsdk.api.exception.EstErrorDetails;
import dev.estsdk.api.exception.EstServiceException;
import dev.estsdk.api.model.Secret;

import java.util.List;
import java.util.function.Supplier;

/**
 * Keeps passwords out of error messages. The call runner never sees a request's secrets, so an
 * error body that echoes a password would otherwise reach the exception's message and details;
 * calls that send a password run through here and have such an exception rebuilt from redacted
 * details.
 */
final class SecretRedaction {

    private SecretRedaction() {
    }

    /**
     * Runs a call that sends secrets.
     *
     * @param secrets the secrets the request carries
     * @param call    the call
     * @param <T>     its result
     * @return the call's result
     * @throws EstServiceException the call's own, or a copy of it with every secret replaced by
     *                             {@code ***} (without the original as cause, which holds them)
     */
    static <T> T run(List<Secret> secrets, Supplier<T> call) {
        try {
            return call.get();
        } catch (EstServiceException e) {
            if (!mentionsAny(e, secrets)) {
                throw e;
            }
            EstErrorDetails redacted = e.details().toBuilder().redact(secrets).build();
            EstServiceException copy = EstServiceException.forStatus(redacted);
            copy.setStackTrace(e.getStackTrace());
            throw copy;
        }
    }

    private static boolean mentionsAny(EstServiceException e, List<Secret> secrets) {
        EstErrorDetails d = e.details();
        String text = String.join("\n", String.valueOf(e.getMessage()), String.valueOf(d.serverMessage()),
                String.valueOf(d.errorCode()), d.fieldViolations().toString());
        return secrets.stream().anyMatch(s -> text.contains(s.reveal()));
    }
}
