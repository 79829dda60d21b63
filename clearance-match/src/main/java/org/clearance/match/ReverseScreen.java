package org.clearance.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.clearance.model.Name;

/**
 * Screens many stored parties against a few list entries (those a new list version added or changed),
 * the other way round from screening: the entries search the {@link PartyIndex} for candidate
 * parties, as nomenklatura's cross-referencing does, and each candidate is then scored in the normal
 * direction, the party as the query against the entry in the list index. So a hit has exactly the
 * score and explanation that screening that party would give, while only the parties that share a
 * retrieval term with a changed entry have their names prepared.
 *
 * <p>Each of the entry's names searches on its own, a page of candidates at a time, best first, for as
 * long as a page still holds a match: a common name can match hundreds of parties, while a rare one
 * is done after one page.
 */
public final class ReverseScreen {
    /**
     * Candidate parties scored per page and name: as many as screening scores per query
     * ({@link MatchConfig#DEFAULT}'s candidates). Scoring is most of the cost (an entry with twenty
     * aliases is twenty alignments per candidate), and a page without a single match ends the search.
     * Measured with {@code clearance bench monitor} (100,000 parties, 305 new SDN entries): pages of 20
     * took 6.9 s of CPU and missed 4 of the 925 hits that pages of 50 (11.9 s) and of 500 found.
     */
    static final int PAGE = 50;

    private final MatchIndex lists;
    private final PartyIndex parties;
    private final MatchConfig config;
    private final Scorer scorer;
    /** Parties prepared as queries during this screening: one party is often a candidate of several entries. */
    private final Map<String, Scorer.Prepared> prepared = new ConcurrentHashMap<>();

    /**
     * @param lists   the index of the list versions screened against (the new ones), whose part weights
     *                score the hits as screening does
     * @param parties the monitored parties
     */
    public ReverseScreen(MatchIndex lists, PartyIndex parties, MatchConfig config) {
        this.lists = lists;
        this.parties = parties;
        this.config = config;
        this.scorer = new Scorer(config);
    }

    /**
     * The parties that match any of the entries (score at least the threshold), on all cores, ordered
     * by entry id, then best score first, then party id.
     *
     * @param entityIds entries of the list index, e.g. those added or changed by a new list version
     * @param datasets  the datasets parties are screened against, or empty for all: entries of other
     *                  datasets are skipped, as screening would not find them
     * @throws IllegalArgumentException naming an entry the list index does not hold
     */
    public List<PartyHit> screen(Collection<String> entityIds, Set<String> datasets) {
        List<Integer> ords = new ArrayList<>();
        for (String id : entityIds) {
            int ord = lists.ordOf(id);
            if (ord < 0) {
                throw new IllegalArgumentException("the screening index does not hold entry " + id);
            }
            if (datasets.isEmpty() || datasets.contains(lists.entities().get(ord).dataset())) {
                ords.add(ord);
            }
        }
        return ords.parallelStream().flatMap(ord -> screen(lists.candidate(ord, config)).stream())
                .sorted(Comparator.comparing((PartyHit h) -> h.result().entity().id())
                        .thenComparing(h -> -h.result().score()).thenComparing(PartyHit::partyId))
                .toList();
    }

    private List<PartyHit> screen(Candidate entry) {
        List<PartyHit> hits = new ArrayList<>();
        for (PartyIndex.Segment segment : parties.segments()) {
            // whether each candidate matched, so that a party found through several names is scored once
            Map<Integer, Boolean> scored = new HashMap<>();
            for (Name name : entry.entity().names()) {
                Retrieval.Page page = null;
                do {
                    page = segment.index().searchLike(entry.entity(), name, PAGE, page == null ? null : page.last(), config);
                    boolean matched = false;
                    for (int ord : page.ords()) {
                        if (!segment.live().get(ord)) {
                            continue; // a party since changed or gone: its current form is in a newer segment or nowhere
                        }
                        Boolean known = scored.get(ord);
                        if (known == null) {
                            known = score(segment.index().entities().get(ord).sourceId(), entry, hits);
                            scored.put(ord, known);
                        }
                        matched |= known;
                    }
                    if (!matched) {
                        break;
                    }
                } while (page.ords().length == PAGE);
            }
        }
        return hits;
    }

    /** Scores one party against the entry as screening would, adding it to {@code hits} if it matches. */
    private boolean score(String partyId, Candidate entry, List<PartyHit> hits) {
        MonitoredParty party = parties.party(partyId);
        Scorer.Prepared query = prepared.computeIfAbsent(party.id(), id -> lists.prepare(party.query(), config));
        if (scorer.score(query, entry, false).score() < config.threshold()) {
            return false;
        }
        hits.add(new PartyHit(party.id(), scorer.score(query, entry, true)));
        return true;
    }
}
