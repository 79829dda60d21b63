package org.clearance.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
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
import org.apache.lucene.util.BytesRef;
import org.clearance.model.Entity;
import org.clearance.model.Identifier;
import org.clearance.model.Schema;
import org.clearance.names.Memo;

/**
 * Candidate retrieval, recall-first: a query's {@link IndexTerms} as one disjunction of boosted term queries, the
 * best {@link MatchConfig#candidates()} entries by BM25 going on to the {@link Scorer}; and the same turned round
 * for monitoring ({@link #like}). Safe to share between threads.
 */
final class Retrieval {
    /**
     * Query terms whose states are remembered at most (a few MB); when full the memory is emptied and
     * fills again with the terms that recur, so that it stays bounded for a server that runs for months.
     */
    private static final int MAX_TERM_STATES = 100_000;
    private static final Schema[] SCHEMATA = Schema.values();

    private final IndexSearcher searcher;
    private final int maxDoc;
    private final int[] ordByDoc;
    /**
     * Each document's schema, by ordinal: a query checks the schema of every hit Lucene scores, some
     * thousands, and reading it from each entity, scattered over the heap, was a fifth of a screening.
     */
    private final byte[] schemaByDoc;
    /** The datasets the entries come from. */
    private final Set<String> datasetIds;
    /** The parts the lists contain, which a query searches for exactly, without trigrams. */
    private final TokenWeights known;
    /**
     * Each query term's query, with its place in the index and document frequency, made once: a query has a dozen or
     * more terms, and looking each up in the term dictionary again was a tenth of a screening, and so was making the
     * term again (its text in UTF-8, then hashed) only to find it here, hence the key of plain strings. The index never
     * changes once open, so a state stays right; built with statistics, a state is read and never written, so threads
     * share it, and its query, which is immutable.
     */
    private final Memo<TermKey, TermQuery> termQueries = new Memo<>(MAX_TERM_STATES, this::termQuery);

    private record TermKey(String field, String text) {}

    Retrieval(DirectoryReader reader, int[] ordByDoc, List<Entity> entities, TokenWeights known) {
        this.searcher = new IndexSearcher(reader);
        this.maxDoc = reader.maxDoc();
        this.ordByDoc = ordByDoc;
        this.schemaByDoc = new byte[ordByDoc.length];
        for (int doc = 0; doc < ordByDoc.length; doc++) {
            schemaByDoc[doc] = (byte) entities.get(ordByDoc[doc]).schema().ordinal();
        }
        this.datasetIds = entities.stream().map(Entity::dataset).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.known = known;
    }

    /** The positions of the best {@link MatchConfig#candidates()} entries for a prepared query, by BM25. */
    int[] top(Scorer.Prepared prepared, MatchConfig config, Set<String> datasets) {
        IndexTerms terms = new IndexTerms();
        for (PreparedName n : prepared.names()) {
            terms.addQueryName(n, known);
        }
        BooleanQuery.Builder should = disjunction(terms, prepared.identifiers(), config);
        org.apache.lucene.search.Query lucene = should.build();
        if (!datasets.isEmpty() && !datasets.containsAll(datasetIds)) {
            // some of the lists only: a Lucene filter skips the others' entries, which checking each hit would score first
            lucene = new BooleanQuery.Builder().add(lucene, BooleanClause.Occur.MUST).add(new TermInSetQuery(IndexTerms.F_DATASET,
                    datasets.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER).build();
        }
        try {
            int wanted = Math.min(config.candidates(), Math.max(1, maxDoc));
            boolean[] admit = new boolean[SCHEMATA.length];
            for (Schema s : SCHEMATA) {
                admit[s.ordinal()] = prepared.query().schema().canMatch(s);
            }
            return ords(searcher.search(lucene, new Top(wanted, admit)).scoreDocs);
        } catch (IOException e) {
            throw new UncheckedIOException("screening index read failed", e);
        }
    }

    /** One page of {@link #like}: the entities found, by position, and where the next page starts. */
    record Page(int[] ords, ScoreDoc last) {}

    /**
     * The entities that {@code other} could be screened against, best first: those whose schema a query of theirs
     * may match {@code other}'s, sharing any retrieval term of {@code name} or any of {@code other}'s identifiers.
     * The terms are the name's own index terms (every trigram, its acronyms), a superset of the terms it would
     * give as a query, so that every entity whose forward query shares a term with {@code other} shares one here.
     *
     * @param name  one of {@code other}'s names, prepared as a list name
     * @param after the last hit of the previous page, or null for the first
     */
    Page like(Entity other, PreparedName name, int size, ScoreDoc after, MatchConfig config) {
        IndexTerms terms = new IndexTerms();
        terms.addListName(name);
        BooleanQuery.Builder should = disjunction(terms,
                Identifiers.comparable(other.identifiers().stream().map(Identifier::value).toList()), config);
        List<BytesRef> schemata = new ArrayList<>();
        for (Schema s : SCHEMATA) {
            if (s.canMatch(other.schema())) {
                schemata.add(new BytesRef(s.name()));
            }
        }
        BooleanQuery q = new BooleanQuery.Builder().add(should.build(), BooleanClause.Occur.MUST)
                .add(new TermInSetQuery(IndexTerms.F_SCHEMA, schemata), BooleanClause.Occur.FILTER).build();
        try {
            ScoreDoc[] hits = (after == null ? searcher.search(q, size) : searcher.searchAfter(after, q, size)).scoreDocs;
            return new Page(ords(hits), hits.length == 0 ? null : hits[hits.length - 1]);
        } catch (IOException e) {
            throw new UncheckedIOException("screening index read failed", e);
        }
    }

    /** Every term and identifier as a clause that may match, weighed by the retrieval boosts of {@code config}. */
    private BooleanQuery.Builder disjunction(IndexTerms terms, Collection<String> identifiers, MatchConfig config) {
        BooleanQuery.Builder should = new BooleanQuery.Builder();
        float boostToken = (float) config.boostToken();
        float boostPhonetic = (float) config.boostPhonetic();
        float boostGram = (float) config.boostGram();
        float boostIdentifier = (float) config.boostIdentifier();
        terms.tokens.forEach(t -> should.add(boost(IndexTerms.F_TOKEN, t, boostToken), BooleanClause.Occur.SHOULD));
        terms.phonetics.forEach(t -> should.add(boost(IndexTerms.F_PHONETIC, t, boostPhonetic), BooleanClause.Occur.SHOULD));
        terms.grams.forEach(t -> should.add(boost(IndexTerms.F_GRAM, t, boostGram), BooleanClause.Occur.SHOULD));
        identifiers.forEach(t -> should.add(boost(IndexTerms.F_IDENTIFIER, t, boostIdentifier), BooleanClause.Occur.SHOULD));
        BooleanQuery.setMaxClauseCount(Math.max(BooleanQuery.getMaxClauseCount(), 4096));
        return should;
    }

    private int[] ords(ScoreDoc[] hits) {
        int[] ords = new int[hits.length];
        for (int i = 0; i < hits.length; i++) {
            ords[i] = ordByDoc[hits[i].doc];
        }
        return ords;
    }

    private BoostQuery boost(String field, String text, float boost) {
        return new BoostQuery(termQueries.get(new TermKey(field, text)), boost);
    }

    private TermQuery termQuery(TermKey key) {
        Term term = new Term(key.field(), key.text());
        try {
            return new TermQuery(term, TermStates.build(searcher, term, true));
        } catch (IOException e) {
            throw new UncheckedIOException("screening index read failed", e);
        }
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
}
