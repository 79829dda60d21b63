package org.clearance.match;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.clearance.match.links.LinkDecision;
import org.clearance.match.links.Linker;
import org.clearance.match.links.PartyGroups;
import org.clearance.match.links.PartyMatch;
import org.clearance.model.Entity;
import org.clearance.model.EntityJson;
import org.clearance.model.Identifier;
import org.clearance.model.Name;
import org.clearance.model.Schema;
import org.clearance.names.Countries;

/**
 * The screening index of one set of list versions: a Lucene index for candidate retrieval plus the
 * entities themselves, in one folder that can be copied to another process (a Spark executor, a
 * second server) and opened read-only there. Opening prepares every list name once; after that a
 * {@link MatchIndex} is immutable and safe to share between threads.
 *
 * <p>Retrieval is recall-first: every name part, its sound (Double Metaphone), its character
 * trigrams, two adjacent parts written joined, and identifiers are terms; the best
 * {@link MatchConfig#candidates()} entries by BM25 go to the {@link Scorer}.
 */
public final class MatchIndex implements AutoCloseable {
    /**
     * Changes whenever what an index holds changes (terms, preparation), so that indexes written by an
     * older Clearance are rebuilt rather than misread.
     */
    public static final int FORMAT_VERSION = 15;
    private static final String ENTITIES = "entities.jsonl.gz";
    private static final String LUCENE = "lucene";
    private static final String F_TOKEN = "tok";
    private static final String F_PHONETIC = "phon";
    private static final String F_GRAM = "gram";
    private static final String F_IDENTIFIER = "idv";
    private static final String F_DATASET = "ds";
    private static final String F_SCHEMA = "schema";
    private static final String F_ORD = "ord";
    /**
     * Query terms whose states are remembered at most (a few MB); when full the memory is emptied and
     * fills again with the terms that recur, so that it stays bounded for a server that runs for months.
     */
    private static final int MAX_TERM_STATES = 100_000;
    /** Parts shorter than this give no trigrams: too many names share them. */
    private static final int MIN_GRAM_TOKEN = 5;

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final int[] ordByDoc;
    /**
     * Each document's schema, by ordinal: a query checks the schema of every hit Lucene scores, some
     * thousands, and reading it from each entity, scattered over the heap, was a fifth of a screening.
     */
    private final byte[] schemaByDoc;
    private final List<Entity> entities;
    /**
     * Each entity's prepared names, made the first time a search retrieves it: preparing all 20,000-odd
     * entities (transliteration, Chinese and Uyghur readings) took ten seconds at every open, while one
     * screening touches a few dozen. Two threads may prepare the same entity at once; both results are equal.
     */
    private final AtomicReferenceArray<Candidate> candidates;
    /**
     * Each query term's place in the index and document frequency, looked up once: a query has a dozen
     * or more terms, and looking each up in the term dictionary again was a tenth of a screening. The
     * index never changes once open, so a state stays right; built with statistics, a state is read and
     * never written, so threads share it.
     */
    private final Map<Term, TermStates> termStates = new ConcurrentHashMap<>();
    private final NamePreparer preparer;
    private final NamePreparer listNames;
    private final TokenWeights weights;
    /** The datasets the entities come from. */
    private final Set<String> datasetIds;
    /** The parties the rules linked the entries into when the index was built (none for a party index). */
    private final PartyGroups ruled;
    /**
     * The parties as screening sees them: the rules' groups with the analysts' decisions applied ({@link #decide}).
     * Replaced whole when a decision is approved, without reopening the index: decisions change while the lists do not.
     */
    private volatile PartyGroups groups;
    /** Positions by entity id, made on first use: monitoring and grouped screening look entities up by id. */
    private volatile Map<String, Integer> ordById;

    private MatchIndex(Directory directory, DirectoryReader reader, int[] ordByDoc, List<Entity> entities,
            NamePreparer preparer, NamePreparer listNames, TokenWeights weights, PartyGroups groups) {
        this.directory = directory;
        this.ruled = groups;
        this.groups = groups;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.ordByDoc = ordByDoc;
        this.schemaByDoc = new byte[ordByDoc.length];
        for (int doc = 0; doc < ordByDoc.length; doc++) {
            schemaByDoc[doc] = (byte) entities.get(ordByDoc[doc]).schema().ordinal();
        }
        this.entities = entities;
        this.candidates = new AtomicReferenceArray<>(entities.size());
        this.preparer = preparer;
        this.listNames = listNames;
        this.weights = weights;
        this.datasetIds = entities.stream().map(Entity::dataset).collect(Collectors.toUnmodifiableSet());
    }

