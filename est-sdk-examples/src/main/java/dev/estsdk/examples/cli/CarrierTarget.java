package dev.estsdk.examples.cli;

import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.examples.Target;
import dev.estsdk.examples.twilio.TwilioTarget;
import dev.estsdk.testkit.EstSimulator;
import dev.estsdk.testkit.twilio.TwilioSimulator;
import dev.estsdk.twilio.model.Trunk;
import dev.estsdk.workflows.Carrier;
import dev.estsdk.workflows.TrunkProvisioner;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The carrier a command works on, whichever it is: Sinch (a {@link Target}) or Twilio (a
 * {@link TwilioTarget}), each a real account or an embedded simulator. Closing it stops an
 * embedded simulator, and everything on it is gone.
 */
final class CarrierTarget implements AutoCloseable {

    /** One trunk as {@code est trunks list} shows it. */
    record TrunkRow(String id, String name, String domain, String created) {
    }

    private final CarrierChoice choice;
    private final Target sinch;
    private final TwilioTarget twilio;

    private CarrierTarget(CarrierChoice choice, Target sinch, TwilioTarget twilio) {
        this.choice = choice;
        this.sinch = sinch;
        this.twilio = twilio;
    }

    /** Opens the chosen carrier's target as the environment describes it. */
    static CarrierTarget open(CarrierChoice choice, CliEnvironment env) {
        Objects.requireNonNull(choice, "choice");
        return choice == CarrierChoice.SINCH ? new CarrierTarget(choice, env.targets().get(), null)
                : new CarrierTarget(choice, null, env.twilioTargets().get());
    }

    CarrierChoice choice() {
        return choice;
    }

    /** @return e.g. {@code embedded Twilio simulator at http://127.0.0.1:…} */
    String description() {
        return sinch != null ? sinch.description() : twilio.description();
    }

    /** @return whether the target is a simulator in this process, so nothing real is touched */
    boolean isSimulator() {
        return sinch != null ? sinch.isSimulator() : twilio.isSimulator();
    }

    /** @return the carrier, for the workflows */
    Carrier carrier() {
        return sinch != null ? Carrier.sinch(sinch.api()) : Carrier.twilio(twilio.api());
    }

    /**
     * A provisioner on this carrier; on the Sinch simulator it waits on the simulator's clock (a
     * propagation wait advances it instead of sleeping).
     */
    TrunkProvisioner.Builder provisioner() {
        TrunkProvisioner.Builder builder = TrunkProvisioner.builder(carrier());
        if (sinch != null) {
            builder.clock(sinch.clock()).sleeper(sinch.sleeper());
        }
        return builder;
    }

    /** @return whether a change takes a while to reach the carrier's SIP edge (Sinch: about 60 s) */
    boolean hasPropagationDelay() {
        return choice == CarrierChoice.SINCH;
    }

    Optional<EstSimulator> sinchSimulator() {
        return sinch == null ? Optional.empty() : sinch.simulator();
    }

    Optional<TwilioSimulator> twilioSimulator() {
        return twilio == null ? Optional.empty() : twilio.simulator();
    }

    /** @return where this carrier's trunks live, e.g. {@code project p1} or {@code Twilio account AC…} */
    String account() {
        return sinch != null ? "project " + sinch.api().projectId() : "Twilio account " + twilio.api().accountSid();
    }

    /** @return every trunk of the project or account */
    List<TrunkRow> trunks() {
        List<TrunkRow> rows = new ArrayList<>();
        if (sinch != null) {
            for (SipTrunk t : sinch.api().sipTrunks().list()) {
                rows.add(new TrunkRow(t.id(), t.name(), t.domain(), String.valueOf(t.createTime())));
            }
        } else {
            for (Trunk t : twilio.api().trunks().list()) {
                rows.add(new TrunkRow(t.sid(), t.friendlyName() == null ? "" : t.friendlyName(),
                        t.domainName() == null ? "" : t.domainName(), String.valueOf(t.dateCreated())));
            }
        }
        return rows;
    }

    @Override
    public void close() {
        if (sinch != null) {
            sinch.close();
        } else {
            twilio.close();
        }
    }
}
