package dev.estsdk.examples.cli;

import dev.estsdk.workflows.PlanDocument;
import dev.estsdk.workflows.SecretRef;
import dev.estsdk.workflows.SecretResolver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values of a plan file's {@code ${env:NAME}} secrets: from the environment; on an embedded
 * simulator an unset one gets a generated demo value (never printed), on a real carrier it is a
 * usage error naming every unset variable before anything is sent.
 *
 * @param resolver resolves every reference of the plan
 * @param generated the variables that were unset and got a demo value, in plan order
 */
record PlanSecrets(SecretResolver resolver, List<String> generated) {

    PlanSecrets {
        generated = List.copyOf(generated);
    }

    /**
     * @throws IllegalArgumentException (exit 2) when not on a simulator and a variable is unset
     */
    static PlanSecrets resolve(PlanDocument plan, Map<String, String> variables, boolean simulator) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> generated = new ArrayList<>();
        Set<String> missing = new LinkedHashSet<>();
        for (PlanDocument.CredentialListSpec list : plan.credentialLists()) {
            for (PlanDocument.CredentialSpec credential : list.credentials()) {
                SecretRef ref = credential.password();
                String value = variables.get(ref.variable());
                if (value != null && !value.isBlank()) {
                    values.put(ref.variable(), value);
                } else if (simulator) {
                    values.computeIfAbsent(ref.variable(), v -> {
                        generated.add(v);
                        return AnswerResolver.generatePassword();
                    });
                } else {
                    missing.add(ref.variable() + " (the SIP password of " + credential.username() + ")");
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the plan's secret" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing) + (missing.size() == 1 ? " is" : " are") + " not set: export "
                    + (missing.size() == 1 ? "it" : "them") + " before applying (the plan file holds only the"
                    + " reference)");
        }
        return new PlanSecrets(SecretResolver.of(values), generated);
    }

    /** Says which secrets got demo values, without the values. */
    void report(java.io.PrintStream out) {
        if (!generated.isEmpty()) {
            out.println("SIP password" + (generated.size() == 1 ? " " : "s ") + String.join(", ", generated)
                    + ": not set, so generated for this simulator run (not shown; set "
                    + (generated.size() == 1 ? "it" : "them") + " to choose).");
        }
    }
}
