package dev.estsdk.testkit.internal.model;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A map that remembers which keys were written or removed since {@link #drainChanged()} was last
 * called, so that publishing a change to the SIP propagation model costs what changed, not the
 * size of the project. Writes go through {@link #put} and {@link #remove} (and the {@code Map}
 * defaults built on them); the key, value and entry views are read-only so nothing bypasses the
 * tracking.
 *
 * @param <V> the value type (immutable records)
 */
public final class ChangeTrackingMap<V> extends AbstractMap<String, V> {

    /**
     * Told about every write, to keep an index in step with the map.
     *
     * @param <V> the value type
     */
    @FunctionalInterface
    public interface Observer<V> {
        /**
         * @param old the value before, or null
         * @param now the value after, or null when removed
         */
        void changed(V old, V now);
    }

    private final Map<String, V> delegate;
    private final Observer<V> observer;
    private final Set<String> changed = new LinkedHashSet<>();

    /** @param delegate the backing map, which decides the iteration order */
    public ChangeTrackingMap(Map<String, V> delegate) {
        this(delegate, (old, now) -> { });
    }

    /**
     * @param delegate the backing map, which decides the iteration order
     * @param observer told about every write
     */
    public ChangeTrackingMap(Map<String, V> delegate, Observer<V> observer) {
        this.delegate = delegate;
        this.observer = observer;
    }

    @Override
    public V get(Object key) {
        return delegate.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return delegate.containsKey(key);
    }

    @Override
    public int size() {
        return delegate.size();
    }

    @Override
    public V put(String key, V value) {
        changed.add(key);
        V old = delegate.put(key, value);
        observer.changed(old, value);
        return old;
    }

    @Override
    public V remove(Object key) {
        if (!delegate.containsKey(key)) {
            return null;
        }
        changed.add((String) key);
        V old = delegate.remove(key);
        observer.changed(old, null);
        return old;
    }

    @Override
    public void clear() {
        for (String key : List.copyOf(delegate.keySet())) {
            remove(key);
        }
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        return Collections.unmodifiableMap(delegate).entrySet();
    }

    @Override
    public Set<String> keySet() {
        return Collections.unmodifiableSet(delegate.keySet());
    }

    @Override
    public Collection<V> values() {
        return Collections.unmodifiableCollection(delegate.values());
    }

    /** @return the keys written or removed since the last call, in the order first touched; then forgets them */
    public Set<String> drainChanged() {
        if (changed.isEmpty()) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>(changed);
        changed.clear();
        return out;
    }
}
