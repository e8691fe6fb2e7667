package dev.estsdk.examples;

import dev.estsdk.api.exception.AuthenticationException;
import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstException;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.api.exception.PermissionDeniedException;
import dev.estsdk.api.exception.RateLimitException;
import dev.estsdk.api.exception.ServerErrorException;
import dev.estsdk.workflows.WorkflowException;
import dev.estsdk.examples.twilio.TwilioTarget;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A failed task as the user sees it: one line saying what is wrong and how to fix it, and the exit
 * code. Built from the exception that ended the task; the SDK's messages never carry secrets, so
 * neither does this.
 *
 * @param exitCode the exit code to end with
 * @param message one line, without the {@code error: } prefix
 */
public record Failure(ExitCode exitCode, String message) {

    /**
     * Normalises the message to one line.
     *
     * @param exitCode the exit code to end with
     * @param message what is wrong and how to fix it; line breaks become {@code ; }
     */
    public Failure {
        Objects.requireNonNull(exitCode, "exitCode");
        message = oneLine(message);
    }

    /**
     * Describes an exception.
     *
     * @param error what ended the task
     * @return the line and exit code to report
     */
    public static Failure of(Throwable error) {
        return of(error, EnumSet.of(Carrier.SINCH));
    }

    /** The carrier whose variables a failure's fix names. */
    public enum Carrier {
        /** Sinch: the {@code EST_*} variables. */
        SINCH(TargetSettings.KEY_ID + " and " + TargetSettings.KEY_SECRET + " (an access key of the project in "
                + TargetSettings.PROJECT_ID + ")",
                "that the access key belongs to the project in " + TargetSettings.PROJECT_ID
                        + " and that Elastic SIP Trunking is enabled for it",
                TargetSettings.BASE_URL),
        /** Twilio: the {@code TWILIO_*} variables. */
        TWILIO(TwilioTarget.ACCOUNT_SID + " with " + TwilioTarget.AUTH_TOKEN + " (or " + TwilioTarget.API_KEY_SID
                + " and " + TwilioTarget.API_KEY_SECRET + ")",
                "that the credentials belong to the account in " + TwilioTarget.ACCOUNT_SID
                        + " and that Elastic SIP Trunking is enabled for it",
                TwilioTarget.BASE_URL);

        private final String credentials;
        private final String permission;
        private final String baseUrl;

        Carrier(String credentials, String permission, String baseUrl) {
            this.credentials = credentials;
            this.permission = permission;
            this.baseUrl = baseUrl;
        }
    }

    /**
     * Describes an exception from work on the given carriers: the fix names their variables
     * ({@code EST_*} for Sinch, {@code TWILIO_*} for Twilio).
     *
     * @param error what ended the task
     * @param carriers the carriers the task worked on, at least one
     * @return the line and exit code to report
     */
    public static Failure of(Throwable error, Set<Carrier> carriers) {
        if (carriers.isEmpty()) {
            throw new IllegalArgumentException("carriers is empty");
        }
        if (error instanceof WorkflowException && error.getCause() != null) {
            // The workflow's message says what was rolled back; the cause says what kind of failure it was.
            return new Failure(of(error.getCause(), carriers).exitCode(), error.getMessage());
        }
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        if (error instanceof TargetConfigurationException || error instanceof EstValidationException
                || error instanceof IllegalArgumentException) {
            return new Failure(ExitCode.USAGE, message);
        }
        if (error instanceof AuthenticationException) {
            return new Failure(ExitCode.UNAVAILABLE, message + "; check " + hint(carriers, c -> c.credentials));
        }
        if (error instanceof PermissionDeniedException) {
            return new Failure(ExitCode.FAILED, message + "; check " + hint(carriers, c -> c.permission));
        }
        if (error instanceof NotFoundException) {
            return new Failure(ExitCode.FAILED, message + "; check the id ('est trunks list' shows the trunks)");
        }
        if (error instanceof RateLimitException) {
            return new Failure(ExitCode.FAILED, message + "; wait a moment and try again");
        }
        if (error instanceof ServerErrorException) {
            return new Failure(ExitCode.FAILED, message + "; the service failed, try again later");
        }
        if (error instanceof EstClientException) {
            return new Failure(ExitCode.UNAVAILABLE, message + "; check that the target is reachable ("
                    + hint(carriers, c -> c.baseUrl) + ", network, proxy) and try again");
        }
        if (error instanceof EstException) {
            return new Failure(ExitCode.FAILED, message);
        }
        return new Failure(ExitCode.FAILED, error.getClass().getSimpleName() + ": " + message);
    }

    private static String hint(Set<Carrier> carriers, Function<Carrier, String> text) {
        return carriers.stream().sorted().map(text).collect(Collectors.joining(" or "));
    }

    private static String oneLine(String text) {
        String t = text == null ? "" : text.strip();
        return t.replaceAll("\\s*\\R\\s*", "; ").replaceAll("\\p{Cntrl}", " ");
    }
}
