package dev.estsdk.benchmarks.run;

import java.util.ArrayList;
import java.util.List;

/**
 * The fewest EST requests that can provision a workflow C plan on a project where none of it
 * exists yet, derived from the API (reference §3–§4) rather than from any implementation:
 * <ul>
 *   <li>1 {@code GET /trunks?domain=}: an idempotent apply must look for the trunk first; on a
 *       fresh project it finds none, so nothing else needs reading;</li>
 *   <li>1 {@code POST /trunks};</li>
 *   <li>1 {@code POST /accessControlLists} per new ACL, its IP ranges inline in the same body;</li>
 *   <li>1 {@code POST /trunks/{id}/accessControlLists} for all new ACLs together (the body is a
 *       list of ids);</li>
 *   <li>1 {@code POST /trunks/{id}/endpoints} per endpoint (no batch create exists);</li>
 *   <li>1 {@code POST /phoneNumbers} per number (no batch assign exists).</li>
 * </ul>
 *
 * @param accessControlLists new ACLs in the plan
 * @param endpoints endpoints in the plan
 * @param phoneNumbers numbers in the plan
 */
record MinimumRequests(int accessControlLists, int endpoints, int phoneNumbers) {

    /** @return the total */
    int total() {
        return 1 + 1 + accessControlLists + (accessControlLists > 0 ? 1 : 0) + endpoints + phoneNumbers;
    }

    /** @return the derivation, one Markdown list line per operation, then the total */
    List<String> derivation() {
        List<String> lines = new ArrayList<>();
        lines.add("- 1 × `GET /trunks?domain` — the idempotent apply's look-up; on a fresh project it finds nothing, so no other read is needed");
        lines.add("- 1 × `POST /trunks`");
        lines.add("- " + accessControlLists + " × `POST /accessControlLists` — IP ranges go inline in the create body");
        lines.add("- " + (accessControlLists > 0 ? 1 : 0) + " × `POST /trunks/{id}/accessControlLists` — one request links a list of ACL ids");
        lines.add("- " + endpoints + " × `POST /trunks/{id}/endpoints` — EST has no batch create");
        lines.add("- " + phoneNumbers + " × `POST /phoneNumbers` — EST has no batch assign");
        lines.add("- **minimum = " + total() + " requests**");
        return lines;
    }
}
