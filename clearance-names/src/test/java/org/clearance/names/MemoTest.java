package org.clearance.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A memo computes a key once while it remembers it, and never holds more keys than its capacity. */
class MemoTest {
    @Test
    void aKeyIsComputedOnceWhileRemembered() {
        AtomicInteger calls = new AtomicInteger();
        Memo<String, Integer> memo = new Memo<>(10, s -> {
            calls.incrementAndGet();
            return s.length();
        });
        assertThat(memo.get("tuniyaz")).isEqualTo(7);
        assertThat(memo.get("tuniyaz")).isEqualTo(7);
        assertThat(memo.get("erkin")).isEqualTo(5);
        assertThat(calls).hasValue(2);
    }

    @Test
    void itNeverHoldsMoreKeysThanItsCapacityAndStillAnswersRight() {
        Memo<Integer, Integer> memo = new Memo<>(100, i -> i * 2);
        IntStream.range(0, 10_000).parallel().forEach(i -> assertThat(memo.get(i)).isEqualTo(i * 2));
        assertThat(memo.size()).isBetween(1, 100);
        assertThat(memo.get(9_999)).isEqualTo(19_998);
    }

    @Test
    void aNullValueOrNoCapacityIsRefused() {
        assertThatThrownBy(() -> new Memo<String, String>(0, s -> s)).isInstanceOf(IllegalArgumentException.class);
        Memo<String, String> memo = new Memo<>(5, s -> null);
        assertThatThrownBy(() -> memo.get("x")).isInstanceOf(NullPointerException.class);
    }
}
