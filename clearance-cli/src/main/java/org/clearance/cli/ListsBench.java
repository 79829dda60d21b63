package org.clearance.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.clearance.io.Folders;
import org.clearance.lists.ListFormat;
import org.clearance.lists.ListFormats;
import org.clearance.io.ListInput;
import org.clearance.store.ImportProgress;
import org.clearance.store.ListImporter;
import org.clearance.store.ListStore;
import org.clearance.store.Snapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clearance bench lists}: how fast the bundled lists (and any other files given) parse, and how fast they load. */
@Command(name = "lists", mixinStandardHelpOptions = true, description = "Parsing and loading speed of the bundled lists.")
final class ListsBench implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--rounds", defaultValue = "5", description = "Measured rounds per file, after as many warm-up rounds"
            + " (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--file", paramLabel = "FILE", description = "Also parse these files (e.g. a full sdn.xml).")
    List<Path> extra = List.of();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path tmp = Files.createTempDirectory("clearance-bench");
        try {
            out.printf("Parsing (median of %d rounds after %d warm-up rounds, one thread):%n", rounds, rounds);
            Table t = new Table("FILE", "FORMAT", "ENTITIES", "MEDIAN ms", "ENTITIES/s").right(2, 3, 4);
            for (Snapshot.Item item : Snapshot.items()) {
                Path f = tmp.resolve(item.file());
                try (var in = Snapshot.class.getResourceAsStream("/org/clearance/snapshot/" + item.file())) {
                    Files.copy(in, f);
                }
                parse(f, item.dataset(), t);
            }
            for (Path f : extra) {
                parse(f, "bench", t);
            }
            t.print(out);
            JvmFigures.resetPeaks();
            long t0 = System.nanoTime();
            try (ListStore store = ListStore.open("jdbc:h2:file:" + tmp.resolve("store").resolve("bench"), "sa", "")) {
                Snapshot.load(new ListImporter(store, Home.limits(), ImportProgress.SILENT));
            }
            out.printf("%nLoading the bundled snapshot into a new embedded store: %.2f s, peak heap %d MB%n",
                    (System.nanoTime() - t0) / 1e9, JvmFigures.peakHeapMb());
            out.printf("(java %s, %d cores, max heap %d MB, %s)%n", JvmFigures.javaVersion(), JvmFigures.cores(),
                    JvmFigures.maxHeapMb(), JvmFigures.collectors());
        } finally {
            Folders.delete(tmp);
        }
        return 0;
    }

    private void parse(Path f, String dataset, Table t) throws Exception {
        ListInput input = ListInput.of(f);
        ListFormat format = ListFormats.detect(input);
        long[] count = new long[1];
        for (int i = 0; i < rounds; i++) {
            format.parse(input, dataset, e -> { });
        }
        long[] times = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            count[0] = 0;
            long t0 = System.nanoTime();
            format.parse(input, dataset, e -> count[0]++);
            times[i] = System.nanoTime() - t0;
        }
        Arrays.sort(times);
        double ms = times[rounds / 2] / 1e6;
        t.row(f.getFileName(), format.id(), String.format("%,d", count[0]), String.format("%.0f", ms),
                String.format("%,.0f", count[0] / (ms / 1000)));
    }
}
