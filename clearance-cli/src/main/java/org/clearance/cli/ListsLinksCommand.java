package org.clearance.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.clearance.match.MatchIndex;
import org.clearance.match.links.Link;
import org.clearance.match.links.LinkRule;
import org.clearance.match.links.PartyGroups;
import org.clearance.model.Entity;
import org.clearance.store.ListStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code clearance lists links [--dataset D]}: the parties the current lists' entries are linked into, as the
 * screening index was built: counts per pair of lists and rule, then each party with its listings and links.
 */
@Command(name = "links", mixinStandardHelpOptions = true,
        description = {"Show the entries of different lists linked as one party: counts per pair of lists and rule,",
                "then each party with its listings and the rule and evidence of each link."})
final class ListsLinksCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--dataset", paramLabel = "D", description = "Only the parties one of whose listings is in this dataset.")
    String dataset;

    @Option(names = "--counts", description = "Print the counts only, not each party.")
    boolean countsOnly;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ListStore store = Home.openStore(err); MatchIndex index = Home.openIndex(store, err)) {
            if (dataset != null && index.entities().stream().noneMatch(e -> e.dataset().equals(dataset))) {
                throw new Errors.UserException("no current list version of dataset '" + dataset + "' (see: clearance lists)");
            }
            PartyGroups groups = index.groups();
            Map<String, Map<LinkRule, Integer>> byPair = new TreeMap<>();
            for (Link l : groups.links()) {
                String a = dataset(index, l.left());
                String b = dataset(index, l.right());
                if (dataset == null || dataset.equals(a) || dataset.equals(b)) {
                    String pair = a.compareTo(b) <= 0 ? a + " + " + b : b + " + " + a;
                    byPair.computeIfAbsent(pair, k -> new EnumMap<>(LinkRule.class)).merge(l.rule(), 1, Integer::sum);
                }
            }
            Map<String, List<String>> shown = new TreeMap<>();
            groups.groups().forEach((id, members) -> {
                if (dataset == null || members.stream().anyMatch(m -> dataset.equals(dataset(index, m)))) {
                    shown.put(id, members);
                }
            });
            out.printf("%,d %s listed by more than one list%s (%,d listings), linked when the screening index was built.%n%n",
                    shown.size(), shown.size() == 1 ? "party" : "parties", dataset == null ? "" : ", " + dataset + " among them",
                    shown.values().stream().mapToInt(List::size).sum());
            Table t = new Table(header()).right(rangeFrom(1, LinkRule.values().length + 1));
            byPair.forEach((pair, rules) -> {
                Object[] row = new Object[LinkRule.values().length + 2];
                row[0] = pair;
                row[1] = String.format("%,d", rules.values().stream().mapToInt(Integer::intValue).sum());
                for (LinkRule r : LinkRule.values()) {
                    row[r.ordinal() + 2] = String.format("%,d", rules.getOrDefault(r, 0));
                }
                t.row(row);
            });
            t.print(out);
            out.println();
            for (LinkRule r : LinkRule.values()) {
                out.printf("  %-20s %s%n", r.id(), r.description());
            }
            if (!countsOnly) {
                for (var g : shown.entrySet()) {
                    out.println();
                    out.printf("%s%n", g.getKey());
                    for (String id : g.getValue()) {
                        Entity e = index.entity(id).orElseThrow();
                        out.printf("  %-16s %-32s  %s%n", e.dataset(), e.id(), e.caption());
                    }
                    for (Link l : groups.linksOf(g.getKey())) {
                        out.printf("  link %s: %s = %s: %s%n", l.rule().id(), l.left(), l.right(), l.evidence());
                    }
                }
            }
            out.flush();
        }
        return 0;
    }

    private static String[] header() {
        String[] h = new String[LinkRule.values().length + 2];
        h[0] = "LISTS";
        h[1] = "LINKS";
        for (LinkRule r : LinkRule.values()) {
            h[r.ordinal() + 2] = r.id().toUpperCase(java.util.Locale.ROOT);
        }
        return h;
    }

    private static int[] rangeFrom(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to).toArray();
    }

    private static String dataset(MatchIndex index, String entityId) {
        return index.entity(entityId).map(Entity::dataset).orElse("?");
    }
}
