package org.clearance.match;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.clearance.match.links.LinkDecision;
import org.clearance.match.links.Linker;
import org.clearance.match.links.PartyGroups;
import org.clearance.match.links.PartyMatch;
import org.clearance.model.Entity;
import org.clearance.model.Name;
import org.clearance.model.NameKind;
import org.clearance.model.Schema;

/**
 * The screening index of one set of list versions, in one folder that can be copied to another process (a Spark
 * executor, a second server) and opened read-only there ({@link IndexFiles}). A screening retrieves candidates
 * ({@link Retrieval}), prepares them and the query alike ({@link Preparation}), scores them ({@link Scorer}) and
 * gathers the entries into the parties they are linked into ({@link PartyGroups}). Once open, a {@link MatchIndex}
 * is immutable and safe to share between threads.
 */
public final class MatchIndex implements AutoCloseable {
    /**
     * Changes whenever what an index holds changes (terms, preparation), so that indexes written by an
     * older Clearance are rebuilt rather than misread.
     */
    public static final int FORMAT_VERSION = 17;
    /** Results asked for while warming up: what a screening request asks for by default. */
    private static final int WARM_UP_RESULTS = 5;

    private final Directory directory;
    private final DirectoryReader reader;
    private final List<Entity> entities;
    private final Retrieval retrieval;
    private final Preparation preparation;
    /** The parties the rules linked the entries into when the index was built (none for a party index). */
    private final PartyGroups ruled;
    /**
     * The parties as screening sees them: the rules' groups with the analysts' decisions applied ({@link #decide}).
     * Replaced whole when a decision is approved, without reopening the index: decisions change while the lists do not.
     */
    private volatile PartyGroups groups;
    /** Positions by entity id, made on first use: monitoring and grouped screening look entities up by id. */
    private volatile Map<String, Integer> ordById;

    private MatchIndex(IndexFiles.Opened files, PartyGroups groups) {
        this.directory = files.directory();
        this.reader = files.reader();
        this.entities = files.entities();
        TokenWeights weights = new TokenWeights(files.tokenFrequencies());
        this.retrieval = new Retrieval(files.reader(), files.ordByDoc(), entities, weights);
        this.preparation = new Preparation(weights, entities);
        this.ruled = groups;
        this.groups = groups;
    }

    /** Writes the index of {@code entities} into {@code dir}, which must not exist yet or be empty. */
    public static void build(Iterable<Entity> entities, Path dir) throws IOException {
        IndexFiles.build(entities, dir);
    }

    /** Opens an index written by {@link #build}. */
    public static MatchIndex open(Path dir) throws IOException {
        MatchIndex index = new MatchIndex(IndexFiles.open(dir), PartyGroups.read(dir));
        // decisions written beside a shipped index (clearance index path), so a job opening the folder elsewhere groups
        // as the command line does
        List<LinkDecision> decisions = PartyGroups.readDecisions(dir);
        if (!decisions.isEmpty()) {
            index.decide(decisions);
        }
        return index;
    }

    /** The entities of the index, in the order they were indexed. */
    public List<Entity> entities() {
        return entities;
    }

    /**
     * The parties of the index's entries: linked across lists by {@link org.clearance.match.links.Linker} when
     * the index was built with its links, else every entry a party of its own.
     */
    public PartyGroups groups() {
        return groups;
    }

    /**
     * Applies the analysts' link decisions in effect to the rules' groups ({@link Linker#decide}), replacing any
     * applied before; screenings started earlier finish with the groups they began with. Synchronized, so that of two
     * callers (an approval in a page, the service's reload check) the later one's decisions are those left in place.
     */
    public synchronized Linker.Decided decide(List<LinkDecision> decisions) {
        Map<String, String> datasetOf = new HashMap<>(entities.size() * 2);
        entities.forEach(e -> datasetOf.put(e.id(), e.dataset()));
        Linker.Decided decided = Linker.decide(ruled, decisions, datasetOf);
        groups = decided.groups();
        return decided;
    }

    /** The entity with this id, if the index holds it. */
    public Optional<Entity> entity(String entityId) {
        int ord = ordOf(entityId);
        return ord < 0 ? Optional.empty() : Optional.of(entities.get(ord));
    }

