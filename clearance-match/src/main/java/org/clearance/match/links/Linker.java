package org.clearance.match.links;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.clearance.match.MatchConfig;
import org.clearance.match.MatchIndex;
import org.clearance.match.NameAlignment;
import org.clearance.match.Query;
import org.clearance.model.Entity;
import org.clearance.model.Name;
import org.clearance.model.NameKind;
import org.clearance.model.Schema;

/**
 * Links the entries of a screening index's lists into parties, when the index is built. Pairs come from three
 * blocks, as OpenSanctions' cross-referencing finds candidates before judging them: entries sharing a strong
 * identifier, entries citing the same UN reference, and for each entry the index's own retrieval of near-identical
 * names in the larger lists (each pair is looked for once, from its smaller list's side). Each pair is judged by
 * {@link LinkRules}; the links are then joined into groups strongest rule first, and a link that would put two
 * entries of one list into one group is dropped, as OpenSanctions' resolver refuses to merge two entities of one
 * dataset: a list does not list one party twice, so such a chain joins two parties.
 */
public final class Linker {
    /**
     * An identifier value shared by more entries than this is a placeholder or a shared registry number, not
     * one party's: its block is not paired.
     */
    static final int MAX_BLOCK = 20;
    /** Candidates retrieved per entry for its names: near-identical names rank first, and one list repeats an entry rarely. */
    private static final int NAME_CANDIDATES = 20;

    private Linker() {}

    /** What linking found: the links kept and how many were dropped for joining two entries of one list. */
    public record Outcome(PartyGroups groups, int pairsJudged, int dropped) {}

    /** Links the index's entries and writes the links into its folder beside it (see {@link PartyGroups#FILE}). */
    public static Outcome linkInto(Path indexDir) throws IOException {
        try (MatchIndex index = MatchIndex.open(indexDir)) {
            Outcome o = link(index);
            o.groups().write(indexDir);
            return o;
        }
    }

    /** Links the entries of an index. */
    public static Outcome link(MatchIndex index) {
        List<Entity> entities = index.entities();
        Map<String, Integer> size = new HashMap<>();
        entities.forEach(e -> size.merge(e.dataset(), 1, Integer::sum));
        // larger lists first: each entry looks for its names only in lists larger than its own
        List<String> bySize = size.keySet().stream()
                .sorted(Comparator.comparing((String d) -> -size.get(d)).thenComparing(d -> d)).toList();
        Map<String, Set<String>> largerLists = new HashMap<>();
        bySize.forEach(d -> largerLists.put(d, Set.copyOf(bySize.subList(0, bySize.indexOf(d)))));
        Set<Long> pairs = ConcurrentHashMap.newKeySet();
        blockPairs(entities, LinkRules::identifierKeys, pairs);
        blockPairs(entities, LinkRules::unReferences, pairs);
        Map<String, Integer> ords = new HashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            ords.put(entities.get(i).id(), i);
        }
        // near-identical names are among the first few candidates retrieved, and only pairs that a name rule could
        // link are scored: scoring fifty candidates of every entry was the cost of six thousand screenings
        MatchConfig config = MatchConfig.DEFAULT.with(Map.of(MatchConfig.CANDIDATES.name(), String.valueOf(NAME_CANDIDATES)));
        LinkRules.Profile[] profiles = entities.parallelStream().map(LinkRules.Profile::of).toArray(LinkRules.Profile[]::new);
        IntStream.range(0, entities.size()).parallel().forEach(i -> {
            Entity e = entities.get(i);
            Set<String> larger = largerLists.get(e.dataset());
            LinkRules.Profile p = profiles[i];
            // only a person with a birth year, or another party with a country or a long name, can link by name
            boolean nameCanLink = e.schema() == Schema.PERSON ? !p.years().isEmpty() : !p.countries().isEmpty() || !p.longNames().isEmpty();
            Query q = queryOf(e);
            if (larger.isEmpty() || q == null || !nameCanLink) {
                return;
            }
            for (Entity other : index.candidates(q, config, larger)) {
                int j = ords.get(other.id());
                if (LinkRules.mayLinkByName(profiles[i], profiles[j])) {
                    pairs.add(pair(i, j));
                }
            }
        });
        LinkRules.NameScore names = (a, b) -> Math.min(nameScore(index, a, b), nameScore(index, b, a));
        List<Link> found = pairs.parallelStream()
                .map(p -> LinkRules.judge(entities.get((int) (p >>> 32)), entities.get((int) (long) p), names))
                .filter(LinkRules.Verdict::linked).map(LinkRules.Verdict::link).toList();
        Map<String, String> datasetOf = new HashMap<>();
        entities.forEach(e -> datasetOf.put(e.id(), e.dataset()));
        List<Link> kept = new ArrayList<>();
        int dropped = join(found, datasetOf, kept);
        return new Outcome(PartyGroups.of(kept), pairs.size(), dropped);
    }

    /**
     * Keeps the links that join no two entries of one list, strongest rule first, then by their ends so that
     * the outcome does not depend on the order pairs were found in; returns how many were dropped.
     */
    private static int join(List<Link> found, Map<String, String> datasetOf, List<Link> kept) {
        Map<String, Set<String>> groupOf = new HashMap<>();
        int dropped = 0;
        for (Link l : found.stream().sorted(Comparator.comparing(Link::rule).thenComparing(Link::left)
                .thenComparing(Link::right)).toList()) {
            Set<String> a = groupOf.computeIfAbsent(l.left(), k -> new HashSet<>(Set.of(k)));
            Set<String> b = groupOf.computeIfAbsent(l.right(), k -> new HashSet<>(Set.of(k)));
            if (a == b) {
                kept.add(l);
                continue;
            }
            Set<String> listsOfA = new HashSet<>();
            a.forEach(id -> listsOfA.add(datasetOf.get(id)));
            if (b.stream().map(datasetOf::get).anyMatch(listsOfA::contains)) {
                dropped++;
                continue;
            }
            a.addAll(b);
            b.forEach(id -> groupOf.put(id, a));
            kept.add(l);
        }
        return dropped;
    }

    /** Adds every pair of entries of different lists that share a key, for keys shared by at most {@link #MAX_BLOCK}. */
    private static void blockPairs(List<Entity> entities, java.util.function.Function<Entity, Set<String>> keys, Set<Long> pairs) {
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            for (String k : keys.apply(entities.get(i))) {
                blocks.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> block : blocks.values()) {
            if (block.size() < 2 || block.size() > MAX_BLOCK) {
                continue;
            }
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    int a = block.get(x);
                    int b = block.get(y);
                    if (!entities.get(a).dataset().equals(entities.get(b).dataset())) {
                        pairs.add(pair(a, b));
                    }
                }
            }
        }
    }

    /** One number for an unordered pair of positions. */
    private static long pair(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    /** The entry's names as a screening query, weak aliases left out (they never link); null when none is left. */
    static Query queryOf(Entity e) {
        Set<String> names = new LinkedHashSet<>();
        for (Name n : e.names()) {
            if (n.kind() != NameKind.WEAK_ALIAS) {
                names.add(n.full());
            }
        }
        return names.isEmpty() ? null : new Query(e.schema(), List.copyOf(names), List.of(), List.of(), List.of(), null);
    }

    /** How well {@code a}'s names, screened, meet {@code b}'s, as a screening would pair them. */
    private static double nameScore(MatchIndex index, Entity a, Entity b) {
        Query q = queryOf(a);
        if (q == null) {
            return 0;
        }
        return index.nameAlignment(q, b, MatchConfig.DEFAULT).map(NameAlignment::score).orElse(0.0);
    }

}