    /** The entry at {@code ord}, prepared for scoring with the index's part weights (the default settings). */
    Candidate candidate(int ord) {
        Candidate c = candidates.get(ord);
        if (c == null) {
            c = candidate(entities.get(ord), listNames);
            candidates.set(ord, c);
        }
        return c;
    }

    /**
     * The entry at {@code ord}, prepared for scoring with {@code config}'s part weights: those remembered
     * when they are the index's, else prepared again (not remembered: a request's weights are its own).
     */
    Candidate candidate(int ord, MatchConfig config) {
        return weights.sameAs(config) ? candidate(ord) : candidate(entities.get(ord), new NamePreparer(weights.with(config)));
    }

    /**
     * The preparer of names under {@code config}'s part weights ({@code tokenWeightFloor}...): the shared
     * one for the defaults, a fresh one for a request that changes them, so that query and entries are
     * weighed alike.
     */
    private NamePreparer preparer(MatchConfig config) {
        return weights.sameAs(config) ? preparer : new NamePreparer(weights.with(config));
    }

    /** Writes the index of {@code entities} into {@code dir}, which must not exist yet or be empty. */
    public static void build(Iterable<Entity> entities, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Directory d = FSDirectory.open(dir.resolve(LUCENE));
                IndexWriter w = new IndexWriter(d, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE));
                BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                        new GZIPOutputStream(Files.newOutputStream(dir.resolve(ENTITIES))), StandardCharsets.UTF_8))) {
            int ord = 0;
            NamePreparer plain = new NamePreparer(new TokenWeights(Map.of()), true);
            for (Entity e : entities) {
                w.addDocument(document(e, ord++, plain));
                out.write(EntityJson.write(e));
                out.write('\n');
            }
            w.forceMerge(1);
        }
    }

    private static Document document(Entity e, int ord, NamePreparer plain) {
        Document doc = new Document();
        doc.add(new NumericDocValuesField(F_ORD, ord));
        doc.add(new StringField(F_DATASET, e.dataset(), Field.Store.NO));
        doc.add(new StringField(F_SCHEMA, e.schema().name(), Field.Store.NO));
        Set<String> tokens = new LinkedHashSet<>();
        Set<String> phonetics = new LinkedHashSet<>();
        Set<String> grams = new LinkedHashSet<>();
        for (Name n : e.names()) {
            terms(plain.prepare(n.full(), n.kind(), e.schema()), tokens, phonetics, grams);
        }
        tokens.forEach(t -> doc.add(new StringField(F_TOKEN, t, Field.Store.NO)));
        phonetics.forEach(t -> doc.add(new StringField(F_PHONETIC, t, Field.Store.NO)));
        grams.forEach(t -> doc.add(new StringField(F_GRAM, t, Field.Store.NO)));
        for (String v : Identifiers.comparable(e.identifiers().stream().map(Identifier::value).toList())) {
            doc.add(new StringField(F_IDENTIFIER, v, Field.Store.NO));
        }
        return doc;
    }

    /**
     * The retrieval terms of a list name: those of {@link #terms(PreparedName, Set, Set, Set, TokenWeights)}
     * and the initials of a name of three or more words, so that a query "XPCC" finds it.
     */
    private static void terms(PreparedName name, Set<String> tokens, Set<String> phonetics, Set<String> grams) {
        terms(name, tokens, phonetics, grams, null);
        if (name.tokens().size() >= NameScorer.MIN_ACRONYM_WORDS) {
            StringBuilder all = new StringBuilder();
            StringBuilder words = new StringBuilder();
            for (Token t : name.tokens()) {
                if (!t.text().startsWith(NamePreparer.LEGAL_FORM_PREFIX)) {
                    all.append(t.text().charAt(0));
                    if (!CONNECTORS.contains(t.text())) {
                        words.append(t.text().charAt(0));
                    }
                }
            }
            tokens.add(all.toString());
            tokens.add(words.toString());
        }
    }

    private static final Schema[] SCHEMATA = Schema.values();

    /** Words that acronyms often skip. */
    private static final Set<String> CONNECTORS = Set.of("and", "of", "the", "for", "de", "la", "du", "des", "y", "e");

    /**
     * @param known when given, parts the lists already contain get no trigrams: an exact part finds its
     *              entries without them, and trigram clauses are most of a query's cost
     */
    private static void terms(PreparedName name, Set<String> tokens, Set<String> phonetics, Set<String> grams,
            TokenWeights known) {
        List<Token> t = name.tokens();
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            tokens.add(tok.text());
            tokens.addAll(tok.readings());
            if (tok.number() != null) {
                tokens.add(tok.number()); // so that "Forty-Four" finds "44"
            }
            if (tok.crossKey() != null && tok.crossKey().length() >= 3) {
                phonetics.add("u" + tok.crossKey());
            }
            if (tok.phonetic().length() >= 2) {
                phonetics.add(tok.phonetic());
            }
            if (tok.text().length() >= MIN_GRAM_TOKEN && (known == null || !known.contains(tok.text()))) {
                for (int g = 0; g + 3 <= tok.text().length(); g++) {
                    grams.add(tok.text().substring(g, g + 3));
                }
            }
            if (i + 1 < t.size()) {
                tokens.add(tok.text() + t.get(i + 1).text());
            }
        }
    }

    /** Opens an index written by {@link #build}. */
    public static MatchIndex open(Path dir) throws IOException {
        if (!Files.isDirectory(dir.resolve(LUCENE)) || !Files.isRegularFile(dir.resolve(ENTITIES))) {
            throw new IOException("no screening index in " + dir);
        }
        Directory d = FSDirectory.open(dir.resolve(LUCENE));
        DirectoryReader reader = DirectoryReader.open(d);
        TokenWeights weights = new TokenWeights(frequencies(reader));
        NamePreparer preparer = new NamePreparer(weights);
        NamePreparer listNames = new NamePreparer(weights, true);
        List<Entity> entities = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(dir.resolve(ENTITIES))), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null;) {
                entities.add(EntityJson.read(line));
            }
        }
        int[] ordByDoc = new int[reader.maxDoc()];
        for (var leaf : reader.leaves()) {
            LeafReader lr = leaf.reader();
            NumericDocValues ords = lr.getNumericDocValues(F_ORD);
            for (int doc = ords.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = ords.nextDoc()) {
                ordByDoc[leaf.docBase + doc] = (int) ords.longValue();
            }
        }
        MatchIndex index = new MatchIndex(d, reader, ordByDoc, List.copyOf(entities), preparer, listNames, weights,
                PartyGroups.read(dir));
        // decisions written beside a shipped index (clearance index path), so a job opening the folder elsewhere groups
        // as the command line does
        List<LinkDecision> decisions = PartyGroups.readDecisions(dir);
        if (!decisions.isEmpty()) {
            index.decide(decisions);
        }
        return index;
    }

    private static Map<String, Integer> frequencies(DirectoryReader reader) throws IOException {
        Map<String, Integer> f = new HashMap<>();
        for (var leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(F_TOKEN);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                f.merge(t.utf8ToString(), te.docFreq(), Integer::sum);
            }
        }
        return f;
    }

    private static Candidate candidate(Entity e, NamePreparer preparer) {
        List<PreparedName> names = new ArrayList<>(e.names().size());
        for (Name n : e.names()) {
            PreparedName p = preparer.prepare(n.full(), n.kind(), e.schema());
            if (!p.tokens().isEmpty()) {
                names.add(p);
            }
        }
        Set<String> countries = new LinkedHashSet<>();
        for (String c : e.nationalities()) {
            addCountry(countries, c);
        }
        for (String c : e.countries()) {
            addCountry(countries, c);
        }
        List<String> ids = e.identifiers().stream().map(Identifier::value).toList();
        // in the entry's own order: Set.copyOf iterates in an order that changes from run to run, and the
        // explanation of a country mismatch lists them
        return new Candidate(e, List.copyOf(names), Collections.unmodifiableSet(countries), Identifiers.comparable(ids));
    }

    private static void addCountry(Set<String> out, String text) {
        String code = Countries.code(text);
        if (code != null) {
            out.add(code);
        }
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
        for (int ord : retrieve(prepared, config, datasets)) {
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
        int[] ords = retrieve(prepare(query, config), config, datasets);
        List<Entity> out = new ArrayList<>(ords.length);
        for (int ord : ords) {
            out.add(entities.get(ord));
        }
        return out;
    }

    /** The positions of the best {@link MatchConfig#candidates()} entries for a prepared query, by BM25. */
    private int[] retrieve(Scorer.Prepared prepared, MatchConfig config, Set<String> datasets) {
        Query query = prepared.query();
        BooleanQuery.Builder should = new BooleanQuery.Builder();
        Set<String> tokens = new LinkedHashSet<>();
        Set<String> phonetics = new LinkedHashSet<>();
        Set<String> grams = new LinkedHashSet<>();
        for (PreparedName n : prepared.names()) {
            terms(n, tokens, phonetics, grams, weights);
        }
        float boostToken = (float) config.boostToken();
        float boostPhonetic = (float) config.boostPhonetic();
        float boostGram = (float) config.boostGram();
        float boostIdentifier = (float) config.boostIdentifier();
        tokens.forEach(t -> should.add(boost(F_TOKEN, t, boostToken), BooleanClause.Occur.SHOULD));
        phonetics.forEach(t -> should.add(boost(F_PHONETIC, t, boostPhonetic), BooleanClause.Occur.SHOULD));
        grams.forEach(t -> should.add(boost(F_GRAM, t, boostGram), BooleanClause.Occur.SHOULD));
        prepared.identifiers().forEach(t -> should.add(boost(F_IDENTIFIER, t, boostIdentifier), BooleanClause.Occur.SHOULD));
        BooleanQuery.setMaxClauseCount(Math.max(BooleanQuery.getMaxClauseCount(), 4096));
        org.apache.lucene.search.Query lucene = should.build();
        if (!datasets.isEmpty() && !datasets.containsAll(datasetIds)) {
            // some of the lists only: a Lucene filter skips the others' entries, which checking each hit would score first
            lucene = new BooleanQuery.Builder().add(lucene, BooleanClause.Occur.MUST)
                    .add(new TermInSetQuery(F_DATASET, datasets.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER).build();
        }
        try {
            int wanted = Math.min(config.candidates(), Math.max(1, reader.maxDoc()));
            boolean[] admit = new boolean[SCHEMATA.length];
            for (Schema s : SCHEMATA) {
                admit[s.ordinal()] = query.schema().canMatch(s);
            }
            ScoreDoc[] hits = searcher.search(lucene, new Top(wanted, admit)).scoreDocs;
            int[] ords = new int[hits.length];
            for (int i = 0; i < hits.length; i++) {
                ords[i] = ordByDoc[hits[i].doc];
            }
            return ords;
        } catch (IOException e) {
            throw new UncheckedIOException("screening index read failed", e);
        }
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
     * The best {@code wanted} hits among the entries of the schemata {@code admit} lets through. Checking
     * the schema here rather than with a Lucene filter leaves the query a plain disjunction, which
     * Lucene scores with its MaxScore bulk scorer; nested in a conjunction with a filter it went through
     * WAND one document at a time, and the evaluation names screened at 2,760 queries/s against 3,391
     * this way ({@code clearance bench screen}). Hits are counted only as far as the candidates wanted,
     * so that pruning starts at the first full page; the candidates are the same.
     */
    private final class Top implements CollectorManager<Collector, TopDocs> {
        private final TopScoreDocCollectorManager top;
        /** By schema ordinal. */
        private final boolean[] admit;
        private final List<TopScoreDocCollector> made = new ArrayList<>();

        Top(int wanted, boolean[] admit) {
            this.top = new TopScoreDocCollectorManager(wanted, null, wanted, false);
            this.admit = admit;
        }

        @Override
        public Collector newCollector() throws IOException {
            TopScoreDocCollector collector = top.newCollector();
            made.add(collector);
            return new FilterCollector(collector) {
                @Override
                public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
                    int base = leaf.docBase;
                    return new FilterLeafCollector(super.getLeafCollector(leaf)) {
                        @Override
                        public void collect(int doc) throws IOException {
                            if (admit[schemaByDoc[base + doc]]) {
                                in.collect(doc);
                            }
                        }
                    };
                }
            };
        }

        @Override
        public TopDocs reduce(Collection<Collector> collectors) throws IOException {
            return top.reduce(made);
        }
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

    /** Results asked for while warming up: what a screening request asks for by default. */
    private static final int WARM_UP_RESULTS = 5;

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

    /** One page of {@link #searchLike}: the entities found, by position, and where the next page starts. */
    record Page(int[] ords, ScoreDoc last) {}

    /**
     * The entities of this index that {@code other} could be screened against, best first: those
     * whose schema a query of theirs may match {@code other}'s, sharing any retrieval term of one of
     * its names or any of its identifiers. This is retrieval turned round for monitoring, where the
     * index holds the screened parties and {@code other} is a list entry. The terms are the name's own
     * index terms (every trigram, its acronyms), a superset of the terms it would give as a query, so
     * that every party whose forward query shares a term with the entry shares one here too.
     *
     * @param name  one of {@code other}'s names: each is searched on its own, or an entry's many aliases
     *              together would rank parties sharing a little with each above a party that is one of them
     * @param after the last hit of the previous page, or null for the first
     */
    Page searchLike(Entity other, Name name, int size, ScoreDoc after, MatchConfig config) {
        Set<String> tokens = new LinkedHashSet<>();
        Set<String> phonetics = new LinkedHashSet<>();
        Set<String> grams = new LinkedHashSet<>();
        terms(listNames.prepare(name.full(), name.kind(), other.schema()), tokens, phonetics, grams);
        BooleanQuery.Builder should = new BooleanQuery.Builder();
        tokens.forEach(t -> should.add(boost(F_TOKEN, t, (float) config.boostToken()), BooleanClause.Occur.SHOULD));
        phonetics.forEach(t -> should.add(boost(F_PHONETIC, t, (float) config.boostPhonetic()), BooleanClause.Occur.SHOULD));
        grams.forEach(t -> should.add(boost(F_GRAM, t, (float) config.boostGram()), BooleanClause.Occur.SHOULD));
        for (String v : Identifiers.comparable(other.identifiers().stream().map(Identifier::value).toList())) {
            should.add(boost(F_IDENTIFIER, v, (float) config.boostIdentifier()), BooleanClause.Occur.SHOULD);
        }
        BooleanQuery.setMaxClauseCount(Math.max(BooleanQuery.getMaxClauseCount(), 4096));
        List<BytesRef> schemata = new ArrayList<>();
        for (Schema s : Schema.values()) {
            if (s.canMatch(other.schema())) {
                schemata.add(new BytesRef(s.name()));
            }
        }
        BooleanQuery q = new BooleanQuery.Builder().add(should.build(), BooleanClause.Occur.MUST)
                .add(new TermInSetQuery(F_SCHEMA, schemata), BooleanClause.Occur.FILTER).build();
        try {
            ScoreDoc[] hits = (after == null ? searcher.search(q, size) : searcher.searchAfter(after, q, size)).scoreDocs;
            int[] ords = new int[hits.length];
            for (int i = 0; i < hits.length; i++) {
                ords[i] = ordByDoc[hits[i].doc];
            }
            return new Page(ords, hits.length == 0 ? null : hits[hits.length - 1]);
        } catch (IOException e) {
            throw new UncheckedIOException("screening index read failed", e);
        }
    }

    /** Scores two names directly, as {@code clearance pairs} does, with this index's part weights. */
    public MatchResult compare(Schema schema, String name1, String name2, MatchConfig config) {
        Entity other = Entity.builder("pair", "2", schema).name(name2, org.clearance.model.NameKind.PRIMARY).build();
        return new Scorer(config).score(prepare(Query.ofName(schema, name1), config), candidate(other, preparer(config)));
    }

    /**
     * The name pairing behind a result's {@code name_match}: which query name met which of the entry's
     * names, part by part, as {@link #match} scored it (same weights and config), so that a page can
     * mark the parts that met. Empty when the query or the entry has no name to compare.
     */
    public Optional<NameAlignment> nameAlignment(Query query, Entity entity, MatchConfig config) {
        int ord = ordOf(entity.id());
        Candidate c = ord >= 0 && entities.get(ord).equals(entity) ? candidate(ord, config) : candidate(entity, preparer(config));
        return Optional.ofNullable(new Scorer(config).bestName(prepare(query, config), c));
    }

    /** A query prepared for scoring with this index's part weights under {@code config}. */
    Scorer.Prepared prepare(Query query, MatchConfig config) {
        NamePreparer preparer = preparer(config);
        List<PreparedName> names = new ArrayList<>();
        for (String n : query.names()) {
            PreparedName p = preparer.prepare(n, org.clearance.model.NameKind.PRIMARY, query.schema());
            if (!p.tokens().isEmpty()) {
                names.add(p);
            }
        }
        Set<String> countries = new LinkedHashSet<>();
        query.countries().forEach(c -> addCountry(countries, c));
        return new Scorer.Prepared(query, names, countries, Identifiers.comparable(query.identifiers()));
    }

    private BoostQuery boost(String field, String text, float boost) {
        Term term = new Term(field, text);
        TermStates states = termStates.get(term);
        if (states == null) {
            try {
                states = TermStates.build(searcher, term, true);
            } catch (IOException e) {
                throw new UncheckedIOException("screening index read failed", e);
            }
            if (termStates.size() >= MAX_TERM_STATES) {
                termStates.clear();
            }
            termStates.put(term, states);
        }
        return new BoostQuery(new TermQuery(term, states), boost);
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