    /** Number of entities in the index. */
    public int size() {
        return entities.size();
    }

    /**
     * Screens one party: the entries scoring at least the cutoff, best first.
     *
     * @param datasets the datasets to search, or empty for all
     */
    public List<MatchResult> match(Query query, MatchConfig config, int limit, Set<String> datasets) {
        Screened screened = screen(query, config, datasets);
        // only the results returned are scored again with their explanation, which costs as much again
        return screened.passed().stream().limit(limit).map(screened::explained).toList();
    }

    /** Retrieves and scores the candidates of one screening, without explanations. */
    private Screened screen(Query query, MatchConfig config, Set<String> datasets) {
        Scorer.Prepared prepared = prepare(query, config);
        Scorer scorer = new Scorer(config);
        List<Scored> passed = new ArrayList<>();
        for (int ord : retrieval.top(prepared, config, datasets)) {
            Candidate c = candidate(ord, config);
            double score = scorer.score(prepared, c, false).score();
            if (score >= config.cutoff()) {
                passed.add(new Scored(c, score));
            }
        }
        passed.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(r -> r.candidate().entity().id()));
        return new Screened(prepared, scorer, passed);
    }

    /**
     * The entries a screening of {@code query} would score, best retrieved first, unscored: what cross-list linking
     * looks at before it judges a pair by rules cheaper than the scorer.
     */
    public List<Entity> candidates(Query query, MatchConfig config, Set<String> datasets) {
        int[] ords = retrieval.top(prepare(query, config), config, datasets);
        List<Entity> out = new ArrayList<>(ords.length);
        for (int ord : ords) {
            out.add(entities.get(ord));
        }
        return out;
    }

    /** A candidate's score without its explanation. */
    private record Scored(Candidate candidate, double score) {}

    /** The candidates of one screening at or above the cutoff, best first, with what scored them. */
    private record Screened(Scorer.Prepared prepared, Scorer scorer, List<Scored> passed) {
        /** The result of a candidate with its explanation, which costs as much again as scoring it. */
        MatchResult explained(Scored s) {
            return scorer.score(prepared, s.candidate(), true);
        }
    }

    /**
     * Screens one party and answers with parties: the entries scoring at least the cutoff, grouped by the party
     * each belongs to ({@link #groups()}), best party first, each with its best entry's explained result and
     * every listing of the party in the datasets searched (those this screening did not reach carry no score).
     *
     * @param limit    parties at most
     * @param datasets the datasets to search, or empty for all
     */
    public List<PartyMatch> matchParties(Query query, MatchConfig config, int limit, Set<String> datasets) {
        Screened screened = screen(query, config, datasets);
        PartyGroups groups = this.groups;
        Map<String, Map<String, Double>> scoresByGroup = new LinkedHashMap<>();
        Map<String, Scored> best = new HashMap<>();
        for (Scored s : screened.passed()) {
            String group = groups.groupId(s.candidate().entity().id());
            Map<String, Double> scores = scoresByGroup.get(group);
            if (scores == null) {
                if (scoresByGroup.size() == limit) {
                    continue;
                }
                scores = new HashMap<>();
                scoresByGroup.put(group, scores);
                best.put(group, s);
            }
            scores.put(s.candidate().entity().id(), s.score());
        }
        List<PartyMatch> out = new ArrayList<>(scoresByGroup.size());
        scoresByGroup.forEach((group, scores) ->
                out.add(new PartyMatch(group, screened.explained(best.get(group)), listings(groups, group, scores, datasets))));
        return out;
    }

    /**
     * Entry results of a screening ({@link #match}, best first) gathered into the parties their entries belong to,
     * in the order of each party's best result: for a caller that needs every entry's explanation as well as the
     * parties. A party's listings not among the results carry no score.
     *
     * @param datasets the datasets searched, or empty for all: a party's listings in others are left out
     */
    public List<PartyMatch> parties(List<MatchResult> results, Set<String> datasets) {
        PartyGroups groups = this.groups;
        Map<String, Map<String, Double>> scoresByGroup = new LinkedHashMap<>();
        Map<String, MatchResult> best = new HashMap<>();
        for (MatchResult r : results) {
            String group = groups.groupId(r.entity().id());
            best.putIfAbsent(group, r);
            scoresByGroup.computeIfAbsent(group, g -> new HashMap<>()).put(r.entity().id(), r.score());
        }
        List<PartyMatch> out = new ArrayList<>(scoresByGroup.size());
        scoresByGroup.forEach((group, scores) -> out.add(new PartyMatch(group, best.get(group), listings(groups, group, scores, datasets))));
        return out;
    }

    /** The listings of a party in the datasets searched, each with its score in this screening where it has one. */
    private List<PartyMatch.Listing> listings(PartyGroups groups, String group, Map<String, Double> scores, Set<String> datasets) {
        List<PartyMatch.Listing> listings = new ArrayList<>();
        for (String id : groups.members(group)) {
            int ord = ordOf(id);
            Entity e = ord < 0 ? null : entities.get(ord);
            if (e != null && (datasets.isEmpty() || datasets.contains(e.dataset()))) {
                listings.add(new PartyMatch.Listing(e, scores.get(id)));
            }
        }
        return listings;
    }

    /**
     * Screens {@code queries} of this index's own names, spread over its entries, on every core: what a
     * service does before it says it is ready. A fresh JVM screened at half speed for its first minute
     * while the JIT compiled the matcher and each entry retrieved was prepared for the first time, and
     * a load balancer would have sent it full traffic meanwhile.
     *
     * @return how many names were screened
     */
    public int warmUp(int queries) {
        int n = Math.min(queries, entities.size());
        IntStream.range(0, n).parallel().forEach(i -> {
            Entity e = entities.get((int) ((long) i * entities.size() / n));
            if (!e.names().isEmpty()) {
                match(Query.ofName(e.schema(), e.names().get(0).full()), MatchConfig.DEFAULT, WARM_UP_RESULTS, Set.of());
            }
        });
        return n;
    }

    /** The position of an entity in {@link #entities()}, by id; -1 when this index does not hold it. */
    int ordOf(String entityId) {
        Map<String, Integer> byId = ordById;
        if (byId == null) {
            byId = new HashMap<>(entities.size() * 2);
            for (int i = 0; i < entities.size(); i++) {
                byId.put(entities.get(i).id(), i);
            }
            ordById = byId;
        }
        return byId.getOrDefault(entityId, -1);
    }

    /**
     * The entities of this index that {@code other} could be screened against, best first: retrieval turned round
     * for monitoring, where the index holds the screened parties and {@code other} is a list entry
     * ({@link Retrieval#like}).
     *
     * @param name  one of {@code other}'s names: each is searched on its own, or an entry's many aliases
     *              together would rank parties sharing a little with each above a party that is one of them
     * @param after the last hit of the previous page, or null for the first
     */
    Retrieval.Page searchLike(Entity other, Name name, int size, ScoreDoc after, MatchConfig config) {
        return retrieval.like(other, preparation.listName(other, name), size, after, config);
    }

    /** Scores two names directly, as {@code clearance pairs} does, with this index's part weights. */
    public MatchResult compare(Schema schema, String name1, String name2, MatchConfig config) {
        Entity other = Entity.builder("pair", "2", schema).name(name2, NameKind.PRIMARY).build();
        return new Scorer(config).score(prepare(Query.ofName(schema, name1), config), preparation.candidate(other, config));
    }

    /**
     * The name pairing behind a result's {@code name_match}: which query name met which of the entry's
     * names, part by part, as {@link #match} scored it (same weights and config), so that a page can
     * mark the parts that met. Empty when the query or the entry has no name to compare.
     */
    public Optional<NameAlignment> nameAlignment(Query query, Entity entity, MatchConfig config) {
        int ord = ordOf(entity.id());
        Candidate c = ord >= 0 && entities.get(ord).equals(entity) ? candidate(ord, config) : preparation.candidate(entity, config);
        return Optional.ofNullable(new Scorer(config).bestName(prepare(query, config), c));
    }

    /** The entry at {@code ord}, prepared for scoring under {@code config} ({@link Preparation}). */
    Candidate candidate(int ord, MatchConfig config) {
        return preparation.candidate(ord, config);
    }

    /** A query prepared for scoring with this index's part weights under {@code config}. */
    Scorer.Prepared prepare(Query query, MatchConfig config) {
        return preparation.query(query, config);
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
