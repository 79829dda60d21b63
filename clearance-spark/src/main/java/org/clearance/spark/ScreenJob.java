package org.clearance.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.clearance.match.batch.PartyRows;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Batch screening on Spark with the results of {@code clearance screen}: the list index folder is shipped once
 * ({@code addFile}) and opened once per executor JVM ({@link Indexes}); parties are screened partition by partition
 * where they were read, with no shuffle (only {@code --dedupe} shuffles, to screen each distinct party once).
 */
@Command(name = "clearance spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Screen a file or folder of parties against a list index on Spark, with the results of "
                + "'clearance screen'.",
                "",
                "Input: CSV with a header (RFC 4180; files are split at line ends, so a quoted field holds no line "
                + "break) or Parquet, with the columns of 'clearance screen': id and name required; schema, birth_date, "
                + "nationality, country and identifier used when present. Every column is read as a string.",
                "",
                "Output: a folder of query_id,rank,score,match,entity_id,dataset,source_id,caption,schema,explanation "
                + "rows: Parquet typed (rank int, score double, match boolean), or CSV written as 'clearance screen' "
                + "writes it, one file per partition, each with its header.",
                ""})
public final class ScreenJob implements Callable<Integer> {
    enum Format { parquet, csv }

    @Spec
    CommandSpec spec;

    @Option(names = "--index", required = true, paramLabel = "DIR",
            description = "The list index folder ('clearance index path' prints the home's; any Hadoop path).")
    String index;

