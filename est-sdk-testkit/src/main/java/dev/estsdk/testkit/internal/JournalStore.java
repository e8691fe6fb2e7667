package dev.estsdk.testkit.internal;

import com.github.tomakehurst.wiremock.common.FileSource;
import com.github.tomakehurst.wiremock.store.DefaultStores;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The request journal, newest first, optionally bounded, where every write costs the same however
 * long the journal is. WireMock's own in-memory store scans the whole journal when it records a
 * request's answer (and, when bounded, counts it on every request), so a load test's requests got
 * slower as the journal grew. Reads are as WireMock's: the journal is still what
 * {@code findAll}, {@code verify} and {@code /__admin/requests} see.
 */
public final class JournalStore implements RequestJournalStore {

    private final int limit;
    private final ConcurrentLinkedDeque<UUID> order = new ConcurrentLinkedDeque<>();
    private final ConcurrentHashMap<UUID, ServeEvent> events = new ConcurrentHashMap<>();
    private final AtomicInteger size = new AtomicInteger();
    private final ConcurrentHashMap<UUID, String> faults = new ConcurrentHashMap<>();

    /** @param limit the most requests kept, the oldest dropped first; 0 keeps every request */
    public JournalStore(int limit) {
        this.limit = limit;
    }

    /**
     * WireMock's default stores with this journal in place of its own.
     *
     * @param files WireMock's file root
     * @param journal the journal
     * @return the stores to configure WireMock with
     */
    public static DefaultStores with(FileSource files, JournalStore journal) {
        return new DefaultStores(files) {
            @Override
            public RequestJournalStore getRequestJournalStore() {
                return journal;
            }
        };
    }

    /**
     * Marks a request as answered by an injected fault, for the dashboard.
     *
     * @param id the request's id
     * @param fault what was injected, e.g. {@code 503} or {@code CONNECTION_RESET_BY_PEER}
     */
    public void markFault(UUID id, String fault) {
        faults.put(id, fault);
    }

    /**
     * @param id a request's id
     * @return the fault injected into its answer, or null
     */
    public String fault(UUID id) {
        return faults.get(id);
    }

    /** Records a request; the dashboard's own reads are left out, as the page polls them. */
    @Override
    public void add(ServeEvent event) {
        if (Dashboard.isDashboardRead(event.getRequest().getMethod().getName(), event.getRequest().getUrl()
                .split("\\?", 2)[0])) {
            return;
        }
        events.put(event.getId(), event);
        order.addFirst(event.getId());
        if (limit > 0 && size.incrementAndGet() > limit) {
            removeLast();
        }
    }

    @Override
    public void removeLast() {
        UUID oldest = order.pollLast();
        if (oldest != null) {
            faults.remove(oldest);
            if (events.remove(oldest) != null && limit > 0) {
                size.decrementAndGet();
            }
        }
    }

    @Override
    public Stream<ServeEvent> getAll() {
        return order.stream().map(events::get).filter(Objects::nonNull);
    }

    /**
     * @param count how many
     * @return the newest requests, newest first, reading no further than that
     */
    public List<ServeEvent> newest(int count) {
        return getAll().limit(count).toList();
    }

    @Override
    public Stream<UUID> getAllKeys() {
        return getAll().map(ServeEvent::getId);
    }

    @Override
    public Optional<ServeEvent> get(UUID id) {
        return Optional.ofNullable(events.get(id));
    }

    /** Replaces a request still in the journal (WireMock records its answer this way); others are ignored. */
    @Override
    public void put(UUID id, ServeEvent event) {
        events.computeIfPresent(id, (k, old) -> event);
    }

    @Override
    public void remove(UUID id) {
        faults.remove(id);
        if (events.remove(id) != null) {
            order.remove(id);
            if (limit > 0) {
                size.decrementAndGet();
            }
        }
    }

    @Override
    public void clear() {
        order.clear();
        events.clear();
        faults.clear();
        size.set(0);
    }
}
