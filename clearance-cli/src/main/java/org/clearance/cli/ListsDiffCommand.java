package org.clearance.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.clearance.store.ListDiff;
import org.clearance.store.ListStore;
import org.clearance.store.VersionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code clearance lists diff DATASET}: what changed between two versions. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Show entries added, removed (delisted) and changed between two versions of a dataset.",
                "Default: the two newest versions."})
final class ListsDiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DATASET")
    String dataset;

    @Option(names = "--from", paramLabel = "VERSION", description = "The older version id (see 'lists versions').")
    Long from;

    @Option(names = "--to", paramLabel = "VERSION", description = "The newer version id.")
    Long to;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
            description = "Entries shown per section (default ${DEFAULT-VALUE}; 0 for all).")
    int limit;

    @Override
    public Integer call() throws Exception {
        try (ListStore store = Home.openStore(spec.commandLine().getErr())) {
            List<VersionInfo> versions = store.versions(dataset);
            VersionInfo newer = to != null ? pick(versions, to) : (versions.isEmpty() ? null : versions.get(0));
            VersionInfo older = from != null ? pick(versions, from) : (versions.size() < 2 ? null : versions.get(1));
            if (newer == null || older == null) {
                throw new Errors.UserException("'" + dataset + "' has " + versions.size()
                        + " stored version(s); a diff needs two ('clearance lists versions " + dataset + "')");
            }
            print(store.diff(older, newer), spec.commandLine().getOut());
        }
        return 0;
    }

    private VersionInfo pick(List<VersionInfo> versions, long id) throws Errors.UserException {
        return versions.stream().filter(v -> v.id() == id).findFirst().orElseThrow(() ->
                new Errors.UserException("version " + id + " is not a version of " + dataset));
    }

    private void print(ListDiff d, PrintWriter out) {
        out.printf("%s: version %d (published %s) -> version %d (published %s)%n", dataset, d.from().id(),
                d.from().publicationDate(), d.to().id(), d.to().publicationDate());
        out.printf("  %,d added, %,d removed, %,d changed%n", d.added().size(), d.removed().size(), d.changed().size());
        section(out, "Added", d.added().stream().map(e -> "+ " + e.entityId() + "  " + e.caption()).toList());
        section(out, "Removed (delisted)", d.removed().stream().map(e -> "- " + e.entityId() + "  " + e.caption()).toList());
        section(out, "Changed", d.changed().stream()
                .map(c -> "~ " + c.entityId() + "  " + c.caption() + "  [" + String.join(", ", c.fields()) + "]").toList());
        out.flush();
    }

    private void section(PrintWriter out, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.println();
        out.println(title + ":");
        int n = limit <= 0 ? lines.size() : Math.min(limit, lines.size());
        lines.subList(0, n).forEach(l -> out.println("  " + l));
        if (n < lines.size()) {
            out.printf("  ... and %,d more (--limit 0 shows all)%n", lines.size() - n);
        }
    }
}
