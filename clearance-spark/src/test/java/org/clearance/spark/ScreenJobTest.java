package org.clearance.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.clearance.cli.Main;
import org.clearance.match.batch.ResultRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The job against {@code clearance screen} on the same real parties and the same index (the bundled lists, built by
 * {@code clearance index path}): identical output, row for row, whatever the partitioning.
 */
class ScreenJobTest {
    private static SparkSession spark;
    private static Path home;
    private static Path index;
    /** 300 real parties: OFAC persons with noise and birth dates, and people in 29 scripts on no list. */
    private static Path parties;
    /** What {@code clearance screen} writes for them. */
    private static String screened;

    @BeforeAll
    static void start() throws IOException {
        home = Files.createTempDirectory("clearance-spark-test-home");
        System.setProperty("clearance.home", home.toString());
        index = Path.of(cli("index", "path").strip());
        parties = home.resolve("parties.csv");
        writeParties(parties);
        screened = screen(parties, home.resolve("screened.csv"));
        spark = SparkSession.builder().master("local[2]").appName("clearance-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }

    @AfterAll
    static void stop() throws IOException {
        if (spark != null) {
            spark.stop();
        }
        try (Stream<Path> files = Files.walk(home)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void csvOutputIsTheClisRowForRow(int partitions, @TempDir Path tmp) throws IOException {
        String expected = screened;
        Path out = tmp.resolve("hits");
        ScreenJob.Summary s = job("--input", parties.toString(), "--output", out.toString(), "--format", "csv",
                "--partitions", String.valueOf(partitions));

        List<Path> parts = parts(out, ".txt");
        assertThat(parts).hasSize(partitions);
        assertThat(concatenated(parts)).isEqualTo(expected);
        assertThat(s.screened()).isEqualTo(300);
        assertThat(s.rows()).isEqualTo(expected.split("\r\n", -1).length - 2).isGreaterThan(150);
    }

    @Test
    void parquetHoldsTheSameRowsTyped(@TempDir Path tmp) throws IOException {
        // the same rows in the same order: part files in partition order, each read back whole
        Path out = tmp.resolve("hits");
        job("--input", parties.toString(), "--output", out.toString(), "--partitions", "4");

        var read = spark.read().parquet(out.toString());
        assertThat(read.schema().apply("rank").dataType()).isEqualTo(DataTypes.IntegerType);
        assertThat(read.schema().apply("score").dataType()).isEqualTo(DataTypes.DoubleType);
        assertThat(read.schema().apply("match").dataType()).isEqualTo(DataTypes.BooleanType);
        List<String> rows = new ArrayList<>();
        for (Path part : parts(out, ".parquet")) {
            for (Row r : spark.read().parquet(part.toString()).collectAsList()) {
                rows.add(ResultRow.CSV.format(Output.of(r).values().toArray()));
            }
        }
        assertThat(String.join("\r\n", rows)).isEqualTo(withoutHeader(screened).strip());
    }

    @Test
    void parquetInputIsReadAsTheCsvIs(@TempDir Path tmp) throws IOException {
        Path input = tmp.resolve("parties.parquet");
        spark.read().option("header", true).option("escape", "\"").csv(parties.toString()).coalesce(1).write()
                .parquet(input.toString());
        Path out = tmp.resolve("hits");
        job("--input", input.toString(), "--output", out.toString(), "--format", "csv", "--partitions", "1");
        assertThat(concatenated(parts(out, ".txt"))).isEqualTo(screened);
    }

    @Test
    void theIndexIsOpenedOncePerJvm(@TempDir Path tmp) {
        // four tasks on two threads, after whatever the other tests ran in this JVM: still one opening
        job("--input", parties.toString(), "--output", tmp.resolve("hits").toString(), "--partitions", "4");
        assertThat(Indexes.opened()).isEqualTo(1);
    }

    @Test
    void badRowsGoToTheRejectsAndTheOthersAreScreenedAsTheCliScreensThem(@TempDir Path tmp) throws IOException {
        Path mixed = tmp.resolve("mixed.csv");
        Files.writeString(mixed, "id,name,schema,birth_date\n"
                + "a1,Kim Jong Un,Person,\n"
                + "b1,Someone Else,Person,the thirty-second of May\n"
                + "b2,Rosneft,Spaceship,\n"
                + "b3,   ,Person,\n"
                + "a2,\"Bank Melli Iran, \"\"BMI\"\"\",Organization,\n");
        Path good = tmp.resolve("good.csv");
        Files.writeString(good, "id,name,schema,birth_date\n"
                + "a1,Kim Jong Un,Person,\n"
                + "a2,\"Bank Melli Iran, \"\"BMI\"\"\",Organization,\n");
        String expected = screen(good, tmp.resolve("cli.csv"));

        Path rejects = tmp.resolve("rejects");
        ScreenJob.Summary s = job("--input", mixed.toString(), "--output", tmp.resolve("hits").toString(), "--format", "csv",
                "--partitions", "1", "--rejects", rejects.toString());
        assertThat(concatenated(parts(tmp.resolve("hits"), ".txt"))).isEqualTo(expected);
        List<String> rejected = rejected(rejects);
        assertThat(rejected).hasSize(3);
        assertThat(rejected.get(0)).isEqualTo("b1 | birth_date | not a date: 'the thirty-second of May'");
        assertThat(rejected.get(1)).startsWith("b2 | schema | unknown schema 'Spaceship'; use one of ").contains("Person");
        assertThat(rejected.get(2)).isEqualTo("b3 | name | the name is empty; skipped");
        assertThat(s.rejected()).isEqualTo(3);

        assertThatThrownBy(() -> job("--input", mixed.toString(), "--output", tmp.resolve("none").toString()))
                .isInstanceOf(ScreenJob.BadRowsException.class)
                .hasMessageContaining("party 'b").hasMessageContaining("with --rejects DIR");
        assertThat(tmp.resolve("none")).doesNotExist();
    }

    @Test
    void aRecordOfAnotherWidthThanTheHeaderIsRefusedAsScreenRefusesIt(@TempDir Path tmp) throws IOException {
        // Spark would pad the short record with nulls and cut the long one: two parties screened on what is left
        Path mixed = tmp.resolve("widths.csv");
        Files.writeString(mixed, "id,name,schema,birth_date\n"
                + "a1,Kim Jong Un,Person,\n"
                + "c1,Rosneft\n"
                + "c2,Rosneft,Organization,,Moscow\n");
        Path good = tmp.resolve("good.csv");
        Files.writeString(good, "id,name,schema,birth_date\na1,Kim Jong Un,Person,\n");
        String expected = screen(good, tmp.resolve("cli.csv"));
        assertThatThrownBy(() -> screen(mixed, tmp.resolve("refused.csv")))
                .hasMessageContaining("the record has 2 fields where the header has 4");

        Path rejects = tmp.resolve("rejects");
        ScreenJob.Summary s = job("--input", mixed.toString(), "--output", tmp.resolve("hits").toString(), "--format", "csv",
                "--partitions", "1", "--rejects", rejects.toString());
        assertThat(concatenated(parts(tmp.resolve("hits"), ".txt"))).isEqualTo(expected);
        assertThat(rejected(rejects)).containsExactly(
                "c1 | record | the record has 2 fields where the header has 4 (a line cut short, or a stray quote?)",
                "c2 | record | the record has 5 fields where the header has 4 (a line cut short, or a stray quote?)");
        assertThat(s.screened()).isEqualTo(1);

        assertThatThrownBy(() -> job("--input", mixed.toString(), "--output", tmp.resolve("none").toString()))
                .isInstanceOf(ScreenJob.BadRowsException.class)
                .hasMessageContaining("field record: the record has");
    }

    @Test
    void aQuotedLineBreakIsReadWithMultilineAndRefusedWithoutIt(@TempDir Path tmp) throws IOException {
        Path broken = tmp.resolve("broken.csv");
        Files.writeString(broken, "id,name,schema\n"
                + "a1,Kim Jong Un,Person\n"
                + "a2,\"Bank Melli Iran\nTehran\",Organization\n");
        String expected = screen(broken, tmp.resolve("cli.csv"));
        assertThat(expected).contains("a2,");

        job("--input", broken.toString(), "--output", tmp.resolve("hits").toString(), "--format", "csv", "--multiline");
        assertThat(concatenated(parts(tmp.resolve("hits"), ".txt"))).isEqualTo(expected);

        // read line by line, the record's halves are two records of the wrong width, refused rather than screened
        Path rejects = tmp.resolve("rejects");
        job("--input", broken.toString(), "--output", tmp.resolve("lines").toString(), "--format", "csv",
                "--rejects", rejects.toString());
        assertThat(rejected(rejects)).isNotEmpty().allSatisfy(r -> assertThat(r).contains(" | record | "));
    }

    /** The rejects folder's rows as "query_id | field | reason", sorted. */
    private static List<String> rejected(Path rejects) {
        return spark.read().option("header", true).csv(rejects.toString()).collectAsList().stream()
                .map(r -> r.getString(0) + " | " + r.getString(1) + " | " + r.getString(2)).sorted().toList();
    }

    @Test
    void dedupeGivesEveryIdTheResultsOfItsParty(@TempDir Path tmp) throws IOException {
        Path repeated = tmp.resolve("repeated.csv");
        List<String> lines = Files.readAllLines(parties).subList(0, 41);
        StringBuilder csv = new StringBuilder(String.join("\n", lines)).append('\n');
        for (String line : lines.subList(1, 41)) {
            csv.append("again-").append(line).append('\n');
        }
        Files.writeString(repeated, csv);
        String expected = screen(repeated, tmp.resolve("cli.csv"));

        Path out = tmp.resolve("hits");
        ScreenJob.Summary s = job("--input", repeated.toString(), "--output", out.toString(), "--format", "csv", "--dedupe");
        assertThat(s.screened()).isEqualTo(40);
        List<String> got = new ArrayList<>(List.of(withoutHeader(concatenated(parts(out, ".txt"))).split("\r\n")));
        List<String> want = new ArrayList<>(List.of(withoutHeader(expected).split("\r\n")));
        assertThat(got).hasSizeGreaterThan(20).containsExactlyInAnyOrderElementsOf(want);
    }

    @Test
    void aMissingColumnOrIndexIsNamedBeforeAnyTaskRuns(@TempDir Path tmp) throws IOException {
        Path noName = tmp.resolve("no-name.csv");
        Files.writeString(noName, "id,full_name\n1,Kim Jong Un\n");
        assertThatThrownBy(() -> job("--input", noName.toString(), "--output", tmp.resolve("a").toString()))
                .hasMessage(noName + ": the header has no column 'name' (it has: id,full_name)");
        assertThatThrownBy(() -> ScreenJob.run(spark, "--index", tmp.resolve("nowhere").toString(), "--input",
                parties.toString(), "--output", tmp.resolve("b").toString()))
                .hasMessageContaining("nowhere: no such folder");
    }

    private static ScreenJob.Summary job(String... args) {
        List<String> all = new ArrayList<>(List.of("--index", index.toString()));
        all.addAll(List.of(args));
        return ScreenJob.run(spark, all.toArray(String[]::new));
    }

    /** What {@code clearance screen FILE --output OUT} writes. */
    private static String screen(Path input, Path out) throws IOException {
        cli("screen", input.toString(), "--output", out.toString());
        return Files.readString(out);
    }

    /**
     * Runs the CLI in this JVM, as a user would in the test's home, and returns what it printed; fails with what it
     * printed on stderr when it exits otherwise than 0.
     */
    private static String cli(String... args) {
        PrintStream before = System.out;
        PrintStream beforeErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            assertThat(code).as("clearance %s: %s", String.join(" ", args), err.toString(StandardCharsets.UTF_8)).isZero();
        } finally {
            System.setOut(before);
            System.setErr(beforeErr);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The output's part files in partition order. */
    private static List<Path> parts(Path out, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-") && p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** The part files as one CSV: the first one's header, then every file's rows. */
    private static String concatenated(List<Path> parts) throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path p : parts) {
            String text = Files.readString(p);
            all.append(all.length() == 0 ? text : withoutHeader(text));
        }
        return all.toString();
    }

    private static String withoutHeader(String csv) {
        return csv.substring(csv.indexOf("\r\n") + 2);
    }

    /** The eval sets' parties in screen's columns, with their ids as strings. */
    private static void writeParties(Path file) throws IOException {
        Path eval = Path.of(System.getProperty("clearance.shared"), "eval");
        StringWriter w = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            csv.printRecord("id", "name", "schema", "birth_date", "nationality");
            int n = 0;
            for (CSVRecord r : records(eval.resolve("screen-dev-positives.csv"))) {
                if (n++ == 150) {
                    break;
                }
                csv.printRecord("p" + n, r.get("full_name"), "Person", r.get("date_of_birth"), "");
            }
            n = 0;
            for (CSVRecord r : records(eval.resolve("screen-dev-negatives-world.csv"))) {
                // every 70th: some of each of the 29 locales, which the file holds in runs
                if (r.getRecordNumber() % 70 == 0 && n++ < 150) {
                    csv.printRecord(r.get("id"), r.get("name"), "", "", "");
                }
            }
        }
        Files.writeString(file, w.toString());
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }
}
