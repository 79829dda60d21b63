package org.clearance.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.clearance.io.CsvRecords;
import org.clearance.io.ListInput;
import org.clearance.match.MatchConfig;
import org.clearance.match.MatchIndex;
import org.clearance.match.Query;
import org.clearance.match.batch.BadFieldException;
import org.clearance.match.batch.PartyRows;
import org.clearance.match.batch.ResultRow;
import org.clearance.store.ListStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code clearance screen FILE}: batch screening of a CSV of parties. Rows are screened in parallel
 * in blocks and written in input order; progress goes to stderr, results to the output.
 */
@Command(name = "screen", mixinStandardHelpOptions = true,
        description = {"Screen a CSV of parties against the loaded lists.",
                "",
                "Input: a CSV with a header. Columns id and name are required; schema",
                "(default LegalEntity: people and organisations), birth_date, nationality,",
                "country and identifier are used when present; address is accepted but",
                "not scored yet. A row with an empty name is skipped with a warning.",
                "",
                "Output: query_id,rank,score,match,entity_id,dataset,source_id,caption,",
                "schema,explanation,group_id - one row per listing of each listed party",
                "found (its best entry scoring at least the cutoff). Entries of different",
                "lists linked as one party share the group_id and the rank, best entry",
                "first; a linked listing the screening did not reach has no score and",
                "match false, and its explanation is the link's rule and evidence. An",
                "entry linked to none has its own id as group_id. A party with no",
                "candidate has no row. Progress goes to stderr.",
                ""})
final class ScreenCommand implements Callable<Integer> {
    static final List<String> COLUMNS = ResultRow.COLUMNS;
    /** Rows screened between progress reports and order-keeping flushes. */
    private static final int BLOCK = 2000;

    enum Format { csv, json }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout.")
    Path output;

    @Mixin
    MatchOptions options;

    @Option(names = "--format", defaultValue = "csv", description = "csv or json (JSON lines, one object per result row).")
    Format format;

    private record Row(long line, String id, Query query) {}

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        MatchConfig config = options.config();
        CSVFormat headed = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        try (ListStore store = Home.openStore(err); MatchIndex index = options.openIndex(store, err);
                CsvRecords in = CsvRecords.open(ListInput.of(input), headed);
                Writer w = output == null ? spec.commandLine().getOut() : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            for (String column : PartyRows.REQUIRED) {
                if (!in.header().contains(column)) {
                    throw new Errors.UserException(input + ": the header has no column '" + column + "' (it has: "
                            + String.join(",", in.header()) + ")");
                }
            }
            ResultWriter out = format == Format.csv ? new CsvOut(w) : new JsonOut(w);
            long total = countRows();
            long started = System.nanoTime();
            long done = 0;
            long skipped = 0;
            List<Row> block = new ArrayList<>(BLOCK);
            for (CsvRecords.Row r = in.next(); ; r = in.next()) {
                if (r != null) {
                    Row row = row(r);
                    if (row == null) {
                        skipped++;
                        err.printf("%s:%d: skipped: the name is empty%n", input, r.line());
                    } else {
                        block.add(row);
                    }
                }
                if (block.size() == BLOCK || (r == null && !block.isEmpty())) {
                    List<List<ResultRow>> results = block.parallelStream()
                            .map(x -> ResultRow.of(x.id(), index.matchParties(x.query(), config, options.limit, options.datasets),
                                    index.groups(), config)).toList();
                    for (List<ResultRow> rows : results) {
                        out.write(rows);
                    }
                    done += block.size();
                    block.clear();
                    progress(err, done, total, started);
                }
                if (r == null) {
                    break;
                }
            }
            out.flush();
            err.printf("Screened %,d parties in %.1f s%s.%n", done, (System.nanoTime() - started) / 1e9,
                    skipped > 0 ? String.format(", skipped %,d with no name", skipped) : "");
        }
        return 0;
    }

    private Row row(CsvRecords.Row r) throws Errors.UserException {
        try {
            return PartyRows.query(r::get).map(q -> new Row(r.line(), r.get("id"), q)).orElse(null);
        } catch (BadFieldException e) {
            throw new Errors.UserException(input + ":" + r.line() + ": " + e.getMessage());
        }
    }

    private static void progress(PrintWriter err, long done, long total, long started) {
        double secs = (System.nanoTime() - started) / 1e9;
        double rate = done / Math.max(secs, 1e-9);
        err.printf("  %,d of %,d parties screened, %,.0f per second, about %.0f s left%n", done, total, rate,
                Math.max(0, total - done) / Math.max(rate, 1e-9));
        err.flush();
    }

    /** Data rows in the input, read once ahead so that progress can say how long is left. */
    private long countRows() throws Exception {
        CSVFormat headed = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        long n = 0;
        try (CsvRecords in = CsvRecords.open(ListInput.of(input), headed)) {
            while (in.next() != null) {
                n++;
            }
        }
        return n;
    }

    private interface ResultWriter {
        void write(List<ResultRow> rows) throws IOException;

        void flush() throws IOException;
    }

    private static final class CsvOut implements ResultWriter {
        private final CSVPrinter csv;

        CsvOut(Writer w) throws IOException {
            csv = new CSVPrinter(w, ResultRow.CSV);
            csv.printRecord(ResultRow.COLUMNS);
        }

        @Override
        public void write(List<ResultRow> rows) throws IOException {
            for (ResultRow row : rows) {
                csv.printRecord(row.values());
            }
        }

        @Override
        public void flush() throws IOException {
            csv.flush();
        }
    }

    private static final class JsonOut implements ResultWriter {
        private final Writer w;
        private final ObjectMapper json = new ObjectMapper();

        JsonOut(Writer w) {
            this.w = w;
            json.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        }

        @Override
        public void write(List<ResultRow> rows) throws IOException {
            for (ResultRow r : rows) {
                var o = json.createObjectNode();
                o.put("query_id", r.queryId()).put("rank", r.rank());
                if (r.scoreValue() == null) {
                    o.putNull("score");
                } else {
                    o.put("score", r.scoreValue());
                }
                o.put("match", r.match()).put("entity_id", r.entityId()).put("dataset", r.dataset())
                        .put("source_id", r.sourceId()).put("caption", r.caption()).put("schema", r.schema());
                var ex = o.putArray("explanation");
                r.features().forEach(f -> ex.addObject().put("feature", f.feature()).put("score", f.score()).put("detail", f.detail()));
                if (r.features().isEmpty() && !r.explanation().isEmpty()) {
                    o.put("link", r.explanation());
                }
                o.put("group_id", r.groupId());
                json.writeValue(w, o);
                w.write('\n');
            }
        }

        @Override
        public void flush() throws IOException {
            w.flush();
        }
    }
}
