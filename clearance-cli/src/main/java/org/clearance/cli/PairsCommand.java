package org.clearance.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.clearance.io.CsvRecords;
import org.clearance.io.ListInput;
import org.clearance.match.MatchConfig;
import org.clearance.match.MatchIndex;
import org.clearance.match.MatchResult;
import org.clearance.store.ListStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clearance pairs FILE}: score name pairs directly, for evaluation and tuning. */
@Command(name = "pairs", mixinStandardHelpOptions = true,
        description = {"Score name pairs, for evaluation and tuning.",
                "Input: a CSV with a header holding schema,name1,name2 (other columns kept).",
                "Output: the input rows with score and match added (and explanation, with --explain), in the same order."})
final class PairsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout.")
    Path output;

    @Option(names = "--explain", description = "Add an explanation column: the features behind each score, name pairs first.")
    boolean explain;

    @Mixin
    ScoringOptions scoring;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        MatchConfig config = scoring.config();
        CSVFormat headed = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (ListStore store = Home.openStore(err); MatchIndex index = Home.openIndex(store, err);
                CsvRecords in = CsvRecords.open(ListInput.of(input), headed);
                Writer w = output == null ? spec.commandLine().getOut() : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
                CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            for (String column : List.of("schema", "name1", "name2")) {
                if (!in.header().contains(column)) {
                    throw new Errors.UserException(input + ": the header has no column '" + column + "' (it has: "
                            + String.join(",", in.header()) + ")");
                }
            }
            List<String> header = new ArrayList<>(in.header());
            header.add("score");
            header.add("match");
            if (explain) {
                header.add("explanation");
            }
            out.printRecord(header);
            long rows = 0;
            for (CsvRecords.Row row = in.next(); row != null; row = in.next()) {
                MatchResult r = index.compare(Schemas.parse(row.get("schema")), row.get("name1"), row.get("name2"), config);
                List<String> values = new ArrayList<>(row.record().toList());
                values.add(String.format(Locale.ROOT, "%.4f", r.score()));
                values.add(Boolean.toString(r.match()));
                if (explain) {
                    values.add(r.describe());
                }
                out.printRecord(values);
                rows++;
            }
            out.flush();
            err.printf("Scored %,d pairs.%n", rows);
        }
        return 0;
    }
}
