package dev.estsdk.testkit.twilio;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * How the simulated Twilio edge answered an INVITE.
 *
 * @param status the SIP status, e.g. 200, 400, 403, 404, 407, 488, 503
 * @param reason the SIP reason phrase
 * @param explanation why, in words a developer can act on
 * @param trunkSid the trunk the call was matched to, or null
 * @param deliveredTo origination: the SIP URL that took the call, or the disaster-recovery URL; null otherwise
 * @param transport origination: the transport used to reach {@code deliveredTo} ({@code tls} on a secure trunk)
 * @param attempts origination: the origination URLs tried, in order, the last one being {@code deliveredTo}
 *     unless every one failed
 * @param disasterRecovery whether the disaster-recovery URL took the call
 * @param errorCode the Twilio debugger code Twilio would log (32010 no usable origination URL, 32011 every
 *     one failed), or null
 */
public record TwilioSipResult(int status, String reason, String explanation, @Nullable String trunkSid,
        @Nullable String deliveredTo, @Nullable String transport, List<String> attempts, boolean disasterRecovery,
        @Nullable Integer errorCode) {

    /**
     * Copies the attempts.
     *
     * @param status the SIP status, e.g. 200, 400, 403, 404, 407, 488, 503
     * @param reason the SIP reason phrase
     * @param explanation why, in words a developer can act on
     * @param trunkSid the trunk the call was matched to, or null
     * @param deliveredTo origination: the SIP URL that took the call, or the disaster-recovery URL; null otherwise
     * @param transport origination: the transport used to reach {@code deliveredTo} ({@code tls} on a secure trunk)
     * @param attempts origination: the origination URLs tried, in order, the last one being {@code deliveredTo}
     *     unless every one failed
     * @param disasterRecovery whether the disaster-recovery URL took the call
     * @param errorCode the Twilio debugger code Twilio would log (32010 no usable origination URL, 32011 every
     *     one failed), or null
     */
    public TwilioSipResult {
        attempts = attempts == null ? List.of() : List.copyOf(attempts);
    }

    /**
     * Returns whether the status is 2xx.
     *
     * @return whether the status is 2xx
     */
    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
