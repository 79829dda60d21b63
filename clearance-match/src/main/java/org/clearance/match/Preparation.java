package org.clearance.match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.clearance.names.Countries;
import org.clearance.names.chinese.ChineseNames;
import org.clearance.names.korean.KoreanNames;
import org.clearance.model.Entity;
import org.clearance.model.Identifier;
import org.clearance.model.Name;
import org.clearance.model.NameKind;
import org.clearance.model.Schema;

/**
 * Queries and entries prepared for scoring with one set of part weights, so that both are weighed alike: the
 * index's, from how many of its entries carry each part, or a request's own ({@code tokenWeightFloor}...).
 * Safe to share between threads.
 */
final class Preparation {
    private final TokenWeights weights;
    private final NamePreparer queries;
    private final NamePreparer listNames;
    private final List<Entity> entities;
    /**
     * Each entity's prepared names, made the first time a search retrieves it: preparing all 20,000-odd
     * entities (transliteration, Chinese and Uyghur readings) took ten seconds at every open, while one
     * screening touches a few dozen. Two threads may prepare the same entity at once; both results are equal.
     */
    private final AtomicReferenceArray<Candidate> candidates;
    /**
     * Query name parts remembered at most: queries repeat common given and family names, and a service screening for
     * months meets new ones without end.
     */
    static final int MAX_QUERY_PARTS = 20_000;
    /** List name parts remembered at most: more than the distinct parts of every bundled list together. */
    static final int MAX_LIST_PARTS = 500_000;

    Preparation(TokenWeights weights, List<Entity> entities) {
        this.weights = weights;
        this.queries = new NamePreparer(weights, MAX_QUERY_PARTS);
        this.listNames = new NamePreparer(weights, MAX_LIST_PARTS);
        this.entities = entities;
        this.candidates = new AtomicReferenceArray<>(entities.size());
    }

    TokenWeights weights() {
        return weights;
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

    /** An entity the index may not hold, prepared for scoring under {@code config}. */
    Candidate candidate(Entity e, MatchConfig config) {
        return candidate(e, preparer(config));
    }

    /** One of an entry's names prepared as the index prepares list names. */
    PreparedName listName(Entity e, Name name) {
        return listNames.prepare(name.full(), name.kind(), e.schema());
    }

    /** A query prepared for scoring under {@code config}. */
    Scorer.Prepared query(Query query, MatchConfig config) {
        NamePreparer preparer = preparer(config);
        List<PreparedName> names = new ArrayList<>();
        for (String n : query.names()) {
            add(names, preparer, n, NameKind.PRIMARY, query.schema());
        }
        Set<String> countries = new LinkedHashSet<>();
        query.countries().forEach(c -> addCountry(countries, c));
        return new Scorer.Prepared(query, names, countries, Identifiers.comparable(query.identifiers()));
    }

    /**
     * The preparer of names under {@code config}'s part weights ({@code tokenWeightFloor}...): the shared
     * one for the defaults, a fresh one for a request that changes them, so that query and entries are
     * weighed alike.
     */
    private NamePreparer preparer(MatchConfig config) {
        return weights.sameAs(config) ? queries : new NamePreparer(weights.with(config));
    }

    private static Candidate candidate(Entity e, NamePreparer preparer) {
        List<PreparedName> names = new ArrayList<>(e.names().size());
        for (Name n : e.names()) {
            add(names, preparer, n.full(), n.kind(), e.schema());
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

    /**
     * Adds a name as prepared, when it has parts, and a person's name written in a script that its language is not
     * also as that language writes it: in Han characters as each of its readings as a Korean name (金正恩 as 김정은,
     * which meets Kim Jong Un), since the characters say nothing of the language they are read in; a Chinese name in
     * Cyrillic as pinyin (Си Цзиньпин as Xi Jinping), which ICU's Russian transliteration would make "tszinpin", and a
     * Korean one as Hangul (Ким Чен Ын as 김 정은, "kim chen yn" else).
     */
    private static void add(List<PreparedName> names, NamePreparer preparer, String name, NameKind kind, Schema schema) {
        PreparedName p = preparer.prepare(name, kind, schema);
        if (p.tokens().isEmpty()) {
            return;
        }
        names.add(p);
        // (each reader reads names of its script only, and gives nothing for others)
        if (!schema.isOrganisation() && schema != Schema.VESSEL && schema != Schema.AIRCRAFT && !p.latin()) {
            List<String> readings = new ArrayList<>(KoreanNames.get().fromHanja(name));
            // Palladius's syllables are few and Kontsevich's Korean ones rarely fit them all (Ким, Ён, Кын), so a name
            // in Cyrillic that reads as Chinese is Chinese, and is not read as Korean too (Чжан Чи as 장 치)
            Optional<String> pinyin = ChineseNames.get().fromCyrillic(name);
            readings.addAll(pinyin.isPresent() ? List.of(pinyin.get()) : KoreanNames.get().fromCyrillic(name));
            for (String read : readings) {
                names.add(preparer.prepare(read, kind, Schema.PERSON).readFrom(name));
            }
        }
    }

    private static void addCountry(Set<String> out, String text) {
        String code = Countries.code(text);
        if (code != null) {
            out.add(code);
        }
    }
}