    @Option(names = "--input", required = true, paramLabel = "PATH", description = "The parties: a file or a folder of them.")
    String input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "The results folder (must not exist).")
    String output;

    @Option(names = "--format", defaultValue = "parquet", description = "parquet or csv (default ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--input-format", description = "parquet or csv (default: parquet when the input's name ends in .parquet, else csv).")
    Format inputFormat;

    @Option(names = "--multiline", description = "CSV input whose quoted fields may hold line breaks; Spark cannot split "
            + "such a file, so each file is read by one task (give several files, or Parquet, for parallel reading).")
    boolean multiline;

    // no picocli default, as 'clearance screen': an option not given must not count as given
    @Option(names = "--threshold", paramLabel = "SCORE", description = "Score from which a result is a match (default: the "
            + "threshold setting's, see 'clearance match --settings'); lowers a cutoff above it.")
    Double threshold;

    @Option(names = "--cutoff", paramLabel = "SCORE", description = "Results below this score are left out (default: the "
            + "cutoff setting's).")
    Double cutoff;

    @Option(names = "--limit", defaultValue = "5", description = "Results per party at most (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--datasets", split = ",", paramLabel = "ID", description = "Only these datasets (default: all).")
    Set<String> datasets = Set.of();

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "Override a scoring setting, as 'clearance screen --set'.")
    Map<String, String> settings = new HashMap<>();

    @Option(names = "--dedupe", description = "Screen each distinct (name, schema, birth date, countries, identifier) once "
            + "and give its results to every party id that has it (a shuffle; pays when parties repeat).")
    boolean dedupe;

    @Option(names = "--rejects", paramLabel = "DIR", description = "Write bad rows here (query_id, field, reason) and screen "
            + "the rest; without it the job fails on the first bad row. Rows with an empty name are skipped, and listed here.")
    String rejects;

    @Option(names = "--partitions", paramLabel = "N", description = "Read the input into about N partitions "
            + "(default: Spark's split of the files, 128 MB each).")
    Integer partitions;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. local[2] (spark-submit gives its own).")
    String master;

    /** What a run did. */
    record Summary(long screened, long skipped, long rejected, long rows) {}

    public static void main(String[] args) {
        System.exit(new CommandLine(new ScreenJob()).execute(args));
    }

    /** Runs the job with these arguments on an existing session (the launcher's local runs, tests, the bench). */
    static Summary run(SparkSession spark, String... args) {
        ScreenJob job = CommandLine.populateCommand(new ScreenJob(), args);
        return job.run(spark);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        SparkSession.Builder builder = SparkSession.builder().appName("clearance screen");
        if (master != null) {
            builder.master(master);
        }
        SparkSession spark = builder.getOrCreate();
        try {
            long t0 = System.nanoTime();
            Summary s = run(spark);
            err.printf("Screened %,d parties in %.1f s: %,d result rows in %s (%s)%s%s.%n", s.screened(),
                    (System.nanoTime() - t0) / 1e9, s.rows(), output, format,
                    s.skipped() > 0 ? String.format(", %,d skipped with no name", s.skipped()) : "",
                    rejects != null ? String.format(", %,d rows rejected (in %s)", s.rejected(), rejects) : "");
            return 0;
        } catch (Exception e) {
            // the user's input, not the job: a bad option, bad rows, a path Spark cannot find (AnalysisException,
            // which Scala throws undeclared)
            if (e instanceof IllegalArgumentException || e instanceof BadRowsException || e instanceof AnalysisException) {
                err.println("clearance spark: " + e.getMessage());
                return 2;
            }
            throw e;
        } finally {
            spark.stop();
        }
    }

    Summary run(SparkSession spark) {
        Scoring scoring = new Scoring(threshold, cutoff, settings, limit, datasets);
        scoring.config();
        checkLocalIndex();
        if (partitions != null) {
            if (partitions < 1) {
                throw new IllegalArgumentException("--partitions: must be at least 1, not " + partitions);
            }
            // splits of a 1/N share of the input; the open cost per file, 4 MB by default, would keep small inputs whole
            spark.conf().set("spark.sql.files.minPartitionNum", partitions.toString());
            spark.conf().set("spark.sql.files.openCostInBytes", "1");
        }
        Dataset<Row> parties = parties(spark);
        if (partitions != null && parties.rdd().getNumPartitions() > partitions) {
            parties = parties.coalesce(partitions);
        }
        String shipped = ship(spark);

        LongAccumulator rejected = spark.sparkContext().longAccumulator("rejected rows");
        LongAccumulator skipped = spark.sparkContext().longAccumulator("rows without a name");
        Dataset<Row> bad = parties.mapPartitions(new RowChecks(headerFields), Encoders.row(RowChecks.SCHEMA));
        if (rejects != null) {
            bad.drop(RowChecks.FATAL).write().option("header", true).csv(rejects);
            rejected.add(spark.read().option("header", true).csv(rejects).count());
        } else {
            List<Row> first = bad.filter(col(RowChecks.FATAL)).limit(1).collectAsList();
            if (!first.isEmpty()) {
                Row r = first.get(0);
                throw new BadRowsException(input + ": party '" + r.getString(0) + "': field " + r.getString(1) + ": "
                        + r.getString(2) + " (with --rejects DIR bad rows are written there and the others screened)");
            }
        }

        LongAccumulator screened = spark.sparkContext().longAccumulator("parties screened");
        LongAccumulator rows = spark.sparkContext().longAccumulator("result rows");
        Dataset<Row> results;
        if (dedupe) {
            // a malformed record keeps a key of its own, so that it never stands for a good party's row
            Column key = sha2(concat_ws("\u0000", Stream.concat(PartyRows.QUERY_COLUMNS.stream(), Stream.of(PartyFields.MALFORMED))
                    .map(c -> col(c)).toArray(Column[]::new)), 256);
            Dataset<Row> keyed = parties.withColumn(KEY, key);
            Dataset<Row> distinct = keyed.dropDuplicates(KEY);
            Dataset<Row> hits = distinct.mapPartitions(new PartyScreen(shipped, scoring, KEY, screened, skipped, rows),
                    Encoders.row(Output.SCHEMA));
            List<Column> out = new ArrayList<>();
            out.add(col("id").as("query_id"));
            for (String f : Arrays.copyOfRange(Output.SCHEMA.fieldNames(), 1, Output.SCHEMA.fieldNames().length)) {
                out.add(hits.col(f));
            }
            results = keyed.join(hits, keyed.col(KEY).equalTo(hits.col("query_id"))).select(out.toArray(Column[]::new));
        } else {
            results = parties.mapPartitions(new PartyScreen(shipped, scoring, "id", screened, skipped, rows),
                    Encoders.row(Output.SCHEMA));
        }
        if (format == Format.csv) {
            results.mapPartitions(new Output.CsvLines(), Encoders.STRING()).write().option("lineSep", "\r\n").text(output);
        } else {
            results.write().parquet(output);
        }
        return new Summary(screened.value(), skipped.value(), rejected.value(), dedupe ? spark.read().format(format.name())
                .option("header", true).load(output).count() : rows.value());
    }

    /** The index folders shipped, by application (Spark lists shipped files, but not the folders). */
    private static final Set<String> SHIPPED = ConcurrentHashMap.newKeySet();

    /** The number of columns of a CSV input's header (read by {@link #csv}); Parquet rows are never malformed. */
    private int headerFields;

    /** The dedupe key column: a hash of the query columns. */
    private static final String KEY = "_clearance_key";

    /** The input's id and query columns as strings, "" where absent or null, nothing else. */
    private Dataset<Row> parties(SparkSession spark) {
        Format in = inputFormat != null ? inputFormat : input.replaceAll("/+$", "").endsWith(".parquet") ? Format.parquet : Format.csv;
        Dataset<Row> raw = in == Format.csv ? csv(spark) : spark.read().parquet(input);
        List<String> columns = Arrays.asList(raw.columns());
        for (String required : PartyRows.REQUIRED) {
            if (!columns.contains(required)) {
                throw new IllegalArgumentException(input + ": the header has no column '" + required + "' (it has: "
                        + String.join(",", columns.stream().filter(c -> !c.equals(PartyFields.MALFORMED)).toList()) + ")");
            }
        }
        List<Column> kept = new ArrayList<>();
        kept.add(coalesce(raw.col("id").cast("string"), lit("")).as("id"));
        for (String c : PartyRows.QUERY_COLUMNS) {
            kept.add((columns.contains(c) ? coalesce(raw.col(c).cast("string"), lit("")) : lit("")).as(c));
        }
        String m = PartyFields.MALFORMED;
        kept.add((columns.contains(m) ? coalesce(raw.col(m), lit("")) : lit("")).as(m));
        return raw.select(kept.toArray(Column[]::new));
    }

    /**
     * The CSV input as {@code screen} reads it: RFC 4180 quoting (a quote inside a quoted field doubled), every
     * column a string, and a record whose width is not the header's marked in {@link PartyFields#MALFORMED} rather
     * than padded with nulls or cut, which Spark does by default.
     */
    private Dataset<Row> csv(SparkSession spark) {
        DataFrameReader reader = spark.read().option("header", true).option("escape", "\"").option("multiLine", multiline);
        // without a schema and without inference, Spark reads only the header line here
        String[] header = reader.csv(input).columns();
        headerFields = header.length;
        StructType schema = new StructType();
        for (String column : header) {
            schema = schema.add(column, DataTypes.StringType);
        }
        return reader.schema(schema.add(PartyFields.MALFORMED, DataTypes.StringType)).option("mode", "PERMISSIVE")
                .option("columnNameOfCorruptRecord", PartyFields.MALFORMED).csv(input);
    }

    /**
     * Ships the index folder to every executor, once per application (a second job of the same session finds it
     * shipped); returns the name tasks find it under. Index folders are named by their content's hash, so one name is
     * one index.
     */
    private String ship(SparkSession spark) {
        String trimmed = index.replaceAll("/+$", "");
        String name = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        if (SHIPPED.add(spark.sparkContext().applicationId() + " " + name)) {
            spark.sparkContext().addFile(index, true);
        }
        return name;
    }

    /** A local index folder that is not there is the user's mistake, said before Spark starts any task. */
    private void checkLocalIndex() {
        if (index.contains("://") && !index.startsWith("file:")) {
            return;
        }
        Path dir = Path.of(index.replaceFirst("^file:(//)?", ""));
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--index " + index + ": no such folder (run 'clearance index path' to build "
                    + "the home's index and print its folder)");
        }
    }

    /** Bad rows found and no {@code --rejects} folder to put them in. */
    static final class BadRowsException extends RuntimeException {
        BadRowsException(String message) {
            super(message);
        }
    }
}
