package dev.estsdk.examples.cli;

import dev.estsdk.workflows.Change;
import dev.estsdk.workflows.ProvisioningListener;
import dev.estsdk.workflows.ResourceRef;
import dev.estsdk.workflows.ResourceType;
import dev.estsdk.workflows.StepEvent;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/** Prints one line per workflow step: {@code [3/6] link access control list "acme-pbx PBX" (01HA...)}. */
final class StepPrinter implements ProvisioningListener {

    private final PrintStream out;
    private final String heading;
    private final AtomicBoolean headed = new AtomicBoolean();

    StepPrinter(PrintStream out) {
        this(out, null);
    }

    /** @param heading printed once, before the first step, or null for none */
    StepPrinter(PrintStream out, String heading) {
        this.out = out;
        this.heading = heading;
    }

    @Override
    public void onStep(StepEvent event) {
        if (heading != null && !headed.getAndSet(true)) {
            out.println(heading);
        }
        String phase = event.phase() == StepEvent.Phase.ROLLBACK ? " rollback:" : "";
        out.printf("  [%d/%d]%s %s%n", event.number(), event.total(), phase, describe(event.change()));
        out.flush();
    }

    /** @return the change in words, e.g. {@code assign number +12025550101} */
    static String describe(Change change) {
        ResourceRef r = change.resource();
        String noun = switch (r.type()) {
            case TRUNK -> "trunk";
            case ACCESS_CONTROL_LIST, ACCESS_CONTROL_LIST_LINK -> "access control list";
            case CREDENTIAL_LIST, CREDENTIAL_LIST_LINK -> "credential list";
            case ENDPOINT -> "endpoint";
            case PHONE_NUMBER -> "number";
        };
        String verb = change.type().name().toLowerCase(Locale.ROOT);
        String label = r.label() == null ? "" : r.type() == ResourceType.PHONE_NUMBER
                ? " " + r.label() : " \"" + r.label() + "\"";
        String id = r.id() == null || r.id().equals(r.label()) ? "" : " (" + r.id() + ")";
        String detail = change.detail().isEmpty() ? "" : ": " + change.detail();
        return verb + " " + noun + label + id + detail;
    }
}
