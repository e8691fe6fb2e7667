package dev.estsdk.workflows;

import java.util.List;

/**
 * Before waiting for propagation, the GETs did not show something the apply had written (a link,
 * an endpoint or a number), so waiting would not make calls work.
 */
public class PropagationException extends WorkflowException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> missing;

    /**
     * Creates the exception.
     *
     * @param missing what the server does not show, one line each
     */
    public PropagationException(List<String> missing) {
        super("Not visible on the server, so waiting for propagation would not help: " + String.join("; ", missing),
                null);
        this.missing = List.copyOf(missing);
    }

    /**
     * What the server does not show.
     *
     * @return one line per missing resource, unmodifiable
     */
    public List<String> missing() {
        return missing;
    }
}
