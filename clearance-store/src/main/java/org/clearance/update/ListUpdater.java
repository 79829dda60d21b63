package org.clearance.update;

import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.clearance.io.ListParseException;
import org.clearance.lists.DatasetCatalog;
import org.clearance.lists.ListFormat;
import org.clearance.lists.ListFormats;
import org.clearance.store.Database;
import org.clearance.store.ImportResult;
import org.clearance.store.ListImporter;
import org.clearance.store.StoreException;

/**
 * Updates datasets from their publishers: download ({@link Downloader}, with the validators and file
 * hash of the last fetch), import ({@link ListImporter}) and record ({@link ListFetches}, with an audit
 * entry). The one path for {@code lists update} and the service's scheduled updates.
 *
 * <p>What never happens: a failed, cut-off or refused download reaches the importer (the file is moved
 * into place only when whole); a file the importer refuses (an error page, a truncated XML, a count
 * that disagrees with the file's own, fewer than {@link #MIN_SHARE_OF_CURRENT} of the current entries)
 * replaces the stored version (the import is one transaction); a
 * publisher serving what it served before creates a version (a 304, the same bytes, or the same
 * entries are all "unchanged").
 */
public final class ListUpdater {
    /** Runs after a new version is stored: monitoring re-screens the stored parties against it. */
    @FunctionalInterface
    public interface AfterImport {
        void accept(List<ImportResult> imported) throws IOException;

        AfterImport NOTHING = imported -> { };
    }

    /** A dataset and the address to update it from (its official one, or a mirror). */
    public record Target(String dataset, URI url) {
        /** Every dataset of the catalog that has an official address, at that address. */
        public static List<Target> official() {
            return DatasetCatalog.all().stream().filter(d -> d.url() != null)
                    .map(d -> new Target(d.id(), URI.create(d.url()))).toList();
        }
    }

    /**
     * A downloaded file must hold at least this share of its dataset's current entries. No list loses
     * half its entries in one publication, but publishers have served partial files that were valid in
     * form: on 6 May 2024 trade.gov's CSL came without its ~15,000 SDN entries (InternationalTradeAdministration
     * developerportal issue 146). Such a file is refused like a truncated one; if a publisher really did
     * drop that many, {@code lists import} of the kept {@code DATASET.refused} file stores it.
     */
    public static final double MIN_SHARE_OF_CURRENT = 0.5;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);

    private final ListImporter importer;
    private final Downloader downloader;
    private final Path downloads;
    private final DownloadProgress progress;
    private final AfterImport after;
    private final String actor;
    private final ListFetches fetches;

    /**
     * @param downloads the folder for downloaded files: the file of each dataset's newest version is kept
     *                  there, a refused one as {@code DATASET.refused} for a look
     * @param actor     who updates, for the audit log
     */
    public ListUpdater(Database db, ListImporter importer, Downloader downloader, Path downloads,
            DownloadProgress progress, AfterImport after, String actor) {
        this.importer = importer.refusingShrinkBelow(MIN_SHARE_OF_CURRENT);
        this.downloader = downloader;
        this.downloads = downloads;
        this.progress = progress;
        this.after = after;
        this.actor = actor;
        this.fetches = new ListFetches(db);
    }

    public List<UpdateOutcome> updateAll(List<Target> targets) throws InterruptedException {
        List<UpdateOutcome> out = new ArrayList<>();
        for (Target t : targets) {
            out.add(update(t));
        }
        return out;
    }

    /** Updates one dataset; a failure is an outcome, not an exception, so the other datasets still update. */
    public UpdateOutcome update(Target t) throws InterruptedException {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS); // as the database keeps it
        FetchRecord last = fetches.get(t.dataset()).orElse(null);
        Downloader.Validators validators = last == null ? Downloader.Validators.NONE : last.validatorsFor(t.url().toString());
        // fetched under a name of its own: two updates within one second must not take each other's file
        Path file = downloads.resolve(t.dataset() + "-" + STAMP.format(at) + ".new");
        Downloader.Fetched fetched = null;
        UpdateOutcome outcome;
        try {
            Files.createDirectories(downloads);
            fetched = downloader.fetch(t.url(), validators, file, progress);
            outcome = importFetched(t, fetched, file, last, at);
        } catch (IOException e) {
            outcome = failed(t, at, fetched, e.getMessage());
        } catch (ListParseException e) {
            outcome = failed(t, at, fetched, e.getMessage());
        }
        try {
            fetches.record(outcome, fetched, actor);
        } catch (StoreException e) {
            // the version, if any, is stored; only the record of the fetch is missing, so the next
            // update downloads the file again and finds it unchanged
            return new UpdateOutcome(outcome.dataset(), outcome.url(), outcome.kind(), outcome.version(),
                    join(outcome.message(), "the fetch could not be recorded: " + e.getMessage()), outcome.attempts(), at);
        }
        return outcome;
    }

    private UpdateOutcome importFetched(Target t, Downloader.Fetched fetched, Path file, FetchRecord last, Instant at)
            throws IOException, ListParseException {
        if (fetched.notModified() || (last != null && fetched.sha256().equals(last.sha256())
                && t.url().toString().equals(last.url()))) {
            Files.deleteIfExists(file);
            return new UpdateOutcome(t.dataset(), t.url(), UpdateOutcome.Kind.UNCHANGED, null, null, fetched.attempts(), at);
        }
        Path named = downloads.resolve(t.dataset() + "-" + STAMP.format(at));
        Files.move(file, named, StandardCopyOption.REPLACE_EXISTING);
        List<ImportResult> imported;
        try {
            imported = importer.importFiles(List.of(named), t.dataset(), LocalDate.ofInstant(at, ZoneOffset.UTC));
        } catch (ListParseException e) {
            keepRefused(t.dataset(), named);
            throw e;
        }
        ImportResult r = imported.get(0);
        if (!r.created()) {
            Files.deleteIfExists(named);
            return new UpdateOutcome(t.dataset(), t.url(), UpdateOutcome.Kind.UNCHANGED, r.version(), null,
                    fetched.attempts(), at);
        }
        deleteOlderFiles(t.dataset(), named);
        String problem = ListFormats.byId(r.version().format()).map(ListFormat::retired)
                .map(why -> "a retired source: " + why).orElse(null);
        try {
            after.accept(imported);
        } catch (IOException | RuntimeException e) {
            problem = join(problem, "stored, but monitoring failed: " + e.getMessage());
        }
        return new UpdateOutcome(t.dataset(), t.url(), UpdateOutcome.Kind.UPDATED, r.version(), problem,
                fetched.attempts(), at);
    }

    private static UpdateOutcome failed(Target t, Instant at, Downloader.Fetched fetched, String message) {
        return new UpdateOutcome(t.dataset(), t.url(), UpdateOutcome.Kind.FAILED, null, message,
                fetched == null ? 0 : fetched.attempts(), at);
    }

    /** The file the importer refused stays as {@code DATASET.refused}, the last one only, for a person to look at. */
    private void keepRefused(String dataset, Path file) {
        try {
            if (Files.exists(file)) {
                Files.move(file, downloads.resolve(dataset + ".refused"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // the refusal is reported either way; the copy is only a convenience
        }
    }

    /** Only the file of the newest version is kept: the store holds every version's entries. */
    private void deleteOlderFiles(String dataset, Path keep) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(downloads, dataset + "-*")) {
            for (Path f : files) {
                String rest = f.getFileName().toString().substring(dataset.length() + 1);
                if (!f.equals(keep) && rest.matches("\\d{8}(T\\d{6})?")) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private static String join(String a, String b) {
        return a == null ? b : a + "; " + b;
    }
}
