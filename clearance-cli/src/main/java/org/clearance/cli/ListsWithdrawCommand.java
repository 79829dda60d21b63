package org.clearance.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.clearance.audit.Actors;
import org.clearance.store.ListStore;
import org.clearance.store.VersionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code clearance lists withdraw DATASET VERSION}: undo an import, so that the version before it is current again. */
@Command(name = "withdraw", mixinStandardHelpOptions = true,
        description = {"Withdraw a version imported by mistake; the dataset's version before it becomes current again.",
                "The withdrawal is written to the audit log with what the version was; when it was the current version,",
                "the stored parties are re-screened against the version current again."})
final class ListsWithdrawCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET")
    String dataset;

    @Parameters(index = "1", paramLabel = "VERSION", description = "The version's number, as 'clearance lists versions DATASET' shows it.")
    long version;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why, for the audit log.")
    String reason;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (ListStore store = Home.openStore(spec.commandLine().getErr())) {
            boolean wasCurrent = store.versions(dataset).stream().findFirst().filter(v -> v.id() == version).isPresent();
            VersionInfo withdrawn = store.withdraw(dataset, version, Actors.localUser(), reason == null ? "" : reason)
                    .orElseThrow(() -> new Errors.UserException("'" + dataset + "' has no version " + version
                            + "; 'clearance lists versions " + dataset + "' shows its versions"));
            out.printf("Withdrew version %d of %s (published %s, %,d entities, from %s).%n", withdrawn.id(), dataset,
                    withdrawn.publicationDate(), withdrawn.entityCount(), withdrawn.sourceFiles());
            var current = store.versions(dataset);
            if (current.isEmpty()) {
                out.println("No version of " + dataset + " is stored now: no party is re-screened, and the open alerts on "
                        + "its entries stay as they are.");
            } else if (!wasCurrent) {
                out.println("Current still: version " + current.get(0).id() + ", published " + current.get(0).publicationDate()
                        + "; the withdrawn version was history, so what parties are screened against is unchanged.");
            } else {
                out.println("Current now: version " + current.get(0).id() + ", published " + current.get(0).publicationDate() + ".");
                ImportMonitor.afterImport(store, out, spec.commandLine().getErr());
            }
        }
        return 0;
    }
}
