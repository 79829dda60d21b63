package org.clearance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clearance.io.InputLimits;
import org.clearance.io.ListParseException;
import org.clearance.cases.LinkReviews;
import org.clearance.match.MatchIndex;
import org.clearance.match.links.Linker;
import org.clearance.match.links.PartyGroups;
import org.clearance.store.VersionInfo;
import org.clearance.store.Database;
import org.clearance.store.ImportResult;
import org.clearance.store.IndexCache;
import org.clearance.store.ListImporter;
import org.clearance.store.ListStore;
import org.clearance.store.Snapshot;
import org.clearance.store.VersionInfo;

/**
 * Where Clearance keeps its state: {@code CLEARANCE_HOME} (default {@code ~/.clearance}), holding
 * the embedded H2 store unless {@code CLEARANCE_DB} names another JDBC URL. On first use the
 * bundled snapshot is loaded so that every command has real lists to work on.
 */
final class Home {
    /** Environment variables, read in one place. */
    static final String HOME_VAR = "CLEARANCE_HOME";
    static final String DB_VAR = "CLEARANCE_DB";
    static final String DB_USER_VAR = "CLEARANCE_DB_USER";
    static final String DB_PASSWORD_VAR = "CLEARANCE_DB_PASSWORD";
    static final String MAX_INPUT_VAR = "CLEARANCE_MAX_INPUT_MB";
    /** The API key that commands calling a running service send. */
    static final String API_KEY_VAR = "CLEARANCE_API_KEY";

    private Home() {}

    static Path dir() {
        // the system property lets tests and embedding programs point one JVM at its own folder
        String env = System.getProperty("clearance.home", System.getenv(HOME_VAR));
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".clearance");
    }

    static InputLimits limits() {
        String mb = System.getenv(MAX_INPUT_VAR);
        if (mb == null || mb.isBlank()) {
            return InputLimits.DEFAULT;
        }
        long bytes = Long.parseLong(mb.strip()) << 20;
        return new InputLimits(bytes, Math.max(bytes * 2, InputLimits.DEFAULT.maxExpandedBytes()),
                InputLimits.DEFAULT.maxRatio());
    }

    /**
     * Opens the store, loading the bundled snapshot when it holds no list yet, and runs the monitoring that a
     * process killed after an import or withdrawal still owes.
     */
    static ListStore openStore(PrintWriter err) throws IOException, ListParseException {
        ListStore store = openEmpty();
        try {
            loadSnapshotIfEmpty(store, err);
            ImportMonitor.resume(store, err);
        } catch (IOException | ListParseException | RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /** Loads the bundled snapshot into a store that holds no list yet. */
    static void loadSnapshotIfEmpty(ListStore store, PrintWriter err) throws IOException, ListParseException {
        if (store.currentVersions().isEmpty()) {
            err.printf("First run: loading the bundled list snapshot into %s ...%n", describe());
            err.flush();
            long t0 = System.nanoTime();
            List<ImportResult> loaded = Snapshot.load(new ListImporter(store, limits(), new ProgressPrinter(err, false)));
            err.printf("Loaded %d list versions in %.1f s.%n%n", loaded.size(), (System.nanoTime() - t0) / 1e9);
            err.flush();
        }
    }

    /**
     * Opens the screening index of the store's current list versions, building it first when they have none yet, with
     * the analysts' link decisions applied.
     */
    static MatchIndex openIndex(ListStore store, PrintWriter err) throws IOException {
        return openIndex(store, store.currentVersions(), err);
    }

    /** Opens (building it first when needed) the screening index of the given list versions, with the link decisions. */
    static MatchIndex openIndex(ListStore store, List<VersionInfo> versions, PrintWriter err) throws IOException {
        MatchIndex index = indexes().open(store, versions, err);
        try {
            Linker.Decided decided = index.decide(new LinkReviews(store.database()).inEffect());
            if (!decided.entriesGone().isEmpty() || !decided.refused().isEmpty()) {
                err.printf("Link decisions not applied: %d naming an entry no longer listed, %d contradicted by a later "
                        + "decision (see: clearance lists links --decisions).%n", decided.entriesGone().size(), decided.refused().size());
                err.flush();
            }
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
        return index;
    }

    /** The folder of the screening index of the store's current list versions, built first when there is none. */
    static Path indexFolder(ListStore store, PrintWriter err) throws IOException {
        Path dir = indexes().folder(store, store.currentVersions(), err);
        // a job opening the folder elsewhere has no store: it reads the decisions from the folder
        PartyGroups.writeDecisions(dir, new LinkReviews(store.database()).inEffect());
        return dir;
    }

    /** The screening indexes of this home, one per set of list versions, under {@code index/}. */
    private static IndexCache indexes() {
        return new IndexCache(dir().resolve("index"));
    }

    /** Opens the store as it is. */
    static ListStore openEmpty() throws IOException {
        return ListStore.owning(openDatabase());
    }

    /**
     * Opens this home's database: {@code CLEARANCE_DB} if set, else the embedded H2 file. H2 runs in
     * auto-server mode so that a second process (e.g. {@code keys create} beside {@code serve}) can
     * open the same file: the first to open it serves it to the others.
     */
    static Database openDatabase() throws IOException {
        return openDatabase(null);
    }

    /**
     * Opens the database at a JDBC URL given on the command line (user and password from the
     * environment), or, when null, as {@link #openDatabase()} does.
     */
    static Database openDatabase(String given) throws IOException {
        String url = given != null ? given : System.getenv(DB_VAR);
        if (url == null || url.isBlank()) {
            Path dir = dir().resolve("store");
            Files.createDirectories(dir);
            return Database.open("jdbc:h2:file:" + dir.resolve("clearance").toAbsolutePath() + ";AUTO_SERVER=TRUE", "sa", "");
        }
        return Database.open(url, envOr(DB_USER_VAR, ""), envOr(DB_PASSWORD_VAR, ""));
    }

    private static String describe() {
        String url = System.getenv(DB_VAR);
        return url == null || url.isBlank() ? dir().toString() : url;
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }
}
