package org.clearance.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import org.clearance.io.Folders;
import org.clearance.match.MatchConfig;
import org.clearance.match.MatchIndex;
import org.clearance.match.MonitoredParty;
import org.clearance.match.PartyHit;
import org.clearance.match.PartyIndex;
import org.clearance.match.Query;
import org.clearance.match.ReverseScreen;
import org.clearance.model.Entity;
import org.clearance.model.Schema;
import org.clearance.store.ListDiff;
import org.clearance.store.ListStore;
import org.clearance.store.VersionInfo;
import org.clearance.supplychain.Party;
import org.clearance.supplychain.synthetic.ChainGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code clearance bench monitor}: re-screening many stored parties after a list update, the way
 * monitoring does it ({@link ReverseScreen}), against the real change between the two stored versions
 * of OFAC's SDN list (2024-04-26 and 2024-05-03 in the bundled snapshot), beside what screening every
 * party afresh would cost. Parties are synthetic suppliers ({@link ChainGenerator}) with one in ten named
 * like a list entry, a few of them like the entries that changed, so that there are hits to find.
 */
@Command(name = "monitor", mixinStandardHelpOptions = true,
        description = "Re-screening stored parties after a list update (OFAC SDN, one week).")
final class MonitorBench implements Callable<Integer> {
    /** Fixed seed: the same parties on every run, so figures compare. */
    private static final long SEED = 20261128L;
    private static final String DATASET = "us_ofac_sdn";
    /** One party in this many is named like a list entry. */
    private static final int LISTED_EVERY = 10;
    /** Parties screened forwards to estimate a full re-screen: enough for a stable rate, far fewer than all. */
    private static final int FORWARD_SAMPLE = 5000;
    /** Parties added between two monitoring runs, to time an incremental update of the party index. */
    private static final int ADDED_BETWEEN_RUNS = 1000;

    @Spec
    CommandSpec spec;

    @Option(names = "--parties", paramLabel = "N", defaultValue = "100000", description = "Stored parties re-screened (default ${DEFAULT-VALUE}).")
    int count;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = Files.createTempDirectory("clearance-bench-monitor");
        try (ListStore store = Home.openStore(err); MatchIndex lists = Home.openIndex(store, err)) {
            List<VersionInfo> versions = store.versions(DATASET);
            if (versions.size() < 2) {
                throw new Errors.UserException(DATASET + " has " + versions.size() + " stored version(s); the bench needs two");
            }
            ListDiff diff = store.diff(versions.get(1), versions.get(0));
            List<String> changed = new ArrayList<>();
            diff.added().forEach(e -> changed.add(e.entityId()));
            diff.changed().forEach(e -> changed.add(e.entityId()));
            List<MonitoredParty> parties = parties(lists, Set.copyOf(changed));
            List<MonitoredParty> later = parties.subList(0, parties.size() - ADDED_BETWEEN_RUNS);

            long t0 = System.nanoTime();
            long cpu0 = JvmFigures.processCpuNanos();
            try (PartyIndex index = PartyIndex.open(dir, later)) {
                out.printf("Parties: %,d (one in %d named like a list entry)%n", parties.size(), LISTED_EVERY);
                out.printf("Party index, first build of %,d parties (%d segments, all cores): %.2f s (CPU %.2f s)%n", later.size(),
                        index.segmentCount(), secs(t0), (JvmFigures.processCpuNanos() - cpu0) / 1e9);
            }
            t0 = System.nanoTime();
            cpu0 = JvmFigures.processCpuNanos();
            try (PartyIndex index = PartyIndex.open(dir, parties)) {
                out.printf("Party index, reopened with %,d parties added since: %.2f s (CPU %.2f s)%n", index.indexedNow(), secs(t0),
                        (JvmFigures.processCpuNanos() - cpu0) / 1e9);
            }
            t0 = System.nanoTime();
            cpu0 = JvmFigures.processCpuNanos();
            try (PartyIndex index = PartyIndex.open(dir, parties)) {
                double open = secs(t0);
                out.printf("Party index, reopened unchanged: %.2f s (CPU %.2f s)%n", open, (JvmFigures.processCpuNanos() - cpu0) / 1e9);
                ReverseScreen reverse = new ReverseScreen(lists, index, MatchConfig.DEFAULT);
                reverse.screen(changed, Set.of()); // warm-up: the first call also pays class loading and JIT
                t0 = System.nanoTime();
                cpu0 = JvmFigures.processCpuNanos();
                List<PartyHit> hits = new ReverseScreen(lists, index, MatchConfig.DEFAULT).screen(changed, Set.of());
                double screen = secs(t0);
                double cpu = (JvmFigures.processCpuNanos() - cpu0) / 1e9;
                out.printf("%s %s -> %s: %d added, %d changed, %d removed%n", DATASET, diff.from().publicationDate(),
                        diff.to().publicationDate(), diff.added().size(), diff.changed().size(), diff.removed().size());
                out.printf("Re-screening %,d parties against the %d added and changed entries: %.2f s (CPU %.2f s, all threads), "
                        + "%d hits; with the unchanged reopen: %.2f s%n", parties.size(), changed.size(), screen, cpu, hits.size(), screen + open);
            }
            t0 = System.nanoTime();
            cpu0 = JvmFigures.processCpuNanos();
            List<MonitoredParty> sample = parties.subList(0, Math.min(FORWARD_SAMPLE, parties.size()));
            sample.parallelStream().forEach(p -> lists.match(p.query(), MatchConfig.DEFAULT, 5, Set.of()));
            double forward = secs(t0);
            double cpu = (JvmFigures.processCpuNanos() - cpu0) / 1e9;
            out.printf("Screening every party afresh instead, on %d cores: %,.0f parties/s, so %.0f s for all %,d "
                    + "(CPU %.0f s; measured on %,d)%n", JvmFigures.cores(), sample.size() / forward,
                    forward * parties.size() / sample.size(), parties.size(), cpu * parties.size() / sample.size(), sample.size());
        } finally {
            Folders.delete(dir);
        }
        return 0;
    }

    /** Suppliers of a synthetic chain, every tenth replaced by a list entry's name, some of those a changed entry's. */
    private List<MonitoredParty> parties(MatchIndex lists, Set<String> changed) {
        Random random = new Random(SEED);
        List<Entity> entries = lists.entities();
        List<Entity> changedEntries = entries.stream().filter(e -> changed.contains(e.id())).toList();
        // a chain's parties number about 70 % of its links; ask for enough and take the first `count`
        List<Party> suppliers = new ArrayList<>(ChainGenerator.generate(Math.max(ChainGenerator.MIN_LINKS, count * 3 / 2), SEED,
                List.of()).chain().parties().values());
        List<MonitoredParty> ordered = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = "party-" + (i + 1);
            Query q;
            if (i % LISTED_EVERY == 0) {
                List<Entity> from = !changedEntries.isEmpty() && random.nextInt(LISTED_EVERY) == 0 ? changedEntries : entries;
                q = ScreenBench.perturbed(from.get(random.nextInt(from.size())), random);
            } else {
                Party p = suppliers.get(i % suppliers.size());
                q = new Query(Schema.COMPANY, List.of(p.name()), List.of(), p.country() == null ? List.of() : List.of(p.country()),
                        List.of(), null);
            }
            ordered.add(new MonitoredParty(id, q));
        }
        return ordered;
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
