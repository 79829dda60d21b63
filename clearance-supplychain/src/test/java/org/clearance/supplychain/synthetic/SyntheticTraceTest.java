package org.clearance.supplychain.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.clearance.io.ListInput;
import org.clearance.io.Sniff;
import org.clearance.lists.ListFormat;
import org.clearance.lists.ListFormats;
import org.clearance.match.MatchConfig;
import org.clearance.match.MatchIndex;
import org.clearance.model.Entity;
import org.clearance.supplychain.Finding;
import org.clearance.supplychain.ListScreen;
import org.clearance.supplychain.Party;
import org.clearance.supplychain.Tracer;
import org.clearance.testing.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated chain traced against an index of the real UFLPA and UN lists. */
class SyntheticTraceTest {
    @TempDir
    static Path dir;
    private static MatchIndex index;
    private static final List<Entity> listed = new ArrayList<>();
    private static ChainGenerator.Generated generated;
    private static Tracer.Trace parallel;

    @BeforeAll
    static void traceAGeneratedChain() throws Exception {
        for (String f : List.of("uflpa/uflpa_entity_list.csv", "lists/un/consolidated.xml")) {
            ListInput in = ListInput.of(SharedData.path(f));
            ListFormat format = ListFormats.detect(in);
            format.parse(in, format.defaultDataset(Sniff.of(in)), listed::add);
        }
        MatchIndex.build(listed, dir.resolve("index"));
        index = MatchIndex.open(dir.resolve("index"));
        // UFLPA entries and UN-listed organisations alike (the generator leaves out people)
        generated = ChainGenerator.generate(2000, 11, listed);
        parallel = new Tracer(new ListScreen(index, MatchConfig.DEFAULT)).trace(generated.chain());
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void everyPlantedListEntryIsFoundAtItsParty() {
        assertThat(generated.planted()).hasSizeGreaterThanOrEqualTo(ChainGenerator.MIN_PLANTED);
        assertThat(generated.planted().values()).anyMatch(id -> id.startsWith(ListScreen.UFLPA_DATASET))
                .anyMatch(id -> !id.startsWith(ListScreen.UFLPA_DATASET));
        generated.planted().forEach((party, entity) -> assertThat(parallel.findings())
                .as("%s carries the name of %s", party, entity)
                .anyMatch(f -> f.partyId().equals(party) && f.reference().equals(entity) && f.kind() == (entity.startsWith(
                        ListScreen.UFLPA_DATASET) ? Finding.Kind.UFLPA_LISTED : Finding.Kind.SANCTIONS_LISTED)));
    }

    @Test
    void everyXinjiangAddressIsFoundAndTheRiskReachesTheImporters() {
        assertThat(generated.xinjiang()).isNotEmpty().allMatch(party -> parallel.findings().stream()
                .anyMatch(f -> f.partyId().equals(party) && f.kind() == Finding.Kind.XINJIANG_LOCATION));
        assertThat(parallel.warnings()).isEmpty();
        assertThat(parallel.pathsToRisk().values()).anyMatch(paths -> !paths.isEmpty());
    }

    @Test
    void screeningInParallelGivesTheSameFindingsInTheSameOrderAsOneByOne() {
        ListScreen screen = new ListScreen(index, MatchConfig.DEFAULT);
        // a lambda does not declare itself concurrent, so the tracer screens party by party
        Tracer.PartyScreen oneByOne = screen::screen;
        assertThat(oneByOne.concurrent()).isFalse();
        assertThat(screen.concurrent()).isTrue();
        Tracer.Trace sequential = new Tracer(oneByOne).trace(generated.chain());
        assertThat(parallel.findings()).isEqualTo(sequential.findings());
        assertThat(parallel.pathsToRisk()).isEqualTo(sequential.pathsToRisk());
    }

    @Test
    void aConcurrentScreenIsCalledFromSeveralThreads() {
        assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "one core: nothing to run in parallel");
        ListScreen screen = new ListScreen(index, MatchConfig.DEFAULT);
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        Tracer.PartyScreen watched = new Tracer.PartyScreen() {
            @Override
            public List<Finding> screen(Party party) {
                threads.add(Thread.currentThread());
                return screen.screen(party);
            }

            @Override
            public boolean concurrent() {
                return true;
            }
        };
        new Tracer(watched).trace(generated.chain());
        assertThat(threads).hasSizeGreaterThan(1);
    }
}
