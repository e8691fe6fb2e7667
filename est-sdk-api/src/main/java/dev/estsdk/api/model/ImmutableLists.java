package dev.estsdk.api.model;

import java.util.Collection;
import java.util.List;

/** The one list rule of every model: what is handed out is never null and never mutable. */
final class ImmutableLists {

    private ImmutableLists() {
    }

    /** An unmodifiable copy, or an empty list for null. */
    static <T> List<T> copyOf(Collection<? extends T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
