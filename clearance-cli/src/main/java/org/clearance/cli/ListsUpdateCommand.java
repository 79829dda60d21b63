package org.clearance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.clearance.io.ListParseException;
import org.clearance.lists.DatasetCatalog.Dataset;
import org.clearance.lists.DatasetCatalog;
import org.clearance.store.ImportResult;
import org.clearance.store.ListImporter;
import org.clearance.store.ListStore;
import org.clearance.update.Downloader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clearance lists update [DATASET...]}: download fresh copies from the publishers and import them. */
@Command(name = "update", mixinStandardHelpOptions = true,
        description = {"Download fresh copies of lists from their official addresses and import them.",
                "Default: every dataset in the catalog that has an address. A failed download leaves that",
                "dataset's stored versions as they were and the others still update. Each new current version",
                "re-screens the stored parties against what it changed (see lists import)."})
final class ListsUpdateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "DATASET", description = "Datasets to update (default: all with an address).")
    List<String> datasets = new ArrayList<>();

    @Option(names = "--url", paramLabel = "URL",
            description = "Download from this address instead of the official one (a mirror); needs exactly one DATASET.")
    URI url;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        List<Dataset> targets = targets();
        Path downloads = Home.dir().resolve("downloads");
        Files.createDirectories(downloads);
        ProgressPrinter progress = ProgressPrinter.forConsole(err);
        Downloader downloader = new Downloader(Home.limits().maxFileBytes());
        int failed = 0;
        try (ListStore store = Home.openStore(err)) {
            ListImporter importer = new ListImporter(store, Home.limits(), progress);
            for (Dataset d : targets) {
                URI from = url != null ? url : URI.create(d.url());
                String stamp = DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.now(ZoneOffset.UTC));
                Path file = downloads.resolve(d.id() + "-" + stamp);
                err.printf("%s: downloading %s%n", d.id(), from);
                err.flush();
                List<ImportResult> imported;
                try {
                    downloader.fetch(from, file, progress);
                    imported = importer.importFiles(List.of(file), d.id(), LocalDate.now(ZoneOffset.UTC));
                } catch (IOException | ListParseException e) {
                    failed++;
                    err.printf("%nerror: %s: %s%n  the stored versions of %s are unchanged.%n", d.id(), e.getMessage(), d.id());
                    err.flush();
                    continue;
                }
                ImportMonitor.afterImport(store, imported, spec.commandLine().getOut(), err);
                err.flush();
            }
        }
        spec.commandLine().getOut().printf("%d of %d dataset(s) updated%s.%n", targets.size() - failed, targets.size(),
                failed > 0 ? ", " + failed + " failed" : "");
        return failed > 0 ? Errors.IO : 0;
    }

    private List<Dataset> targets() throws Errors.UserException {
        if (url != null && datasets.size() != 1) {
            throw new Errors.UserException("--url needs exactly one DATASET");
        }
        if (datasets.isEmpty()) {
            return DatasetCatalog.all().stream().filter(d -> d.url() != null).toList();
        }
        List<Dataset> out = new ArrayList<>();
        for (String id : datasets) {
            Dataset d = DatasetCatalog.byId(id).orElseThrow(() -> new Errors.UserException("unknown dataset '" + id
                    + "'; known: " + String.join(", ", DatasetCatalog.all().stream().map(Dataset::id).toList())));
            if (d.url() == null && url == null) {
                throw new Errors.UserException(id + " has no official download address; import its files with 'lists import'");
            }
            out.add(d);
        }
        return out;
    }
}
