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
import java.util.Objects;

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
        if (error instanceof WorkflowException && error.getCause() != null) {
            // The workflow's message says what was rolled back; the cause says what kind of failure it was.
            return new Failure(of(error.getCause()).exitCode(), error.getMessage());
        }
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        if (error instanceof TargetConfigurationException || error instanceof EstValidationException
                || error instanceof IllegalArgumentException) {
            return new Failure(ExitCode.USAGE, message);
        }
        if (error instanceof AuthenticationException) {
            return new Failure(ExitCode.UNAVAILABLE, message + "; check " + TargetSettings.KEY_ID + " and "
                    + TargetSettings.KEY_SECRET + " (an access key of the project in " + TargetSettings.PROJECT_ID
                    + ")");
        }
        if (error instanceof PermissionDeniedException) {
            return new Failure(ExitCode.FAILED, message + "; check that the access key belongs to the project in "
                    + TargetSettings.PROJECT_ID + " and that Elastic SIP Trunking is enabled for it");
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
                    + TargetSettings.BASE_URL + ", network, proxy) and try again");
        }
        if (error instanceof EstException) {
            return new Failure(ExitCode.FAILED, message);
        }
        return new Failure(ExitCode.FAILED, error.getClass().getSimpleName() + ": " + message);
    }

    private static String oneLine(String text) {
        String t = text == null ? "" : text.strip();
        return t.replaceAll("\\s*\\R\\s*", "; ").replaceAll("\\p{Cntrl}", " ");
    }
}
