package org.clearance.cli;

import java.io.PrintWriter;
import java.util.List;
import org.clearance.lists.DatasetCatalog;
import org.clearance.lists.ListFormats;
import org.clearance.store.ListStore;
import org.clearance.store.VersionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code clearance lists}: the loaded datasets, and the subcommands that manage them. */
@Command(name = "lists", mixinStandardHelpOptions = true,
        description = "Show the loaded lists; subcommands import, update, diff, show, export, versions, withdraw, links.",
        subcommands = {ListsImportCommand.class, ListsDiffCommand.class, ListsUpdateCommand.class,
                ListsShowCommand.class, ListsExportCommand.class, ListsVersionsCommand.class, ListsWithdrawCommand.class,
                ListsFormatsCommand.class, ListsLinksCommand.class})
final class ListsCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (ListStore store = Home.openStore(spec.commandLine().getErr())) {
            List<VersionInfo> current = store.currentVersions();
            Table t = new Table("DATASET", "PUBLISHED", "VERSION", "VERSIONS", "ENTITIES", "NAMES", "LIST", "PUBLISHER").right(2, 3, 4, 5);
            for (VersionInfo v : current) {
                var ds = DatasetCatalog.byId(v.dataset());
                t.row(v.dataset(), v.publicationDate() + (v.dateSource().equals("file") ? "" : "*") + (retired(v) ? "!" : ""), v.id(),
                        store.versions(v.dataset()).size(), String.format("%,d", v.entityCount()),
                        String.format("%,d", v.nameCount()), ds.map(DatasetCatalog.Dataset::title).orElse(v.dataset()),
                        ds.map(DatasetCatalog.Dataset::publisher).orElse("(not in catalog)"));
            }
            t.print(out);
            if (current.stream().anyMatch(v -> !v.dateSource().equals("file"))) {
                out.println();
                out.println("* the file carries no publication date; the date shown was given at import or is the file's date.");
            }
            current.stream().filter(ListsCommand::retired).forEach(v -> out.printf("%n! %s: its current version is "
                    + "from a retired source: %s.%n", v.dataset(), ListFormats.byId(v.format()).orElseThrow().retired()));
            out.flush();
        }
        return 0;
    }

    /** Whether a version was read from a format its publisher no longer updates. */
    private static boolean retired(VersionInfo v) {
        return ListFormats.byId(v.format()).map(f -> f.retired() != null).orElse(false);
    }
}
