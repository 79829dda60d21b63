package org.clearance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clearance.lists.DatasetCatalog.Dataset;
import org.clearance.lists.DatasetCatalog;
import org.clearance.store.Database;
import org.clearance.store.ListImporter;
import org.clearance.store.ListStore;
import org.clearance.store.VersionInfo;
import org.clearance.update.Downloader;
import org.clearance.update.FetchRecord;
import org.clearance.update.ListFetches;
import org.clearance.update.ListUpdater;
import org.clearance.update.UpdateOutcome;
import org.clearance.audit.Actors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clearance lists update [DATASET...]}: download fresh copies from the publishers and import them. */
@Command(name = "update", mixinStandardHelpOptions = true,
        description = {"Download fresh copies of lists from their official addresses and import",
                "them (default: every dataset in the catalog that has an address).",
                "A failed, refused or cut-off download, or a file that is no complete list,",
                "leaves that dataset's stored versions as they were; the others still update.",
                "A publisher with nothing new (HTTP 304, the same file, the same entries)",
                "adds no version. Each new current version re-screens the stored parties",
                "against what it changed. With --check, asks each publisher whether it has",
                "something new, without downloading or importing."})
final class ListsUpdateCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "DATASET", description = "Datasets to update (default: all with an address).")
    List<String> datasets = new ArrayList<>();

    @Option(names = "--url", paramLabel = "URL",
            description = "Download from this address instead of the official one (a mirror); needs exactly one DATASET.")
    URI url;

    @Option(names = "--check", description = "Say per dataset when the publisher last published it and when it was last "
            + "fetched and changed here; ask the publisher without downloading or importing anything.")
    boolean check;

    @Mixin
    FetchOptions fetch;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        List<ListUpdater.Target> targets = targets();
        Downloader downloader = new Downloader(Home.limits().maxFileBytes(), fetch.settings());
        try (Database db = Home.openDatabase(); ListStore store = ListStore.of(db)) {
            Home.loadSnapshotIfEmpty(store, err);
            ImportMonitor.resume(db, store, err, Actors.localUser());
            if (check) {
                return check(targets, downloader, db, store, out);
            }
            ProgressPrinter progress = ProgressPrinter.forConsole(err);
            ListUpdater updater = new ListUpdater(db, new ListImporter(store, Home.limits(), progress), downloader,
                    Home.dir().resolve("downloads"), progress, imported -> ImportMonitor.afterImport(db, store, out, err,
                    Actors.localUser()), Actors.localUser());
            List<UpdateOutcome> outcomes = new ArrayList<>();
            for (ListUpdater.Target t : targets) {
                err.printf("%s: downloading %s%n", t.dataset(), t.url());
                err.flush();
                UpdateOutcome o = updater.update(t);
                report(o, out, err);
                outcomes.add(o);
            }
            long failed = outcomes.stream().filter(UpdateOutcome::failed).count();
            long fresh = outcomes.stream().filter(o -> o.kind() == UpdateOutcome.Kind.UPDATED).count();
            out.printf("%d of %d dataset(s) updated: %d with a new version, %d unchanged%s.%n", targets.size() - failed,
                    targets.size(), fresh, targets.size() - failed - fresh, failed > 0 ? ", " + failed + " failed" : "");
            return failed > 0 ? Errors.IO : 0;
        }
    }

    private static void report(UpdateOutcome o, PrintWriter out, PrintWriter err) {
        switch (o.kind()) {
            case UPDATED -> out.printf("%s: new version %d, published %s, %,d entries%s%n", o.dataset(), o.version().id(),
                    o.version().publicationDate(), o.version().entityCount(), o.message() == null ? "" : " (" + o.message() + ")");
            case UNCHANGED -> out.printf("%s: unchanged, the publisher has nothing new%s%n", o.dataset(),
                    o.version() == null ? "" : " (same entries as version " + o.version().id() + ")");
            case FAILED -> err.printf("%nerror: %s: %s%n  the stored versions of %s are unchanged.%n", o.dataset(),
                    o.message(), o.dataset());
        }
        out.flush();
        err.flush();
    }

    /** One row per dataset: what the publisher says now, and what this home last fetched and stored. */
    private int check(List<ListUpdater.Target> targets, Downloader downloader, Database db, ListStore store, PrintWriter out)
            throws InterruptedException {
        Map<String, FetchRecord> fetched = new ListFetches(db).all().stream()
                .collect(Collectors.toMap(FetchRecord::dataset, Function.identity()));
        Map<String, VersionInfo> current = store.currentVersions().stream()
                .collect(Collectors.toMap(VersionInfo::dataset, Function.identity()));
        Table t = new Table("DATASET", "PUBLISHER SAYS", "STORED", "LAST FETCHED", "LAST CHANGED", "NEWS");
        int failed = 0;
        for (ListUpdater.Target target : targets) {
            FetchRecord last = fetched.get(target.dataset());
            VersionInfo v = current.get(target.dataset());
            String says;
            String news;
            try {
                Downloader.Probe p = downloader.probe(target.url(), last == null ? Downloader.Validators.NONE
                        : last.validatorsFor(target.url().toString()));
                // a 304 need not repeat the Last-Modified it confirms
                ZonedDateTime published = p.lastModifiedTime() != null ? p.lastModifiedTime()
                        : p.status() == 304 ? Downloader.httpDate(last.lastModified()) : null;
                says = published == null ? "(no date)" : WHEN.format(published) + " UTC";
                news = p.status() == 304 ? "nothing new" : last == null || last.fetchedAt() == null ? "not fetched yet"
                        : p.etag() != null && p.etag().equals(last.etag()) ? "nothing new"
                        : "maybe new: 'lists update " + target.dataset() + "' downloads it";
            } catch (IOException e) {
                failed++;
                says = "?";
                news = "error: " + e.getMessage();
            }
            t.row(target.dataset(), says, v == null ? "(none)" : v.publicationDate().toString(),
                    at(last == null ? null : last.fetchedAt()), at(last == null ? null : last.changedAt()), news);
        }
        t.print(out);
        out.println();
        out.println("PUBLISHER SAYS: the file's Last-Modified as the publisher answers now; STORED: the publication date of the");
        out.println("current version; LAST FETCHED and LAST CHANGED: the last good answer from the publisher here, and the last");
        out.println("update that stored a new version.");
        out.flush();
        return failed > 0 ? Errors.IO : 0;
    }

    private static String at(Instant i) {
        return i == null ? "never" : WHEN.format(i) + " UTC";
    }

    private List<ListUpdater.Target> targets() throws Errors.UserException {
        if (url != null && datasets.size() != 1) {
            throw new Errors.UserException("--url needs exactly one DATASET");
        }
        if (datasets.isEmpty()) {
            return ListUpdater.Target.official();
        }
        List<Dataset> chosen = new ArrayList<>();
        for (String id : datasets) {
            Dataset d = DatasetCatalog.byId(id).orElseThrow(() -> new Errors.UserException("unknown dataset '" + id
                    + "'; known: " + String.join(", ", DatasetCatalog.all().stream().map(Dataset::id).toList())));
            if (d.url() == null && url == null) {
                throw new Errors.UserException(id + " has no official download address; import its files with 'lists import'");
            }
            chosen.add(d);
        }
        return chosen.stream().map(d -> new ListUpdater.Target(d.id(), url != null ? url : URI.create(d.url()))).toList();
    }
}
