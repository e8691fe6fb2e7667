package dev.estsdk.benchmarks.run;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.estsdk.testkit.EstSimulator;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The EST API requests a simulator received, read from its WireMock journal, with ids replaced
 * by {@code {id}} so that requests can be counted by operation (e.g.
 * {@code POST /trunks/{id}/accessControlLists}). The token endpoint and the simulator's control
 * paths are left out: only {@code /v1/projects/...} counts.
 */
final class Journal {

    private static final Set<String> COLLECTIONS = Set.of("trunks", "endpoints", "accessControlLists", "ipRanges",
            "credentialLists", "credentials", "phoneNumbers", "countryPermissions", "calls", "callBlockingRules",
            "addProjects", "export", "records", "pcap");

    /**
     * One API request.
     *
     * @param method the HTTP method
     * @param operation method and path template below the project, with query parameter names,
     *     e.g. {@code GET /trunks?domain}
     * @param status the answer's status
     * @param body the request body
     */
    record Entry(String method, String operation, int status, String body) {
    }

    private final List<Entry> entries;

    private Journal(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * @param simulator the simulator
     * @return its API requests, oldest first
     */
    static Journal of(EstSimulator simulator) {
        List<ServeEvent> events = new ArrayList<>(simulator.wireMock().getAllServeEvents());
        Collections.reverse(events); // WireMock lists the newest first
        List<Entry> entries = new ArrayList<>();
        for (ServeEvent event : events) {
            URI uri = URI.create(event.getRequest().getUrl());
            String[] segments = uri.getRawPath().split("/");
            // "", "v1", "projects", "{projectId}", ...
            if (segments.length < 5 || !segments[1].equals("v1") || !segments[2].equals("projects")) {
                continue;
            }
            StringBuilder template = new StringBuilder();
            for (int i = 4; i < segments.length; i++) {
                template.append('/').append(COLLECTIONS.contains(segments[i]) ? segments[i] : "{id}");
            }
            String query = uri.getRawQuery();
            if (query != null) {
                String names = List.of(query.split("&")).stream().map(p -> p.split("=", 2)[0])
                        .filter(n -> !n.equals("page") && !n.equals("size")).collect(Collectors.joining("&"));
                if (!names.isEmpty()) {
                    template.append('?').append(names);
                }
            }
            String method = event.getRequest().getMethod().getName();
            entries.add(new Entry(method, method + " " + template, event.getResponse().getStatus(),
                    event.getRequest().getBodyAsString()));
        }
        return new Journal(entries);
    }

    /** @return every request */
    List<Entry> entries() {
        return entries;
    }

    /** @return how many requests there were */
    int size() {
        return entries.size();
    }

    /** @return how many requests were not GETs */
    long writes() {
        return entries.stream().filter(e -> !e.method().equals("GET")).count();
    }

    /** @return requests counted by operation, sorted by operation */
    Map<String, Long> byOperation() {
        Map<String, Long> counts = new TreeMap<>();
        entries.forEach(e -> counts.merge(e.operation(), 1L, Long::sum));
        return counts;
    }
}
