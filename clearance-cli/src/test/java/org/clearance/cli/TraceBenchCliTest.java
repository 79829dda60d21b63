package org.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench trace} as a user runs it: figures printed, the chain written for {@code trace}. No timings are asserted. */
class TraceBenchCliTest {

    static Cli.Run run(String... args) {
        return Cli.run(Cli.readOnlyHome(), args);
    }

    @AfterAll
    static void restore() {
        System.clearProperty("clearance.home");
    }

    @Test
    void benchTracePrintsItsFiguresAndWritesAChainThatTraceReads(@TempDir Path tmp) throws Exception {
        Path chain = tmp.resolve("chain.json");
        Cli.Run r = run("bench", "trace", "--links", "300", "--rounds", "2", "--seed", "5", "--write", chain.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("Synthetic chain \\(seed 5\\): [\\d,]+ parties, 300 links, [\\d,]+ distinct party names; "
                + "\\d+ list entries planted, [\\d,]+ Xinjiang addresses; written to .*chain\\.json")
                .contains("Findings: uflpa listed ", "sanctions listed ", "xinjiang location ", "high priority sector ")
                .containsPattern("Planted list entries found by screening: \\d+ of \\d+")
                .contains("PHASE (2 rounds, ", "MEDIAN s", "ROUND 1", "ROUND 2")
                .contains("read chain (JSON)", "screen parties against the lists", "Xinjiang places in addresses",
                        "high-priority sectors", "propagation and paths to risk", "evidence and exposure", "total: read, trace, assessment",
                        "CPU time of the total")
                .contains("Peak heap: ");
        assertThat(r.err()).contains("Round 1 of 2", "Round 2 of 2");

        Cli.Run traced = run("trace", chain.toString());
        assertThat(traced.code()).as(traced.err()).isZero();
        assertThat(traced.out()).contains("Synthetic sourcing of 300 links (seed 5)").contains("uflpa listed");
    }

    @Test
    void tooFewLinksIsABadInputNamingTheLeast() {
        Cli.Run r = run("bench", "trace", "--links", "10");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--links must be at least 100");
        assertThat(run("bench", "nothing").err()).contains("available: lists, screen, trace");
    }
}
