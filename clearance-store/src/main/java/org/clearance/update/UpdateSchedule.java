package org.clearance.update;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The service's own list updates ({@code serve --update-every}): every period, on one background
 * thread, a run of {@link ListUpdater} over the datasets with an address. A run never overlaps the
 * next (each is scheduled after the one before ends), and a failing run only waits for the next. What
 * the last run did is kept for {@code /readyz}, the metrics and the dashboard; each dataset's outcome
 * is in the audit log ({@link ListFetches}).
 */
public final class UpdateSchedule implements AutoCloseable {
    /** The first run comes this soon after the start (or after one period, if shorter): lists loaded at start may be old. */
    public static final Duration FIRST_RUN_AFTER = Duration.ofMinutes(2);

    /** One run of updates. */
    @FunctionalInterface
    public interface Job {
        List<UpdateOutcome> run() throws Exception;
    }

    /**
     * What a run did.
     *
     * @param outcomes per dataset; empty when the run failed as a whole
     * @param problem  why the run failed as a whole (the store unreachable...), else null
     */
    public record Run(Instant started, Instant finished, List<UpdateOutcome> outcomes, String problem) {
        public Run {
            outcomes = List.copyOf(outcomes);
        }

        public long count(UpdateOutcome.Kind kind) {
            return outcomes.stream().filter(o -> o.kind() == kind).count();
        }

        /** Whether every dataset was fetched (updated or found unchanged). */
        public boolean ok() {
            return problem == null && count(UpdateOutcome.Kind.FAILED) == 0;
        }
    }

    private final Duration every;
    private final Job job;
    private final Consumer<String> log;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "clearance-list-updates");
        t.setDaemon(true);
        return t;
    });
    private volatile Run last;
    private volatile Instant next;

    /**
     * Starts the schedule.
     *
     * @param log told one line per run
     */
    public UpdateSchedule(Duration every, Duration firstAfter, Job job, Consumer<String> log) {
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("the update period must be positive, not " + every);
        }
        this.every = every;
        this.job = job;
        this.log = log;
        Duration first = firstAfter.compareTo(every) < 0 ? firstAfter : every;
        next = Instant.now().plus(first);
        timer.scheduleWithFixedDelay(this::runOnce, first.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    public Duration every() {
        return every;
    }

    /** The last run, empty before the first has ended. */
    public Optional<Run> last() {
        return Optional.ofNullable(last);
    }

    /** When the next run is due to start (roughly: a run in progress delays it). */
    public Instant next() {
        return next;
    }

    private void runOnce() {
        Instant started = Instant.now();
        Run run;
        try {
            List<UpdateOutcome> outcomes = job.run();
            run = new Run(started, Instant.now(), outcomes, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception | Error e) { // anything: the schedule must survive to try again next period
            run = new Run(started, Instant.now(), List.of(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        next = Instant.now().plus(every); // before last: whoever reads last then next sees a next after it
        last = run;
        log.accept(line(run));
    }

    /** One line for the log: counts, and each failed dataset with its reason. */
    static String line(Run r) {
        if (r.problem() != null) {
            return "Scheduled list update failed: " + r.problem();
        }
        StringBuilder sb = new StringBuilder(String.format("Scheduled list update: %d updated, %d unchanged, %d failed (%.1f s)",
                r.count(UpdateOutcome.Kind.UPDATED), r.count(UpdateOutcome.Kind.UNCHANGED), r.count(UpdateOutcome.Kind.FAILED),
                Duration.between(r.started(), r.finished()).toMillis() / 1e3));
        r.outcomes().stream().filter(UpdateOutcome::failed)
                .forEach(o -> sb.append("; ").append(o.dataset()).append(": ").append(o.message()));
        return sb.toString();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
