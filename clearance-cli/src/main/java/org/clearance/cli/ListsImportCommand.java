package org.clearance.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.clearance.io.ListParseException;
import org.clearance.store.ImportResult;
import org.clearance.store.ListImporter;
import org.clearance.store.ListStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clearance lists import FILE...}: store official files as new list versions. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import official list files (format found from the content; .gz accepted).",
                "Give a list spread over several files (OFAC sdn.csv, add.csv, alt.csv, sdn_comments.csv) in one command.",
                "Each file is stored as a new version of its dataset, or recognised as already stored.",
                "A new current version re-screens the stored parties against the entries it added or changed,",
                "and closes the alerts of the entries it removed."})
final class ListsImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "List files to import.")
    List<Path> files;

    @Option(names = "--dataset", paramLabel = "ID", description = "Dataset id for the files (default: decided by each format).")
    String dataset;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date for files that carry none (default: the file's modification date).")
    LocalDate published;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        try (ListStore store = Home.openStore(err)) {
            err.printf("Importing %d file(s):%n", files.size());
            List<ImportResult> results = new ListImporter(store, Home.limits(), ProgressPrinter.forConsole(err))
                    .importFiles(files, dataset, published);
            long created = results.stream().filter(ImportResult::created).count();
            spec.commandLine().getOut().printf("%d new version(s), %d unchanged.%n", created, results.size() - created);
            ImportMonitor.afterImport(store, spec.commandLine().getOut(), err);
        } catch (ListParseException e) {
            // an import is one transaction: a bad file leaves every stored version as it was
            throw new Errors.UserException(e.getMessage() + System.lineSeparator() + "nothing was changed in the store.");
        }
        return 0;
    }
}
