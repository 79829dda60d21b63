package org.clearance.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clearance.store.Database;
import org.clearance.store.StoreException;
import org.clearance.update.FetchRecord;
import org.clearance.update.ListFetches;
import org.clearance.update.UpdateOutcome;
import org.clearance.update.UpdateSchedule;

/**
 * The service's scheduled list updates as {@code /readyz} and {@code /metrics} show them. A failed
 * update leaves the service ready (it serves the lists it has), so readiness reports it rather than
 * failing on it; an alert on the metrics is the way to be told.
 */
final class UpdateStatus {
    private UpdateStatus() {}

    /** The schedule and its last run, for {@code /readyz}. */
    static ObjectNode json(UpdateSchedule schedule) {
        ObjectNode o = JsonNodeFactory.instance.objectNode().put("every", schedule.every().toString())
                .put("next_run", schedule.next().toString());
        schedule.last().ifPresent(run -> {
            ObjectNode last = o.putObject("last_run").put("started", run.started().toString())
                    .put("finished", run.finished().toString()).put("ok", run.ok())
                    .put("updated", run.count(UpdateOutcome.Kind.UPDATED))
                    .put("unchanged", run.count(UpdateOutcome.Kind.UNCHANGED))
                    .put("failed", run.count(UpdateOutcome.Kind.FAILED));
            if (run.problem() != null) {
                last.put("problem", run.problem());
            }
            var failures = last.putArray("failures");
            run.outcomes().stream().filter(UpdateOutcome::failed)
                    .forEach(f -> failures.addObject().put("dataset", f.dataset()).put("message", f.message()));
        });
        return o;
    }

    /** Adds the update figures to the metrics: the last run, and the age of each dataset's last good fetch. */
    static void watch(Metrics metrics, UpdateSchedule schedule, Database db) {
        metrics.gauge("clearance_list_update_last_run_timestamp_seconds",
                "When the last scheduled list update ended, in seconds since the epoch (NaN before the first)",
                () -> schedule.last().map(r -> r.finished().toEpochMilli() / 1e3).orElse(Double.NaN));
        metrics.gauge("clearance_list_update_last_run_failed",
                "Datasets the last scheduled list update could not fetch or import (NaN before the first run, "
                        + "or when the run failed as a whole)",
                () -> schedule.last().filter(r -> r.problem() == null)
                        .map(r -> (double) r.count(UpdateOutcome.Kind.FAILED)).orElse(Double.NaN));
        metrics.gaugeByLabel("clearance_list_fetch_age_seconds",
                "Seconds since each dataset was last fetched from its publisher (a file or a 304 'not modified')",
                "dataset", () -> fetchAges(db, Instant.now()));
    }

    private static Map<String, Double> fetchAges(Database db, Instant now) {
        Map<String, Double> out = new LinkedHashMap<>();
        try {
            for (FetchRecord r : new ListFetches(db).all()) {
                if (r.fetchedAt() != null) {
                    out.put(r.dataset(), Duration.between(r.fetchedAt(), now).toMillis() / 1e3);
                }
            }
        } catch (StoreException e) {
            // an unreachable database leaves the figure out of this scrape rather than failing it
        }
        return out;
    }
}
