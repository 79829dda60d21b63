package org.clearance.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.clearance.lists.ftm.FtmExporter;
import org.clearance.match.MatchIndex;
import org.clearance.match.links.PartyGroups;
import org.clearance.model.EntityJson;
import org.clearance.store.ListStore;
import org.clearance.store.VersionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code clearance lists export DATASET}: a dataset as FollowTheMoney JSON lines, for the OpenSanctions tools. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a dataset's current version (or --version) as JSON lines: FollowTheMoney (default) or Clearance's own model.")
final class ListsExportCommand implements Callable<Integer> {
    enum Format { ftm, clearance }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DATASET")
    String dataset;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout.")
    Path output;

    @Option(names = "--format", defaultValue = "ftm", description = "ftm or clearance (default ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--version", paramLabel = "ID", description = "A stored version id (default: the current one).")
    Long version;

    @Override
    public Integer call() throws Exception {
        try (ListStore store = Home.openStore(spec.commandLine().getErr())) {
            var versions = store.versions(dataset);
            VersionInfo v = versions.stream().filter(x -> version == null || x.id() == version).findFirst()
                    .orElseThrow(() -> new Errors.UserException(versions.isEmpty()
                            ? "no versions of '" + dataset + "' are stored; 'clearance lists' shows the datasets"
                            : "version " + version + " is not a version of " + dataset));
            try (Writer w = output == null
                    ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                    : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                write(store, v, w);
            }
            if (output != null) {
                spec.commandLine().getErr().printf("Wrote %,d entities of %s version %d to %s%n", v.entityCount(), dataset, v.id(), output);
            }
        }
        return 0;
    }

    private void write(ListStore store, VersionInfo v, Writer w) throws IOException {
        try {
            if (format == Format.ftm) {
                FtmExporter ftm = new FtmExporter(w);
                // the current version's entries carry the entries of other lists linked to them as one party
                PartyGroups groups = PartyGroups.none();
                boolean current = store.currentVersions().stream().anyMatch(c -> c.id() == v.id());
                if (current) {
                    try (MatchIndex index = Home.openIndex(store, spec.commandLine().getErr())) {
                        groups = index.groups();
                    }
                }
                PartyGroups links = groups;
                store.forEachEntity(v.id(), e -> {
                    try {
                        ftm.write(e, links.members(links.groupId(e.id())).stream().filter(id -> !id.equals(e.id())).toList());
                    } catch (IOException ex) {
                        throw new UncheckedIOException(ex);
                    }
                });
                ftm.flush();
            } else {
                store.forEachEntity(v.id(), e -> {
                    try {
                        w.write(EntityJson.write(e));
                        w.write('\n');
                    } catch (IOException ex) {
                        throw new UncheckedIOException(ex);
                    }
                });
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
