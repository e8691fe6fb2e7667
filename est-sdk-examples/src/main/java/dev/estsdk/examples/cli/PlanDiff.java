package dev.estsdk.examples.cli;

import dev.estsdk.workflows.Change;
import dev.estsdk.workflows.ChangeType;
import dev.estsdk.workflows.Drift;
import dev.estsdk.workflows.FieldChange;
import dev.estsdk.workflows.ResourceRef;
import java.io.PrintStream;

/**
 * Prints a {@link Drift} the way {@code terraform plan} does: {@code + create}, {@code ~ update}
 * with one {@code field: before -> after} line per field, {@code - delete}, and resources on the
 * trunk that the plan does not mention marked {@code ? unmanaged} (apply leaves them alone).
 */
final class PlanDiff {

    private PlanDiff() {
    }

    static void print(PrintStream out, Drift drift) {
        if (drift.changes().isEmpty() && drift.unmanaged().isEmpty()) {
            out.println("No changes. The trunk matches the plan.");
            return;
        }
        int add = 0;
        int change = 0;
        int remove = 0;
        for (Change c : drift.changes()) {
            char symbol = symbol(c);
            switch (symbol) {
                case '+' -> add++;
                case '~' -> change++;
                default -> remove++;
            }
            out.println("  " + symbol + " " + StepPrinter.describe(withoutDetail(c)));
            for (FieldChange f : c.fields()) {
                out.println("      " + field(symbol, f));
            }
            if (c.fields().isEmpty() && !c.detail().isEmpty()) {
                out.println("      " + c.detail());
            }
        }
        for (ResourceRef r : drift.unmanaged()) {
            out.println("  ? unmanaged " + noun(r) + ": on the trunk but not in the plan; apply leaves it alone");
        }
        out.println();
        if (drift.changes().isEmpty()) {
            out.println("No changes to apply. The trunk matches the plan; " + drift.unmanaged().size()
                    + " unmanaged resource" + (drift.unmanaged().size() == 1 ? "" : "s")
                    + " on it that apply leaves alone.");
        } else {
            out.println("Plan: " + add + " to add, " + change + " to change, " + remove + " to remove"
                    + (drift.unmanaged().isEmpty() ? "." : "; " + drift.unmanaged().size() + " unmanaged resource"
                            + (drift.unmanaged().size() == 1 ? "" : "s") + " left alone.")
                    + " Run est apply with the same file to make these changes.");
        }
    }

    static char symbol(Change c) {
        return switch (c.type()) {
            case CREATE, LINK, ASSIGN -> '+';
            case UPDATE -> '~';
            case UNASSIGN, UNLINK, DELETE -> '-';
        };
    }

    private static String field(char symbol, FieldChange f) {
        if (symbol == '+' && f.before() == null) {
            return f.field() + ": " + show(f.after());
        }
        if (symbol == '-' && f.after() == null) {
            return f.field() + ": " + show(f.before());
        }
        return f.field() + ": " + show(f.before()) + " -> " + show(f.after());
    }

    private static String show(String value) {
        return value == null ? "(none)" : value;
    }

    private static Change withoutDetail(Change c) {
        return new Change(c.type(), c.resource(), "");
    }

    private static String noun(ResourceRef r) {
        return StepPrinter.describe(new Change(ChangeType.LINK, r, "")).substring("link ".length());
    }
}
