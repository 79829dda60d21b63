package org.clearance.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Read-only copies in one list class and one set class, whatever their size, for the collections of
 * prepared names. The scorer's loops call them millions of times; when the JIT has seen one class at
 * a call it compiles for that class alone and throws the compiled scorer away on meeting another, and
 * {@code List.copyOf} and {@code Set.copyOf} give different classes for two elements and for three. A
 * fresh 100,000-link trace recompiled the scorer six times, each time on the two cores that screen.
 */
final class OneClass {
    private static final List<?> EMPTY_LIST = Collections.unmodifiableList(new ArrayList<>(0));
    private static final Set<?> EMPTY_SET = Collections.unmodifiableSet(new HashSet<>(0));

    private OneClass() {}

    @SuppressWarnings("unchecked")
    static <T> List<T> list(Collection<? extends T> c) {
        return c.isEmpty() ? (List<T>) EMPTY_LIST : Collections.unmodifiableList(new ArrayList<>(c));
    }

    /** Iterates in the order of the elements' hashes, the same in every run (unlike {@code Set.copyOf}). */
    @SuppressWarnings("unchecked")
    static <T> Set<T> set(Collection<? extends T> c) {
        return c.isEmpty() ? (Set<T>) EMPTY_SET : Collections.unmodifiableSet(new HashSet<>(c));
    }
}
