package dev.estsdk.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The simulator's request journal: newest first, bounded, faults marked, the dashboard's reads left out. */
class JournalStoreTest {

    private static ServeEvent event(String method, String url) {
        LoggedRequest request = Json.read("{\"method\":\"" + method + "\",\"url\":\"" + url + "\"}",
                LoggedRequest.class);
        return ServeEvent.of(request);
    }

    @Test
    void bounded_keepsTheNewest_andForgetsTheFaultMarksOfWhatItDrops() {
        JournalStore journal = new JournalStore(2);
        ServeEvent first = event("GET", "/one");
        journal.add(first);
        journal.markFault(first.getId(), "503");
        journal.add(event("GET", "/two"));
        journal.add(event("GET", "/three"));

        assertThat(journal.getAll().map(e -> e.getRequest().getUrl())).containsExactly("/three", "/two");
        assertThat(journal.getAllKeys().count()).isEqualTo(2);
        assertThat(journal.fault(first.getId())).isNull();
    }

    @Test
    void put_replacesOnlyWhatIsStillThere() {
        JournalStore journal = new JournalStore(1);
        ServeEvent first = event("GET", "/one");
        journal.add(first);
        journal.add(event("GET", "/two"));

        journal.put(first.getId(), first);
        journal.put(UUID.randomUUID(), event("GET", "/never-added"));

        assertThat(journal.getAll().map(e -> e.getRequest().getUrl())).containsExactly("/two");
    }

    @Test
    void unbounded_keepsEverything_removeAndClearWork() {
        JournalStore journal = new JournalStore(0);
        ServeEvent a = event("POST", "/a");
        for (int i = 0; i < 50; i++) {
            journal.add(event("GET", "/n" + i));
        }
        journal.add(a);
        journal.remove(a.getId());

        assertThat(journal.getAll()).hasSize(50);
        assertThat(journal.newest(3).stream().map(e -> e.getRequest().getUrl())).containsExactly("/n49", "/n48", "/n47");
        journal.clear();
        assertThat(journal.getAll()).isEmpty();
    }

    @Test
    void theDashboardsOwnReads_areNotJournaled_butEverythingElseUnderSimulatorIs() {
        JournalStore journal = new JournalStore(0);
        journal.add(event("GET", "/_simulator/"));
        journal.add(event("GET", "/_simulator/state?trunks=5"));
        journal.add(event("GET", "/_simulator/journal"));
        journal.add(event("POST", "/_simulator/clock/advance"));
        journal.add(event("GET", "/_simulator/counts"));

        assertThat(journal.getAll().map(e -> e.getRequest().getUrl()))
                .containsExactly("/_simulator/counts", "/_simulator/clock/advance");
    }
}
