package org.clearance.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clearance.io.DateText;
import org.clearance.io.ListInput;
import org.clearance.lists.ListFormats;
import org.clearance.model.Entity;
import org.clearance.model.Name;
import org.clearance.model.PartialDate;
import org.clearance.model.Schema;
import org.clearance.supplychain.Party;
import org.clearance.supplychain.synthetic.ChainGenerator;
import org.clearance.testing.ListsIndex;
import org.clearance.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Monitoring screens parties the other way round; these tests hold it to the same answers as screening
 * each party forwards, on the real change between two OFAC SDN versions (2024-04-26 to 2024-05-03, the
 * second being the one in the shared list index) and parties named from the evaluation files, the
 * entries themselves and synthetic suppliers.
 */
class ReverseScreenTest {
    private static final long SEED = 20261128L;
    private static MatchIndex lists;
    /** OFAC entries added or changed in the newer version. */
    private static List<String> changed;
    private static List<MonitoredParty> parties;

    @BeforeAll
    static void setUp() throws Exception {
        lists = ListsIndex.get();
        Map<String, Entity> older = new HashMap<>();
        ListInput old = ListInput.of(SharedData.path("lists/ofac/history/sdn-2024-04-26.csv.gz"));
        ListFormats.detect(old).parse(old, "us_ofac_sdn", e -> older.put(e.id(), e));
        List<Entity> newer = ListsIndex.entities().stream().filter(e -> e.dataset().equals("us_ofac_sdn")).toList();
        changed = newer.stream().filter(e -> !e.equals(older.get(e.id()))).map(Entity::id).toList();
        parties = parties(newer.stream().filter(e -> changed.contains(e.id())).toList());
    }

    /**
     * Real names: the evaluation's 3,000 people on no list and 400 noisy SDN queries, 2,000 synthetic
     * suppliers, and each changed entry's primary name and one alias in another word order, a third of
     * them with a letter changed (as screening benchmarks perturb names).
     */
    private static List<MonitoredParty> parties(List<Entity> changedEntries) throws IOException {
        List<MonitoredParty> out = new ArrayList<>();
        for (CSVRecord r : csv("screen-dev-negatives.csv")) {
            out.add(new MonitoredParty("neg-" + r.getRecordNumber(), new Query(Schema.PERSON, List.of(r.get("full_name")),
                    List.of(PartialDate.parseIso(r.get("date_of_birth"))), List.of(r.get("nationality")), List.of(), null)));
        }
        for (CSVRecord r : csv("screen-dev-positives.csv")) {
            PartialDate born = DateText.parse(r.get("date_of_birth"), true); // null for the rows without one
            out.add(new MonitoredParty("pos-" + r.getRecordNumber(), new Query(Schema.PERSON, List.of(r.get("full_name")),
                    born == null ? List.of() : List.of(born), List.of(), List.of(), null)));
        }
        for (Party p : ChainGenerator.generate(3000, SEED, List.of()).chain().parties().values()) {
            out.add(new MonitoredParty("supplier-" + p.id(), new Query(Schema.COMPANY, List.of(p.name()), List.of(),
                    p.country() == null ? List.of() : List.of(p.country()), List.of(), null)));
        }
        Random random = new Random(SEED);
        for (Entity e : changedEntries) {
            for (int i = 0; i < Math.min(2, e.names().size()); i++) {
                out.add(new MonitoredParty("like-" + e.id() + "-" + i, Query.ofName(Schema.LEGAL_ENTITY, perturbed(e.names().get(i), random))));
            }
        }
        return out;
    }

    static String perturbed(Name n, Random random) {
        List<String> words = new ArrayList<>(Arrays.asList(n.full().split("[\\s,]+")));
        Collections.rotate(words, 1);
        String q = String.join(" ", words);
        if (random.nextInt(3) == 0 && q.length() > 4) {
            int at = 1 + random.nextInt(q.length() - 2);
            q = q.substring(0, at) + (char) ('a' + random.nextInt(26)) + q.substring(at + 1);
        }
        return q;
    }

