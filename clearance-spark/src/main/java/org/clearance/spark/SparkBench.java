package org.clearance.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.SparkSession;
import org.clearance.io.CsvRecords;
import org.clearance.io.Folders;
import org.clearance.io.ListInput;
import org.clearance.match.MatchConfig;
import org.clearance.match.MatchIndex;
import org.clearance.match.Query;
import org.clearance.match.batch.PartyRows;
import org.clearance.match.batch.ResultRow;
import org.clearance.model.Entity;
import org.clearance.model.Name;
import org.clearance.model.Schema;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code clearance bench spark}: the job in local mode on a seeded synthetic party file, with 1 and 2 cores and
 * several partition counts, against the screening path of {@code clearance screen} on the same rows and cores in this
 * JVM (the same reader, {@link PartyRows}, {@link MatchIndex#matchParties}, {@link ResultRow} and CSV writing, in blocks of
 * 2,000 rows screened by a pool of that many threads).
 */
@Command(name = "bench spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Spark local mode against 'clearance screen' on the same synthetic parties and cores.")
public final class SparkBench implements Callable<Integer> {
    /** Fixed seed: the same parties on every run, so figures compare. */
    private static final long SEED = 20261128L;
    /** Rows screened before measuring, so that the JIT has compiled the matcher for every measured run alike. */
    private static final int WARMUP = 3000;
    /** As {@code clearance screen}: rows screened in parallel per block, written in order. */
    private static final int BLOCK = 2000;

    @Spec
    CommandSpec spec;

    @Option(names = "--index", required = true, paramLabel = "DIR", description = "The list index folder (the launcher passes the home's).")
    Path index;

    @Option(names = "--rows", defaultValue = "1000000", paramLabel = "N", description = "Synthetic parties (default ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--cores", split = ",", defaultValue = "1,2", paramLabel = "N", description = "Core counts (default ${DEFAULT-VALUE}).")
    List<Integer> cores;

    @Option(names = "--partitions", split = ",", defaultValue = "2,8,32", paramLabel = "N",
            description = "Partition counts of the Spark runs (default ${DEFAULT-VALUE}).")
    List<Integer> partitions;

    @Option(names = "--seed", defaultValue = "20261128", description = "Seed of the synthetic parties (default ${DEFAULT-VALUE}).")
    long seed;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkBench()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("clearance-bench-spark");
        try {
            Path parties = work.resolve("parties.csv");
            long opening = System.nanoTime();
            try (MatchIndex idx = MatchIndex.open(index)) {
                double open = (System.nanoTime() - opening) / 1e9;
                System.gc();
                Runtime rt = Runtime.getRuntime();
                out.printf("Index opened in %.1f s; heap in use with it open: %d MB (what each executor holds)%n", open,
                        (rt.totalMemory() - rt.freeMemory()) >> 20);
                write(parties, idx.entities(), rows, seed);
                out.printf("Java %s, %d cores, max heap %d MB; %,d synthetic parties (seed %d), %,d list entries%n",
                        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().maxMemory() >> 20, rows, seed, idx.size());
                Path warm = work.resolve("warm.csv");
                write(warm, idx.entities(), WARMUP, seed + 1);
                screen(idx, warm, 2);
            }
            out.printf("%-28s %5s %10s %8s %10s %14s %9s%n", "run", "cores", "partitions", "seconds", "rows/s",
                    "rows/s a core", "/ screen");
            out.flush();
            for (int c : cores) {
                double base;
                try (MatchIndex idx = MatchIndex.open(index)) {
                    long t0 = System.nanoTime();
                    screen(idx, parties, c);
                    base = rows / ((System.nanoTime() - t0) / 1e9);
                    line(out, "clearance screen (in-process)", c, "-", rows / base, base, 1.0);
                }
                SparkSession spark = SparkSession.builder().master("local[" + c + "]").appName("clearance bench spark")
                        .config("spark.ui.enabled", "false").getOrCreate();
                spark.sparkContext().setLogLevel("WARN");
                try {
                    for (int p : partitions) {
                        Path hits = work.resolve("hits-" + c + "-" + p);
                        long t0 = System.nanoTime();
                        ScreenJob.run(spark, "--index", index.toString(), "--input", parties.toString(), "--output",
                                hits.toString(), "--partitions", String.valueOf(p));
                        double secs = (System.nanoTime() - t0) / 1e9;
                        line(out, "spark local, parquet", c, String.valueOf(p), secs, rows / secs, rows / secs / base);
                        Folders.delete(hits);
                    }
                } finally {
                    spark.stop();
                }
            }
            out.println("rows/s a core = rows/s / cores; '/ screen' = rows/s over the screen path's on as many cores.");
            out.println("Each Spark run includes its start-up: reading the file, shipping and opening the index, writing Parquet.");
        } finally {
            Folders.delete(work);
        }
        return 0;
    }

    private static void line(PrintWriter out, String run, int cores, String partitions, double secs, double rate, double ratio) {
        out.printf("%-28s %5d %10s %8.1f %10.0f %14.0f %9.2f%n", run, cores, partitions, secs, rate, rate / cores, ratio);
        out.flush();
    }

    /** The path of {@code clearance screen}: read, screen in parallel blocks, write CSV in input order. */
    private static void screen(MatchIndex index, Path parties, int threads) throws Exception {
        MatchConfig config = MatchConfig.DEFAULT;
        ForkJoinPool pool = new ForkJoinPool(threads);
        CSVFormat headed = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        try (CsvRecords in = CsvRecords.open(ListInput.of(parties), headed);
                CSVPrinter csv = new CSVPrinter(Writer.nullWriter(), ResultRow.CSV)) {
            csv.printRecord(ResultRow.COLUMNS);
            List<CsvRecords.Row> block = new ArrayList<>(BLOCK);
            for (CsvRecords.Row r = in.next(); ; r = in.next()) {
                if (r != null) {
                    block.add(r);
                }
                if (block.size() == BLOCK || r == null) {
                    List<List<ResultRow>> results = pool.submit(() -> block.parallelStream().map(row -> {
                        try {
                            Query q = PartyRows.query(row::get).orElseThrow();
                            return ResultRow.of(row.get("id"), index.matchParties(q, config, 5, java.util.Set.of()), index.groups(), config);
                        } catch (org.clearance.match.batch.BadFieldException e) {
                            throw new IllegalStateException(e);
                        }
                    }).toList()).get();
                    for (List<ResultRow> party : results) {
                        for (ResultRow row : party) {
                            csv.printRecord(row.values());
                        }
                    }
                    block.clear();
                }
                if (r == null) {
                    break;
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Parties as a screening file of shipment parties looks: a quarter are list names as a clerk types them (words in
     * another order, one time in three a letter changed), the rest people and companies made of list names' words
     * taken apart and mixed (real words, so retrieval finds candidates to score, but mostly no match).
     */
    static void write(Path file, List<Entity> entities, int count, long seed) throws IOException {
        Random random = new Random(seed);
        List<String> words = new ArrayList<>();
        for (Entity e : entities) {
            for (String w : e.names().get(0).full().split("[\\s,]+")) {
                if (w.length() > 2) {
                    words.add(w);
                }
            }
        }
        Collections.shuffle(words, random);
        String[] countries = {"CN", "RU", "IR", "US", "DE", "TR", "AE", "IN", ""};
        try (CSVPrinter csv = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            csv.printRecord("id", "name", "schema", "birth_date", "country");
            for (int i = 0; i < count; i++) {
                Entity e = entities.get(random.nextInt(entities.size()));
                boolean person = e.schema() == Schema.PERSON;
                String name;
                if (random.nextInt(4) == 0) {
                    name = perturbed(e.names().get(random.nextInt(e.names().size())), random);
                } else {
                    int parts = 2 + random.nextInt(2);
                    List<String> ws = new ArrayList<>();
                    for (int k = 0; k < parts; k++) {
                        ws.add(words.get(random.nextInt(words.size())));
                    }
                    name = String.join(" ", ws) + (person ? "" : random.nextBoolean() ? " Ltd" : " Trading Co");
                }
                String birth = person && random.nextBoolean()
                        ? String.format("%d-%02d-%02d", 1940 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28)) : "";
                csv.printRecord("party-" + i, name, person ? "Person" : "LegalEntity", birth,
                        countries[random.nextInt(countries.length)]);
            }
        }
    }

    private static String perturbed(Name n, Random random) {
        List<String> words = new ArrayList<>(Arrays.asList(n.full().split("[\\s,]+")));
        Collections.rotate(words, 1);
        String q = String.join(" ", words);
        if (random.nextInt(3) == 0 && q.length() > 4) {
            int at = 1 + random.nextInt(q.length() - 2);
            q = q.substring(0, at) + (char) ('a' + random.nextInt(26)) + q.substring(at + 1);
        }
        return q;
    }

}
