package org.clearance.cli;

import ch.qos.logback.classic.LoggerContext;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.clearance.access.ApiKeys;
import org.clearance.access.Users;
import org.clearance.api.ApiServer;
import org.clearance.api.LoadedLists;
import org.clearance.audit.Actors;
import org.clearance.match.MatchIndex;
import org.clearance.store.Database;
import org.clearance.store.ImportProgress;
import org.clearance.store.ListImporter;
import org.clearance.store.ListStore;
import org.clearance.store.StoreException;
import org.clearance.update.DownloadProgress;
import org.clearance.update.FetchSettings;
import org.clearance.update.Downloader;
import org.clearance.update.ListUpdater;
import org.clearance.update.UpdateSchedule;
import org.clearance.web.WebApp;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import sun.misc.Signal;

/**
 * {@code clearance serve}: the screening service with a yente-compatible API over this home's lists.
 * It listens at once; the lists load in the background ({@code GET /readyz} says when they are ready).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the screening API (yente-compatible: POST /match/{dataset}, GET /search/{dataset},",
                "/entities/{id}, /catalog, /algorithms, /healthz, /readyz) and cases (POST /parties, GET /alerts,",
                "POST /alerts/{id}/decisions, /alerts/{id}/approval, GET /cases/export) until stopped with Ctrl-C.",
                "Requests carry an API key ('Authorization: ApiKey <key>'); create keys with 'clearance keys create'."})
final class ServeCommand implements Callable<Integer> {
    /**
     * Names screened before the service says it is ready (some 7 s on two cores): the first minute of
     * load on a fresh service then ran at 1,176 requests/s, not 799 (1,707 once fully warm).
     */
    static final int WARM_UP_QUERIES = 5_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--db", paramLabel = "JDBC-URL", description = {"The database, e.g. jdbc:postgresql://host/clearance "
            + "(user and password from " + Home.DB_USER_VAR + " and " + Home.DB_PASSWORD_VAR + ").",
            "Default: " + Home.DB_VAR + " if set, else the embedded H2 store in the home folder."})
    String dbUrl;

    @Option(names = "--update-every", paramLabel = "DURATION", converter = DurationText.class,
            description = {"Update the lists from their publishers this often, e.g. 6h (default: never; the lists are "
                    + "updated with 'lists update'). The first run comes 2 minutes after the start; each run's outcome "
                    + "is in the audit log, GET /readyz and /metrics, and new versions are served once loaded."})
    Duration updateEvery;

    @Mixin
    FetchOptions fetch;

    @Override
    public Integer call() throws Exception {
        // the service's messages and Home's progress go to the log as JSON lines, like the requests
        PrintWriter err = new PrintWriter(new LineLogger(LoggerFactory.getLogger("org.clearance.serve")), true);
        FetchSettings settings = fetch.settings(); // a mistake in the options stops the start, not the first run
        // opened before listening, so an unreachable database stops the start with a clear message
        Database db = Home.openDatabase(dbUrl);
        err.println("Database: " + db.describe());
        if (new Users(db).list().isEmpty()) {
            err.println("No user exists yet to sign in to the web application. Create one with "
                    + "'clearance users create --name <your-name> --role analyst'.");
        }
        if (!new ApiKeys(db).anyActive()) {
            err.println("No API key exists yet, and every route but /healthz and /readyz needs one. Create one with "
                    + "'clearance keys create --name <your-name> --role screen'.");
        }
        ApiServer server = ApiServer.start(port, db, () -> {
            ListStore store = ListStore.of(db);
            try {
                Home.loadSnapshotIfEmpty(store, err);
                ImportMonitor.resume(db, store, err, Actors.schedule());
                MatchIndex index = Home.openIndex(store, err);
                long start = System.nanoTime();
                int screened = index.warmUp(WARM_UP_QUERIES);
                err.printf("Warmed up: screened %,d of the lists' own names in %.1f s, so that the first requests run at full speed.%n",
                        screened, (System.nanoTime() - start) / 1e9);
                // The index and the names warming up prepared (some 200 MB, kept as long as the service runs) are
                // moved to the old generation now, before any request waits: left young, the first collections
                // under load copied them, 0.2 to 0.8 s each with a young generation of 1.2 GB.
                System.gc();
                return LoadedLists.of(store, index);
            } catch (Exception | Error e) {
                store.close();
                throw e;
            }
        }, err, List.of(new WebApp()));
        if (updateEvery != null) {
            server.reportUpdates(scheduleUpdates(db, settings, err));
            err.printf("Updating the lists from their publishers every %s.%n", DurationText.format(updateEvery));
        }
        err.printf("Listening on http://localhost:%d/ (the web application; loading the lists, GET /readyz answers 200 when "
                + "ready; API docs at /docs, metrics at /metrics)%n", server.port());
        err.flush();
        // SIGTERM and Ctrl-C: stop accepting, let requests in flight finish, close the store, write out the log lines
        // still queued, then exit. Handled as signals rather than in a shutdown hook: on embedded H2, H2's own hook
        // (which the auto-server mode that lets other commands share the file cannot turn off) would run at the
        // same time and close the database under requests still writing, and leave its trace file of the errors.
        // The hook stays for any other way the JVM ends; whichever comes first stops the service, once.
        Runnable stop = new Runnable() {
            private final AtomicBoolean stopped = new AtomicBoolean();

            @Override
            public void run() {
                if (stopped.getAndSet(true)) {
                    return;
                }
                try {
                    server.close();
                } catch (StoreException e) {
                    LoggerFactory.getLogger("org.clearance.serve").info("Stopped; the database had already closed: {}",
                            e.getMessage());
                } catch (Exception e) {
                    LoggerFactory.getLogger("org.clearance.serve").error("stopping failed", e);
                }
                if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logging) {
                    logging.stop();
                }
            }
        };
        for (String signal : List.of("TERM", "INT")) {
            Signal.handle(new Signal(signal), s -> {
                stop.run();
                System.exit(0);
            });
        }
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "clearance-serve-stop"));
        Thread.currentThread().join();
        return 0;
    }

    /**
     * The scheduled updates: each run is {@code lists update} over every dataset with an address, acting as
     * the service's schedule, with monitoring after each new version; the service's {@code ListReloader}
     * then loads the new versions.
     */
    private UpdateSchedule scheduleUpdates(Database db, FetchSettings settings, PrintWriter log) {
        Downloader downloader = new Downloader(Home.limits().maxFileBytes(), settings);
        return new UpdateSchedule(updateEvery, UpdateSchedule.FIRST_RUN_AFTER, () -> {
            try (ListStore store = ListStore.of(db)) {
                ListUpdater updater = new ListUpdater(db, new ListImporter(store, Home.limits(), ImportProgress.SILENT,
                        Actors.schedule()), downloader, Home.dir().resolve("downloads"), DownloadProgress.SILENT,
                        imported -> ImportMonitor.afterImport(db, store, log, log, Actors.schedule()),
                        Actors.schedule());
                return updater.updateAll(ListUpdater.Target.official());
            }
        }, line -> {
            log.println(line);
            log.flush();
        });
    }
}