    private static List<CSVRecord> csv(String file) throws IOException {
        Path p = Path.of(System.getProperty("clearance.shared"), "eval", file);
        try (Reader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }

    /** Every (party, entry) match that screening each party forwards finds among the changed entries. */
    private static Map<String, MatchResult> forward(MatchConfig config) {
        Set<String> wanted = Set.copyOf(changed);
        Map<String, MatchResult> out = new java.util.concurrent.ConcurrentHashMap<>();
        parties.parallelStream().forEach(p -> {
            for (MatchResult r : lists.match(p.query(), config, Integer.MAX_VALUE, Set.of())) {
                if (r.match() && wanted.contains(r.entity().id())) {
                    out.put(p.id() + " -> " + r.entity().id(), r);
                }
            }
        });
        return out;
    }

    private static Map<String, MatchResult> reverse(PartyIndex index) {
        Map<String, MatchResult> out = new HashMap<>();
        for (PartyHit h : new ReverseScreen(lists, index, MatchConfig.DEFAULT).screen(changed, Set.of())) {
            assertThat(out.put(h.partyId() + " -> " + h.result().entity().id(), h.result())).as("pairs are reported once").isNull();
        }
        return out;
    }

    @Test
    void findsTheSamePairsAsScreeningEachPartyWithTheSameScoresAndExplanations(@TempDir Path dir) throws Exception {
        assertThat(changed).as("entries added or changed in a week of OFAC SDN").hasSizeGreaterThan(100);
        Map<String, MatchResult> forward = forward(MatchConfig.DEFAULT);
        Map<String, MatchResult> reverse;
        try (PartyIndex index = PartyIndex.open(dir, parties)) {
            reverse = reverse(index);
        }
        // Reverse retrieval searches with the entry's index terms (every trigram, acronyms), a superset of what a
        // party's query searches with, so it may find a few true matches that forward screening never retrieves:
        // 'NISANOV, God Semenovich' scores 0.85 against the alias 'NGS' by initials, but a query carries no
        // acronym term. Those few are matches by the same scorer; none forward finds may be missing.
        Set<String> extra = new TreeSet<>(reverse.keySet());
        extra.removeAll(forward.keySet());
        assertThat(extra.size()).as("pairs only the reverse search retrieves: %s", extra).isLessThanOrEqualTo(forward.size() / 20);
        assertThat(extra).allMatch(k -> reverse.get(k).match());
        assertThat(reverse.keySet()).containsAll(forward.keySet());
        assertThat(forward).as("enough pairs to compare").hasSizeGreaterThan(100);
        for (var e : forward.entrySet()) {
            MatchResult r = reverse.get(e.getKey());
            assertThat(r.score()).as(e.getKey()).isEqualTo(e.getValue().score());
            assertThat(r.describe()).as(e.getKey()).isEqualTo(e.getValue().describe());
        }
    }

    @Test
    void reopeningIndexesOnlyPartiesAddedOrChangedAndForgetsRemovedOnes(@TempDir Path dir) throws Exception {
        List<MonitoredParty> some = parties.subList(0, 1000);
        try (PartyIndex first = PartyIndex.open(dir, some)) {
            assertThat(first.indexedNow()).isEqualTo(1000);
        }
        try (PartyIndex same = PartyIndex.open(dir, some)) {
            assertThat(same.indexedNow()).isZero();
        }
        // the first party renamed after an entry that a week of OFAC changes added, one party dropped
        Entity listed = lists.entities().get(lists.ordOf(changed.get(0)));
        List<MonitoredParty> next = new ArrayList<>(some.subList(2, some.size()));
        next.add(new MonitoredParty(some.get(0).id(), Query.ofName(Schema.LEGAL_ENTITY, listed.caption())));
        try (PartyIndex updated = PartyIndex.open(dir, next)) {
            assertThat(updated.indexedNow()).isEqualTo(1);
            assertThat(updated.segmentCount()).isEqualTo(2);
            List<PartyHit> hits = new ReverseScreen(lists, updated, MatchConfig.DEFAULT).screen(List.of(listed.id()), Set.of());
            assertThat(hits).extracting(PartyHit::partyId).contains(some.get(0).id()).doesNotContain(some.get(1).id());
        }
    }

    @Test
    void twoUpdatesAtOnceTakeTurnsAndBothSeeEveryParty(@TempDir Path dir) throws Exception {
        // as two imports at once would: each adds its own new parties to the same folder
        try (PartyIndex base = PartyIndex.open(dir, parties.subList(0, 500))) {
            assertThat(base.indexedNow()).isEqualTo(500);
        }
        List<MonitoredParty> a = parties.subList(0, 800);
        List<MonitoredParty> b = new ArrayList<>(parties.subList(0, 500));
        b.addAll(parties.subList(800, 1100));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            var fa = pool.submit(() -> {
                start.await();
                try (PartyIndex i = PartyIndex.open(dir, a)) {
                    return i.segmentCount();
                }
            });
            var fb = pool.submit(() -> {
                start.await();
                try (PartyIndex i = PartyIndex.open(dir, b)) {
                    return i.segmentCount();
                }
            });
            start.countDown();
            assertThat(fa.get()).isPositive();
            assertThat(fb.get()).isPositive();
        } finally {
            pool.shutdown();
        }
        List<MonitoredParty> all = parties.subList(0, 1100);
        try (PartyIndex after = PartyIndex.open(dir, all)) {
            assertThat(after.indexedNow()).as("both updates' segments are in place").isZero();
        }
    }

    @Test
    void entriesOfDatasetsNotScreenedAreSkippedAndUnknownEntriesRefused(@TempDir Path dir) throws Exception {
        Entity listed = lists.entities().get(lists.ordOf(changed.get(0)));
        List<MonitoredParty> named = List.of(new MonitoredParty("p1", Query.ofName(Schema.LEGAL_ENTITY, listed.caption())));
        try (PartyIndex index = PartyIndex.open(dir, named)) {
            ReverseScreen screen = new ReverseScreen(lists, index, MatchConfig.DEFAULT);
            assertThat(screen.screen(List.of(listed.id()), Set.of())).extracting(PartyHit::partyId).containsExactly("p1");
            assertThat(screen.screen(List.of(listed.id()), Set.of("us_dhs_uflpa"))).isEmpty();
            assertThatThrownBy(() -> screen.screen(List.of("us_ofac_sdn-no-such-entry"), Set.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("us_ofac_sdn-no-such-entry");
        }
    }
}
