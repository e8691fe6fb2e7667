package dev.estsdk.testkit.internal.sip;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * The history of one project's {@link SipView}s. A change made at time {@code t} reaches the SIP
 * edge at {@code t + delay}: {@link #effectiveAt(Instant)} returns the newest view published at
 * or before the instant asked for. Views no longer reachable are dropped.
 */
public final class PropagationLog {

    private record Entry(Instant at, SipView view) {
    }

    private final Deque<Entry> entries = new ArrayDeque<>();

    /**
     * @param at when the change was made
     * @param view the configuration after the change
     */
    public synchronized void publish(Instant at, SipView view) {
        Entry last = entries.peekLast();
        // Keep the history ordered even if a caller's instant is a hair behind the previous one.
        entries.addLast(new Entry(last != null && last.at().isAfter(at) ? last.at() : at, view));
    }

    /**
     * @param instant the moment whose configuration is wanted (now minus the delay)
     * @return the configuration in force at that moment, {@link SipView#EMPTY} before any change
     */
    public synchronized SipView effectiveAt(Instant instant) {
        SipView found = SipView.EMPTY;
        int keepFrom = 0;
        int index = 0;
        for (Entry e : entries) {
            if (e.at().isAfter(instant)) {
                break;
            }
            found = e.view();
            keepFrom = index;
            index++;
        }
        // Older entries can never be asked for again: the clock only moves forward.
        Iterator<Entry> it = entries.iterator();
        for (int i = 0; i < keepFrom && it.hasNext(); i++) {
            it.next();
            it.remove();
        }
        return found;
    }
}
