package org.clearance.api;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.clearance.cases.LinkReviews;
import org.clearance.match.links.LinkDecision;
import org.clearance.store.Database;
import org.clearance.store.ListStore;
import org.clearance.store.VersionInfo;

/**
 * Picks up list versions imported while the service runs ({@code lists import} or {@code lists update}
 * in another process): now and then it compares the store's current versions with those loaded, and
 * when they differ loads the new ones beside the old and swaps them in. Requests under way finish on
 * the old index, which is closed a while later. Link decisions approved elsewhere ({@code lists links --approve})
 * are applied to the loaded index when they change, without reloading it.
 */
final class ListReloader implements AutoCloseable {
    /** How often the store is asked: a list changes at most daily, and asking costs one small query. */
    static final Duration CHECK_EVERY = Duration.ofSeconds(60);
    /** How long a replaced index stays open: screenings take milliseconds, so none still uses it then. */
    static final Duration RETIRE_AFTER = Duration.ofSeconds(60);

    private final Database db;
    private final LoadedLists.Loader loader;
    private final Supplier<LoadedLists> current;
    private final Consumer<LoadedLists> swap;
    private final PrintWriter log;
    /** The link decisions last applied here; null until the first check, which applies them again (cheap). */
    private List<LinkDecision> decisions;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "clearance-api-reload");
        t.setDaemon(true);
        return t;
    });

    ListReloader(Database db, LoadedLists.Loader loader, Supplier<LoadedLists> current, Consumer<LoadedLists> swap,
            PrintWriter log, Duration every) {
        this.db = db;
        this.loader = loader;
        this.current = current;
        this.swap = swap;
        this.log = log;
        timer.scheduleWithFixedDelay(this::check, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void check() {
        LoadedLists loaded = current.get();
        if (loaded == null) {
            return; // the first load is still under way (or failed); it is not this class's to retry
        }
        try {
            List<VersionInfo> stored;
            try (ListStore store = ListStore.of(db)) {
                stored = store.currentVersions();
            }
            if (ids(stored).equals(ids(loaded.versions()))) {
                List<LinkDecision> now = new LinkReviews(db).inEffect();
                if (!now.equals(decisions)) {
                    loaded.index().decide(now);
                    decisions = now;
                }
                return;
            }
            decisions = null; // the loader applies them to the new index
            LoadedLists fresh = loader.load();
            swap.accept(fresh);
            log.printf("Reloaded the lists: %,d entities in %d list versions (%s).%n", fresh.byId().size(),
                    fresh.versions().size(), String.join(", ", fresh.versions().stream()
                            .map(v -> v.dataset() + " " + v.publicationDate()).toList()));
            timer.schedule(() -> retire(loaded), RETIRE_AFTER.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception | Error e) { // the old lists keep serving; the next check tries again
            log.printf("Checking for new list versions failed: %s: %s%n", e.getClass().getSimpleName(), e.getMessage());
        }
        log.flush();
    }

    private static List<Long> ids(List<VersionInfo> versions) {
        return versions.stream().map(VersionInfo::id).sorted().toList();
    }

    private void retire(LoadedLists old) {
        try {
            old.close();
        } catch (Exception e) {
            log.printf("Closing replaced lists failed: %s%n", e.getMessage());
            log.flush();
        }
    }

    /** Stops checking; replaced lists not yet closed are left to the process's end. */
    @Override
    public void close() {
        timer.shutdownNow();
    }
}
