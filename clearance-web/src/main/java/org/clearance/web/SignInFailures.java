package org.clearance.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wrong sign-ins remembered by one key (a user name, or a client's address) for a while: past {@code max}
 * within {@code window}, sign-ins for that key pause until the oldest failure ages out.
 */
final class SignInFailures {
    /** Keys remembered at most; beyond it stale ones are dropped, so made-up names or addresses cannot fill memory. */
    static final int MAX_TRACKED = 10_000;

    private final int max;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    SignInFailures(int max, Duration window) {
        this.max = max;
        this.window = window;
    }

    /** How long sign-ins for {@code key} stay paused, or empty when they are not. */
    Optional<Duration> pausedFor(String key) {
        Deque<Instant> f = failures.get(key);
        if (f == null) {
            return Optional.empty();
        }
        synchronized (f) {
            if (recent(f) < max) {
                return Optional.empty();
            }
            // the pause ends when enough failures have aged out to leave fewer than max
            Instant freed = f.stream().skip(f.size() - max).findFirst().orElseThrow().plus(window);
            return Optional.of(Duration.between(Instant.now(), freed).plusSeconds(1));
        }
    }

    void failed(String key) {
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(f -> {
                synchronized (f) {
                    return recent(f) == 0;
                }
            });
        }
        Deque<Instant> f = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (f) {
            f.addLast(Instant.now());
        }
    }

    void forget(String key) {
        failures.remove(key);
    }

    /** Failures within the window, dropping older ones; the caller holds the deque's lock. */
    private int recent(Deque<Instant> f) {
        Instant since = Instant.now().minus(window);
        while (!f.isEmpty() && f.peekFirst().isBefore(since)) {
            f.pollFirst();
        }
        return f.size();
    }
}
