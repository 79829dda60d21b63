package org.clearance.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.clearance.io.ListInput;
import org.clearance.lists.ListFormat;
import org.clearance.lists.ListFormats;
import org.clearance.store.ImportProgress;
import org.clearance.store.ListImporter;
import org.clearance.store.ListStore;
import org.clearance.store.Snapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code clearance bench lists}: how fast lists parse and load, printed as figures; {@code bench screen}
 * ({@link ScreenBench}), {@code bench trace} ({@link TraceBench}) and {@code bench monitor} ({@link MonitorBench})
 * measure screening, tracing and monitoring, {@code bench http} ({@link HttpBench}) a running service under load. Speed
 * is measured here, never asserted in unit tests, because a shared CI machine's timings say little.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure speed and print figures.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", description = "What to measure: lists (parsing, loading), screen (matching),"
            + " trace (a synthetic supply chain), dossier (rendering the dossier of the CHAIN files), monitor (re-screening"
            + " stored parties after a list update) or http (load on a running clearance serve at --url).")
    String what;

    @Parameters(index = "1..*", paramLabel = "CHAIN", description = "dossier: the chain files to render.")
    List<Path> chains = List.of();

    @Option(names = "--queries", defaultValue = "20000", description = "Screening queries measured (default ${DEFAULT-VALUE}).")
    int queries;

    /** Rounds when --rounds is not given: lists parse in moments, while a trace of 100,000 links takes seconds. */
    private static final int LIST_ROUNDS = 5;
    private static final int TRACE_ROUNDS = 3;

    @Option(names = "--rounds", description = "Measured rounds: per file after as many warm-up rounds (lists, default "
            + LIST_ROUNDS + "), or traces of the chain (trace, default " + TRACE_ROUNDS + ").")
    Integer rounds;

    @Option(names = "--parties", defaultValue = "100000", description = "monitor: stored parties re-screened (default ${DEFAULT-VALUE}).")
    int parties;

    @Option(names = "--links", defaultValue = "100000", description = "trace: links in the synthetic chain (default ${DEFAULT-VALUE}).")
    int links;

    @Option(names = "--seed", defaultValue = "20261128", description = "trace: seed of the synthetic chain (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--write", paramLabel = "FILE", description = "trace: keep the synthetic chain in FILE (JSON, for clearance trace).")
    Path write;

    @Option(names = "--file", paramLabel = "FILE", description = "Also parse these files (e.g. a full sdn.xml).")
    List<Path> extra = List.of();

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "http: the running clearance serve (default ${DEFAULT-VALUE}).")
    URI url;

    @Option(names = "--key", defaultValue = "${env:" + Home.API_KEY_VAR + "}", description = "http: the API key to send "
            + "(default: the environment variable " + Home.API_KEY_VAR + ").")
    String key;

    @Option(names = "--seconds", defaultValue = "60", description = "http: seconds of measured load (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warmup", defaultValue = "10", description = "http: seconds of load before measuring (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--connections", defaultValue = "4", description = "http: concurrent connections (default ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = "--names", paramLabel = "FILE", split = ",", description = "http: CSV files of names (a full_name or"
            + " name column), default the screening evaluation files in ../shared/eval.")
    List<Path> names = List.of(Path.of("../shared/eval/screen-dev-positives.csv"), Path.of("../shared/eval/screen-dev-negatives.csv"));

    @Override
    public Integer call() throws Exception {
        if (what.equals("screen")) {
            return new ScreenBench(spec.commandLine().getOut(), spec.commandLine().getErr(), queries).run();
        }
        if (what.equals("monitor")) {
            return new MonitorBench(spec.commandLine().getOut(), spec.commandLine().getErr(), parties).run();
        }
        if (what.equals("trace")) {
            return new TraceBench(spec.commandLine().getOut(), spec.commandLine().getErr(), links, seed,
                    rounds == null ? TRACE_ROUNDS : rounds, write).run();
        }
        if (what.equals("dossier")) {
            return new DossierBench(spec.commandLine().getOut(), spec.commandLine().getErr(), chains,
                    rounds == null ? LIST_ROUNDS : rounds).run();
        }
        if (what.equals("http")) {
            return new HttpBench(spec.commandLine().getOut(), url, key, seconds, warmup, connections, names).run();
        }
        if (!what.equals("lists")) {
            throw new Errors.UserException("unknown benchmark '" + what + "'; available: lists, screen, trace, dossier, monitor, http");
        }
        int rounds = this.rounds == null ? LIST_ROUNDS : this.rounds;
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
                parse(f, item.dataset(), rounds, t);
            }
            for (Path f : extra) {
                parse(f, "bench", rounds, t);
            }
            t.print(out);
            resetPeaks();
            long t0 = System.nanoTime();
            try (ListStore store = ListStore.open("jdbc:h2:file:" + tmp.resolve("store").resolve("bench"), "sa", "")) {
                Snapshot.load(new ListImporter(store, Home.limits(), ImportProgress.SILENT));
            }
            out.printf("%nLoading the bundled snapshot into a new embedded store: %.2f s, peak heap %d MB%n",
                    (System.nanoTime() - t0) / 1e9, peakHeapMb());
            out.printf("(java %s, %d cores, max heap %d MB, %s)%n", System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, collectors());
        } finally {
            try (Stream<Path> files = Files.walk(tmp)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }

    private static void parse(Path f, String dataset, int rounds, Table t) throws Exception {
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
        java.util.Arrays.sort(times);
        double ms = times[rounds / 2] / 1e6;
        t.row(f.getFileName(), format.id(), String.format("%,d", count[0]), String.format("%.0f", ms),
                String.format("%,.0f", count[0] / (ms / 1000)));
    }

    /** Collects garbage and forgets the heap peaks so far, so that the next figure is one phase's own. */
    static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
    }

    /** The sum of the heap pools' peaks since {@link #resetPeaks}. */
    static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }

    /** The garbage collectors in use ("PS Scavenge, PS MarkSweep"): figures depend on them, so a bench names them. */
    static String collectors() {
        return String.join(", ", ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList());
    }
}
