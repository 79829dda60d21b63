package org.clearance.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.clearance.match.MatchConfig;
import org.clearance.match.MatchIndex;
import org.clearance.match.links.Linker;
import org.clearance.match.Query;
import org.clearance.model.Entity;
import org.clearance.model.Name;
import org.clearance.model.Schema;
import org.clearance.store.ListStore;
import org.clearance.store.VersionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Screening speed on the loaded lists: index build and open, one-query latency, and throughput on
 * all cores. Queries are real list names with their words in another order and, for a third of them,
 * one letter changed, so that candidate retrieval and scoring do their full work.
 */
@Command(name = "screen", mixinStandardHelpOptions = true, description = "Index build, query latency and throughput.")
final class ScreenBench implements Callable<Integer> {
    /** Fixed seed: the same queries on every run, so figures compare. */
    private static final long SEED = 20261128L;
    private static final int WARMUP = 5000;

    @Spec
    CommandSpec spec;

    @Option(names = "--queries", paramLabel = "N", defaultValue = "20000", description = "Screening queries measured (default ${DEFAULT-VALUE}).")
    int count;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ListStore store = Home.openStore(err)) {
            List<Entity> all = new ArrayList<>();
            for (VersionInfo v : store.currentVersions()) {
                store.forEachEntity(v.id(), all::add);
            }
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("clearance-bench-index");
            long t0 = System.nanoTime();
            MatchIndex.build(all, dir);
            double build = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            Linker.Outcome linked = Linker.linkInto(dir);
            double link = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            try (MatchIndex index = MatchIndex.open(dir)) {
                double open = (System.nanoTime() - t0) / 1e9;
                List<Query> queries = queries(all);
                for (int i = 0; i < WARMUP; i++) {
                    index.match(queries.get(i % queries.size()), MatchConfig.DEFAULT, 5, Set.of());
                }
                long[] lat = new long[Math.min(count, 5000)];
                // CPU time of this thread alone: unlike the wall clock, it holds still when other work shares the cores
                java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
                long cpu0 = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < lat.length; i++) {
                    long s = System.nanoTime();
                    index.match(queries.get(i % queries.size()), MatchConfig.DEFAULT, 5, Set.of());
                    lat[i] = System.nanoTime() - s;
                }
                double cpuPerQuery = (threads.getCurrentThreadCpuTime() - cpu0) / 1e3 / lat.length;
                Arrays.sort(lat);
                Pass first = Pass.run(index, queries, count);
                // the same queries again, every one now met before (its name parts and its candidates prepared): the
                // pass above screens thousands for the first time, and the two costs move apart when name knowledge grows
                Pass again = Pass.run(index, queries, count);
                String pairA = "Xinjiang Production and Construction Corps";
                String pairB = "XINJIANG PRODUCTION & CONSTRUCTION CORPS";
                for (int i = 0; i < 20000; i++) {
                    index.compare(Schema.ORGANIZATION, pairA, pairB, MatchConfig.DEFAULT);
                }
                long[] pair = new long[20000];
                for (int i = 0; i < pair.length; i++) {
                    long s = System.nanoTime();
                    index.compare(Schema.PERSON, "Erkin Tuniyaz", "TUNIYAZ, Erken", MatchConfig.DEFAULT);
                    pair[i] = System.nanoTime() - s;
                }
                Arrays.sort(pair);
                out.printf("Entities indexed: %,d%n", index.size());
                out.printf("Index build: %.2f s; open (read-only, prepared for scoring): %.2f s%n", build, open);
                out.printf("Cross-list linking at build: %.2f s (%,d pairs judged, %,d parties of several listings)%n", link,
                        linked.pairsJudged(), linked.groups().groups().size());
                out.printf("One query (one thread): median %.2f ms, p99 %.2f ms%n", lat[lat.length / 2] / 1e6,
                        lat[(int) (lat.length * 0.99)] / 1e6);
                out.printf("CPU time of one query (one thread): %.0f µs on average%n", cpuPerQuery);
                out.printf("Throughput on %d cores: %,.0f queries/s (%,d queries in %.2f s; CPU time of the process %.0f µs a query, "
                        + "of which the JIT compiler's about %.0f)%n", JvmFigures.cores(), count / first.seconds(), count,
                        first.seconds(), first.cpuMicrosPerQuery(), first.jitMicrosPerQuery());
                out.printf("The same queries again, every one met before: %,.0f queries/s (CPU time of the process %.0f µs a query, "
                        + "of which the JIT compiler's about %.0f)%n", count / again.seconds(), again.cpuMicrosPerQuery(),
                        again.jitMicrosPerQuery());
                out.printf("Pair comparison incl. preparing both names, their parts remembered from the last time (clearance pairs): median %.1f µs%n", pair[pair.length / 2] / 1e3);
                out.printf("Heap in use after the run: %d MB (max %d MB)%n", JvmFigures.heapInUseMb(), JvmFigures.maxHeapMb());
            } finally {
                try (var files = java.nio.file.Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        return 0;
    }

    /**
     * One pass of {@code count} queries on all cores: its wall-clock time, and the process's CPU time a query, the JIT
     * compiler's and the collector's included, which unlike the wall clock does not count what other programs on a
     * shared or virtual machine take of the cores.
     */
    private record Pass(double seconds, double cpuMicrosPerQuery, double jitMicrosPerQuery) {
        static Pass run(MatchIndex index, List<Query> queries, int count) {
            long t0 = System.nanoTime();
            long cpu0 = JvmFigures.processCpuNanos();
            long jit0 = JvmFigures.compilationMillis();
            IntStream.range(0, count).parallel()
                    .forEach(i -> index.match(queries.get(i % queries.size()), MatchConfig.DEFAULT, 5, Set.of()));
            return new Pass((System.nanoTime() - t0) / 1e9, (JvmFigures.processCpuNanos() - cpu0) / 1e3 / count,
                    (JvmFigures.compilationMillis() - jit0) * 1e3 / count);
        }
    }

    private static List<Query> queries(List<Entity> entities) {
        Random random = new Random(SEED);
        List<Query> out = new ArrayList<>();
        for (Entity e : entities) {
            out.add(perturbed(e, random));
        }
        java.util.Collections.shuffle(out, random);
        return out;
    }

    /**
     * One of the entry's names as a user might type it: words in another order and, one time in three,
     * a letter changed; as a query of the kind that can match the entry.
     */
    static Query perturbed(Entity e, Random random) {
        Name n = e.names().get(random.nextInt(e.names().size()));
        List<String> words = new ArrayList<>(Arrays.asList(n.full().split("[\\s,]+")));
        java.util.Collections.rotate(words, 1);
        String q = String.join(" ", words);
        if (random.nextInt(3) == 0 && q.length() > 4) {
            int at = 1 + random.nextInt(q.length() - 2);
            q = q.substring(0, at) + (char) ('a' + random.nextInt(26)) + q.substring(at + 1);
        }
        return Query.ofName(e.schema() == Schema.VESSEL || e.schema() == Schema.AIRCRAFT ? e.schema() : Schema.LEGAL_ENTITY, q);
    }
}
