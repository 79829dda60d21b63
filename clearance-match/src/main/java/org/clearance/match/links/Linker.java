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
        return joinInOrder(strongestFirst(found), datasetOf, Map.of(), kept);
    }

    private static List<Link> strongestFirst(List<Link> links) {
        return links.stream().sorted(Comparator.comparing(Link::rule).thenComparing(Link::left).thenComparing(Link::right)).toList();
    }

    /**
     * Joins the links in the order given, refusing one that would put two entries of one list, or the two entries
     * of a split pair ({@code splits}: each entry's split partners), in one group; returns how many were refused.
     */
    private static int joinInOrder(List<Link> ordered, Map<String, String> datasetOf, Map<String, Set<String>> splits,
            List<Link> kept) {
        Map<String, Set<String>> groupOf = new HashMap<>();
        int dropped = 0;
        for (Link l : ordered) {
            Set<String> a = groupOf.computeIfAbsent(l.left(), k -> new HashSet<>(Set.of(k)));
            Set<String> b = groupOf.computeIfAbsent(l.right(), k -> new HashSet<>(Set.of(k)));
            if (a == b) {
                kept.add(l);
                continue;
            }
            Set<String> listsOfA = new HashSet<>();
            a.forEach(id -> listsOfA.add(datasetOf.get(id)));
            if (b.stream().map(datasetOf::get).anyMatch(listsOfA::contains)
                    || a.stream().anyMatch(id -> splits.getOrDefault(id, Set.of()).stream().anyMatch(b::contains))) {
                dropped++;
                continue;
            }
            a.addAll(b);
            b.forEach(id -> groupOf.put(id, a));
            kept.add(l);
        }
        return dropped;
    }

    /**
     * What the analysts' decisions made of the rules' groups: the groups, and the decisions that could not act, kept
     * for a person to look at.
     *
     * @param entriesGone decisions naming an entry the index no longer holds (delisted, or its list not loaded)
     * @param refused     confirmations that would join two entries of one list, or a pair another decision split
     */
    public record Decided(PartyGroups groups, List<LinkDecision> entriesGone, List<LinkDecision> refused) {}

    /**
     * Applies the analysts' decisions after the rules: confirmed pairs are linked first, the latest decision first
     * where two contradict (rule {@link LinkRule#ANALYST_CONFIRMED}), then the rules' links are joined again strongest first, refusing any that
     * would group a split pair, as a link joining two entries of one list is refused. So a split pair is never
     * grouped again, however the rules link them after a list update, and a confirmed pair stays one party while
     * both entries are listed. Only the rules' kept links are joined again: one the rules dropped for joining two
     * entries of one list stays dropped after a split.
     *
     * @param ruled     the groups the rules made ({@link PartyGroups#read} of the index folder)
     * @param decisions the decisions in effect, one per pair
     * @param datasetOf each entry's dataset, for every entry of the index
     */
    public static Decided decide(PartyGroups ruled, List<LinkDecision> decisions, Map<String, String> datasetOf) {
        List<Link> confirmed = new ArrayList<>();
        Map<String, Set<String>> splits = new HashMap<>();
        List<LinkDecision> gone = new ArrayList<>();
        List<LinkDecision> confirms = new ArrayList<>();
        for (LinkDecision d : decisions.stream().sorted(Comparator.comparing(LinkDecision::id).reversed()).toList()) {
            if (!datasetOf.containsKey(d.left()) || !datasetOf.containsKey(d.right())) {
                gone.add(d);
            } else if (d.kind() == LinkDecision.Kind.SPLIT) {
                splits.computeIfAbsent(d.left(), k -> new HashSet<>()).add(d.right());
                splits.computeIfAbsent(d.right(), k -> new HashSet<>()).add(d.left());
            } else {
                confirms.add(d);
                confirmed.add(new Link(d.left(), d.right(), LinkRule.ANALYST_CONFIRMED, "decision " + d.id()));
            }
        }
        // a rule's link on a confirmed pair is kept beside the confirmation: the evidence stays to be seen
        List<Link> ordered = new ArrayList<>(confirmed);
        ordered.addAll(strongestFirst(ruled.links()));
        List<Link> kept = new ArrayList<>();
        joinInOrder(ordered, datasetOf, splits, kept);
        Set<String> keptConfirmed = new HashSet<>();
        kept.stream().filter(l -> l.rule() == LinkRule.ANALYST_CONFIRMED).forEach(l -> keptConfirmed.add(l.left() + "\t" + l.right()));
        List<LinkDecision> refused = confirms.stream().filter(d -> !keptConfirmed.contains(d.left() + "\t" + d.right())).toList();
        return new Decided(PartyGroups.of(kept), List.copyOf(gone), refused);
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
