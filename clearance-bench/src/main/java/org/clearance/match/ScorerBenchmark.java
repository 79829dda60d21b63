package org.clearance.match;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clearance.model.Entity;
import org.clearance.model.NameKind;
import org.clearance.model.Schema;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The scorer alone: one prepared query against one prepared list entry, as screening does for each
 * retrieved candidate. Pairs are the real names of {@code ../shared/eval/pairs-dev.csv} (OFAC names
 * with variants, Chinese, Uyghur and cross-script pairs), cycled through so that no branch is favoured.
 * Run: {@code java -jar clearance-bench/target/benchmarks.jar -p pairs=../shared/eval/pairs-dev.csv}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScorerBenchmark {
    @org.openjdk.jmh.annotations.Param("../shared/eval/pairs-dev.csv")
    public String pairs;

    private final List<Scorer.Prepared> queries = new ArrayList<>();
    private final List<Candidate> candidates = new ArrayList<>();
    private Scorer scorer;
    private int next;

    @Setup
    public void prepare() throws IOException {
        NamePreparer preparer = new NamePreparer(new TokenWeights(Map.of()));
        scorer = new Scorer(MatchConfig.DEFAULT);
        try (Reader r = Files.newBufferedReader(Path.of(pairs), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                Schema schema = Schema.ofFtm(row.get("schema")).orElse(Schema.LEGAL_ENTITY);
                Query q = Query.ofName(schema, row.get("name1"));
                queries.add(new Scorer.Prepared(q, List.of(preparer.prepare(row.get("name1"), NameKind.PRIMARY, schema)),
                        Set.of(), Set.of()));
                Entity e = Entity.builder("bench", Integer.toString(candidates.size()), schema)
                        .name(row.get("name2"), NameKind.PRIMARY).build();
                candidates.add(new Candidate(e, List.of(preparer.prepare(row.get("name2"), NameKind.PRIMARY, schema)),
                        Set.of(), Set.of()));
            }
        }
    }

    /** Scoring without the explanation, as for every retrieved candidate. */
    @Benchmark
    public double scorePair() {
        int i = next++ % queries.size();
        return scorer.score(queries.get(i), candidates.get(i), false).score();
    }

    /** Scoring with the explanation written, as for each reported result. */
    @Benchmark
    public MatchResult scoreAndExplainPair() {
        int i = next++ % queries.size();
        return scorer.score(queries.get(i), candidates.get(i), true);
    }
}
