package org.clearance.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.clearance.evidence.Assessment;
import org.clearance.io.ListInput;
import org.clearance.match.MatchConfig;
import org.clearance.match.MatchIndex;
import org.clearance.model.Entity;
import org.clearance.model.Schema;
import org.clearance.store.ListStore;
import org.clearance.store.VersionInfo;
import org.clearance.supplychain.ChainReader;
import org.clearance.supplychain.ChainWriter;
import org.clearance.supplychain.Finding;
import org.clearance.supplychain.Link;
import org.clearance.supplychain.ListScreen;
import org.clearance.supplychain.Party;
import org.clearance.supplychain.SupplyChain;
import org.clearance.supplychain.Tracer;
import org.clearance.supplychain.XinjiangAddresses;
import org.clearance.supplychain.synthetic.ChainGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Tracing speed on a synthetic chain ({@link ChainGenerator}) screened against the loaded lists: the
 * chain is written as JSON, then each round reads it back and traces it as {@code clearance trace}
 * does, timing each phase. Rounds are not preceded by a warm-up: the first round is what one
 * {@code clearance trace} run costs, later rounds what a long-running server would see.
 */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "A synthetic supply chain traced, time per phase (read, screen, places, sectors, propagation, evidence).")
final class TraceBench implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--links", defaultValue = "100000", description = "Links in the synthetic chain (default ${DEFAULT-VALUE}).")
    int links;

    @Option(names = "--seed", defaultValue = "20261128", description = "Seed of the synthetic chain (default ${DEFAULT-VALUE}).")
    long seed;

    /** Traces measured: a trace of 100,000 links takes seconds. */
    @Option(names = "--rounds", defaultValue = "3", description = "Traces of the chain measured (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--write", paramLabel = "FILE", description = "Keep the synthetic chain in FILE (JSON, for clearance trace).")
    Path write;

    private PrintWriter out;
    private PrintWriter err;

    /** The phases timed in each round, in the order printed. */
    private enum Phase {
        READ("read chain (JSON)"),
        SCREEN("screen parties against the lists"),
        PLACES("Xinjiang places in addresses"),
        SECTORS("high-priority sectors (the rest of the trace less propagation)"),
        PROPAGATION("propagation and paths to risk"),
        ASSESSMENT("evidence and exposure"),
        TOTAL("total: read, trace, assessment"),
        CPU("CPU time of the total, all threads (GC, JIT too)");

        final String label;

        Phase(String label) {
            this.label = label;
        }
    }

    @Override
    public Integer call() throws Exception {
        out = spec.commandLine().getOut();
        err = spec.commandLine().getErr();
        if (links < ChainGenerator.MIN_LINKS) {
            throw new Errors.UserException("--links must be at least " + ChainGenerator.MIN_LINKS);
        }
        if (rounds < 1) {
            throw new Errors.UserException("--rounds must be at least 1");
        }
        Path file = write != null ? write : Files.createTempFile("clearance-bench-chain", ".json");
        try (ListStore store = Home.openStore(err)) {
            long t0 = System.nanoTime();
            try (MatchIndex index = Home.openIndex(store, err)) {
                double open = seconds(System.nanoTime() - t0);
                ChainGenerator.Generated generated = ChainGenerator.generate(links, seed, plantable(store));
                try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    ChainWriter.writeJson(generated.chain(), w);
                }
                SupplyChain chain = generated.chain();
                out.printf("Synthetic chain (seed %d): %,d parties, %,d links, %,d distinct party names; %d list entries"
                        + " planted, %,d Xinjiang addresses; %s%s (%.1f MB)%n", seed, chain.parties().size(), chain.links().size(),
                        distinctNames(chain), generated.planted().size(), generated.xinjiang().size(),
                        write != null ? "written to " : "", write != null ? write : "JSON", Files.size(file) / 1e6);
                out.printf("Screening index: %,d entities, opened in %.2f s (once per run, not in the rounds)%n%n", index.size(), open);
                out.flush();
                rounds(index, file, generated.planted());
            }
        } finally {
            if (write == null) {
                Files.deleteIfExists(file);
            }
        }
        return 0;
    }

    private void rounds(MatchIndex index, Path file, Map<String, String> planted) throws Exception {
        EnumMap<Phase, long[]> times = new EnumMap<>(Phase.class);
        for (Phase p : Phase.values()) {
            times.put(p, new long[rounds]);
        }
        JvmFigures.resetPeaks();
        Assessment last = null;
        for (int r = 0; r < rounds; r++) {
            err.printf("Round %d of %d ...%n", r + 1, rounds);
            err.flush();
            long cpu = JvmFigures.processCpuNanos();
            long start = System.nanoTime();
            SupplyChain chain = ChainReader.read(ListInput.of(file));
            long read = System.nanoTime();
            Span screening = new Span();
            Span places = new Span();
            Tracer.PartyScreen screen = timed(new ListScreen(index, MatchConfig.DEFAULT), screening);
            XinjiangAddresses xinjiang = new XinjiangAddresses();
            Tracer.Trace trace = new Tracer(screen, p -> places.time(() -> xinjiang.apply(p))).trace(chain);
            long traced = System.nanoTime();
            last = Assessment.of(trace);
            long assessed = System.nanoTime();
            times.get(Phase.CPU)[r] = JvmFigures.processCpuNanos() - cpu;
            long propagation = propagation(trace);
            times.get(Phase.READ)[r] = read - start;
            times.get(Phase.SCREEN)[r] = screening.nanos();
            times.get(Phase.PLACES)[r] = places.nanos();
            times.get(Phase.PROPAGATION)[r] = propagation;
            times.get(Phase.SECTORS)[r] = Math.max(0, traced - places.end() - propagation);
            times.get(Phase.ASSESSMENT)[r] = assessed - traced;
            times.get(Phase.TOTAL)[r] = assessed - start;
        }
        findings(last, planted);
        String[] header = new String[2 + rounds];
        header[0] = String.format("PHASE (%d round%s, %d cores)", rounds, rounds == 1 ? "" : "s",
                JvmFigures.cores());
        header[1] = "MEDIAN s";
        for (int r = 0; r < rounds; r++) {
            header[2 + r] = "ROUND " + (r + 1);
        }
        Table t = new Table(header);
        for (int c = 1; c < header.length; c++) {
            t.right(c);
        }
        for (Phase p : Phase.values()) {
            long[] ns = times.get(p);
            List<Object> row = new ArrayList<>(List.of(p.label, String.format("%.2f", seconds(median(ns)))));
            Arrays.stream(ns).forEach(n -> row.add(String.format("%.2f", seconds(n))));
            t.row(row.toArray());
        }
        out.println();
        t.print(out);
        // each pool peaks at its own moment, so their sum is an upper bound, which can exceed the maximum
        out.printf("%nPeak heap: at most %d MB (the heap pools' peaks added up); max heap %d MB; java %s; %s%n", JvmFigures.peakHeapMb(),
                JvmFigures.maxHeapMb(), JvmFigures.javaVersion(), JvmFigures.collectors());
        out.flush();
    }

    /** Findings by kind, parties at risk, paths, and how many planted list entries screening found. */
    private void findings(Assessment a, Map<String, String> planted) {
        Tracer.Trace t = a.trace();
        Map<Finding.Kind, Integer> byKind = new EnumMap<>(Finding.Kind.class);
        Set<String> listedParties = new HashSet<>();
        for (Finding f : t.findings()) {
            byKind.merge(f.kind(), 1, Integer::sum);
            if (f.kind() == Finding.Kind.UFLPA_LISTED || f.kind() == Finding.Kind.SANCTIONS_LISTED) {
                listedParties.add(f.partyId());
            }
        }
        List<String> kinds = new ArrayList<>();
        for (Finding.Kind k : Finding.Kind.values()) {
            kinds.add(String.format("%s %,d", k.name().toLowerCase().replace('_', ' '), byKind.getOrDefault(k, 0)));
        }
        out.println("Findings: " + String.join(", ", kinds));
        long plantedFound = planted.keySet().stream().filter(listedParties::contains).count();
        out.printf("Planted list entries found by screening: %d of %d; parties with a list hit: %,d%n", plantedFound, planted.size(),
                listedParties.size());
        int paths = 0;
        int most = 0;
        for (List<List<String>> ps : t.pathsToRisk().values()) {
            paths += ps.size();
            most = Math.max(most, ps.size());
        }
        long atRisk = t.atRisk().values().stream().filter(Boolean::booleanValue).count();
        out.printf("Parties at risk (own or upstream): %,d of %,d; ends of the chain: %,d; paths to risk: %,d (at most %,d for one end)%n",
                atRisk, t.atRisk().size(), t.pathsToRisk().size(), paths, most);
        out.printf("Warnings: %,d%n", t.warnings().size());
    }

    /**
     * Propagation and paths alone: the trace again with the findings replayed and the goods left out
     * (a sector finding makes no party risky, so risks and paths are the same).
     */
    private static long propagation(Tracer.Trace trace) throws SupplyChain.InvalidChainException {
        Map<String, List<Finding>> listed = new HashMap<>();
        Map<String, List<Finding>> placed = new HashMap<>();
        for (Finding f : trace.findings()) {
            if (f.kind() == Finding.Kind.XINJIANG_LOCATION) {
                placed.computeIfAbsent(f.partyId(), k -> new ArrayList<>()).add(f);
            } else if (f.kind() != Finding.Kind.HIGH_PRIORITY_SECTOR) {
                listed.computeIfAbsent(f.partyId(), k -> new ArrayList<>()).add(f);
            }
        }
        SupplyChain c = trace.chain();
        List<Link> bare = c.links().stream().map(l -> new Link(l.supplier(), l.buyer(), null, null, l.quantity(), l.unit(),
                l.documents())).toList();
        SupplyChain chain = SupplyChain.of("bench", c.product(), List.copyOf(c.parties().values()), bare);
        Tracer replay = new Tracer(p -> listed.getOrDefault(p.id(), List.of()), p -> placed.getOrDefault(p.id(), List.of()));
        long t0 = System.nanoTime();
        Tracer.Trace again = replay.trace(chain);
        long spent = System.nanoTime() - t0;
        if (!again.pathsToRisk().equals(trace.pathsToRisk())) {
            throw new IllegalStateException("the replayed trace found other paths: the propagation figure would be wrong");
        }
        return spent;
    }

    /** The list entries a synthetic chain may carry: every UFLPA entry and as many organisations from the other lists. */
    private static List<Entity> plantable(ListStore store) {
        List<Entity> uflpa = new ArrayList<>();
        List<Entity> others = new ArrayList<>();
        for (VersionInfo v : store.currentVersions()) {
            store.forEachEntity(v.id(), e -> (v.dataset().equals(ListScreen.UFLPA_DATASET) ? uflpa : others).add(e));
        }
        List<Entity> out = new ArrayList<>(uflpa);
        others.stream().filter(e -> e.schema() != Schema.PERSON).limit(Math.max(uflpa.size(), 50)).forEach(out::add);
        return out;
    }

    private static long distinctNames(SupplyChain chain) {
        return chain.parties().values().stream().map(p -> p.name() + "\u0000" + p.country()).distinct().count();
    }

    private static Tracer.PartyScreen timed(Tracer.PartyScreen screen, Span span) {
        return new Tracer.PartyScreen() {
            @Override
            public List<Finding> screen(Party party) {
                return span.time(() -> screen.screen(party));
            }

            @Override
            public boolean concurrent() {
                return screen.concurrent();
            }
        };
    }

    /** Wall time from the start of the first call to the end of the last, over any number of threads. */
    private static final class Span {
        private final AtomicLong first = new AtomicLong(Long.MAX_VALUE);
        private final AtomicLong last = new AtomicLong(Long.MIN_VALUE);

        <T> T time(Supplier<T> call) {
            first.accumulateAndGet(System.nanoTime(), Math::min);
            T result = call.get();
            last.accumulateAndGet(System.nanoTime(), Math::max);
            return result;
        }

        long end() {
            return last.get();
        }

        long nanos() {
            return first.get() == Long.MAX_VALUE ? 0 : last.get() - first.get();
        }
    }

    private static long median(long[] ns) {
        long[] sorted = ns.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
