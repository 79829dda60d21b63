package org.clearance.cli;

import java.util.concurrent.Callable;
import org.clearance.store.ListStore;
import org.clearance.store.VersionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code clearance lists versions DATASET}: every stored version of one dataset. */
@Command(name = "versions", mixinStandardHelpOptions = true, description = "Show the stored versions of a dataset, newest first.")
final class ListsVersionsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DATASET")
    String dataset;

    @Override
    public Integer call() throws Exception {
        try (ListStore store = Home.openStore(spec.commandLine().getErr())) {
            var versions = store.versions(dataset);
            if (versions.isEmpty()) {
                throw new Errors.UserException("no versions of '" + dataset + "' are stored; 'clearance lists' shows the datasets");
            }
            Table t = new Table("VERSION", "PUBLISHED", "DATE FROM", "ENTITIES", "IMPORTED", "FORMAT", "FILES").right(0, 3);
            for (VersionInfo v : versions) {
                t.row(v.id(), v.publicationDate(), v.dateSource(), String.format("%,d", v.entityCount()),
                        v.importedAt().toString().substring(0, 19).replace('T', ' '), v.format(), v.sourceFiles());
            }
            t.print(spec.commandLine().getOut());
        }
        return 0;
    }
}
