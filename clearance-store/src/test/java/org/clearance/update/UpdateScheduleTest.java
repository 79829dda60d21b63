package org.clearance.update;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.clearance.update.UpdateOutcome.Kind;
import org.junit.jupiter.api.Test;

/** The service's schedule of updates: runs one after another, keeps the last, survives a failing run. */
class UpdateScheduleTest {
    private static UpdateOutcome outcome(String dataset, Kind kind, String message) {
        return new UpdateOutcome(dataset, URI.create("https://example.org/" + dataset), kind, null, message, 1, Instant.now());
    }

    @Test
    void aRunThatFailsAsAWholeIsReportedAndTheNextRunStillComes() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        List<String> lines = new CopyOnWriteArrayList<>();
        try (UpdateSchedule s = new UpdateSchedule(Duration.ofMillis(50), Duration.ZERO, () -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("the database is gone");
            }
            return List.of(outcome("un_sc_sanctions", Kind.UPDATED, null), outcome("ca_sema", Kind.UNCHANGED, null),
                    outcome("us_ofac_sdn", Kind.FAILED, "download of https://example.org/us_ofac_sdn failed: HTTP 403"));
        }, lines::add)) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (lines.size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(lines.get(0)).isEqualTo("Scheduled list update failed: IllegalStateException: the database is gone");
            assertThat(lines.get(1)).startsWith("Scheduled list update: 1 updated, 1 unchanged, 1 failed (")
                    .endsWith("; us_ofac_sdn: download of https://example.org/us_ofac_sdn failed: HTTP 403");
            UpdateSchedule.Run last = s.last().orElseThrow();
            assertThat(last.problem()).isNull();
            assertThat(last.ok()).isFalse();
            assertThat(last.count(Kind.FAILED)).isEqualTo(1);
            assertThat(last.finished()).isAfterOrEqualTo(last.started());
            assertThat(s.next()).isAfter(last.finished());
        }
    }

    @Test
    void beforeItsFirstRunTheScheduleHasNoLastRunAndSaysWhenItComes() {
        Instant before = Instant.now();
        try (UpdateSchedule s = new UpdateSchedule(Duration.ofHours(6), Duration.ofHours(1), List::of, l -> { })) {
            assertThat(s.last()).isEmpty();
            assertThat(s.next()).isAfterOrEqualTo(before.plus(Duration.ofHours(1)));
        }
    }

    @Test
    void thePeriodMustBePositive() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new UpdateSchedule(Duration.ZERO, Duration.ZERO, List::of, l -> { }))
                .hasMessageContaining("must be positive");
    }
}
