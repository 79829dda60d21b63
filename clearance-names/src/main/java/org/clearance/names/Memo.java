package org.clearance.names;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers what a function gave for a key, for keys that recur (name parts, query terms), safe to share between
 * threads and bounded: when it holds {@code capacity} keys it is emptied and fills again with those that recur, so
 * that a service that runs for months, screening names it has never seen, keeps a few MB. Two threads may compute
 * the same key at once; the function must give equal values for equal keys.
 */
public final class Memo<K, V> {
    private final int capacity;
    private final Function<K, V> function;
    private final Map<K, V> values = new ConcurrentHashMap<>();

    public Memo(int capacity, Function<K, V> function) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a memo holds at least one key: " + capacity);
        }
        this.capacity = capacity;
        this.function = Objects.requireNonNull(function);
    }

    /** The function's value for {@code key}, computed at most once while remembered; never null. */
    public V get(K key) {
        V v = values.get(key);
        if (v == null) {
            v = Objects.requireNonNull(function.apply(key), "a memo remembers values, not null");
            if (values.size() >= capacity) {
                values.clear();
            }
            values.put(key, v);
        }
        return v;
    }

    /** How many keys it holds now: at most its capacity. */
    public int size() {
        return values.size();
    }
}
