package org.clearance.supplychain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.clearance.lists.uflpa.UflpaCsvFormat;
import org.clearance.match.MatchConfig;
import org.clearance.match.MatchIndex;
import org.clearance.match.MatchResult;
import org.clearance.match.Query;
import org.clearance.model.Schema;

/**
 * Screens each party of a chain against the lists with the matching engine. A hit on the UFLPA Entity
 * List is its own, strongest kind of finding: goods of a listed entity are presumed inadmissible, while
 * a hit on another list calls for a sanctions review.
 */
public final class ListScreen implements Tracer.PartyScreen {
    /** The UFLPA Entity List's dataset id. */
    public static final String UFLPA_DATASET = UflpaCsvFormat.DEFAULT_DATASET;

    /** Hits considered per party: a chain party rarely matches more than one or two list entries. */
    static final int CANDIDATES = 3;

    private final MatchIndex index;
    private final MatchConfig config;
    /**
     * Hits per distinct name and country already screened: a chain declares the same company under
     * several ids (each buyer's own supplier code), and its hits are the same each time. Empty lists
     * are kept too, since most parties have no hit.
     */
    private final Map<Key, List<MatchResult>> seen = new ConcurrentHashMap<>();

    private record Key(String name, String country) {}

    /**
     * One screen per trace: it remembers the hits of every name it has screened, which is right for
     * one list version and one chain, but grows without bound if kept for many.
     */
    public ListScreen(MatchIndex index, MatchConfig config) {
        this.index = index;
        this.config = config;
    }

    /** True: a {@link MatchIndex} is immutable once open and matches from any number of threads. */
    @Override
    public boolean concurrent() {
        return true;
    }

    @Override
    public List<Finding> screen(Party p) {
        Key key = new Key(p.name(), p.country());
        List<MatchResult> hits = seen.get(key);
        if (hits == null) {
            // matched outside the map's lock: two threads meeting the same new name at once both match it, with the same result
            hits = match(key);
            seen.putIfAbsent(key, hits);
        }
        List<Finding> out = new ArrayList<>();
        for (MatchResult r : hits) {
            boolean uflpa = r.entity().dataset().equals(UFLPA_DATASET);
            out.add(new Finding(p.id(), uflpa ? Finding.Kind.UFLPA_LISTED : Finding.Kind.SANCTIONS_LISTED,
                    String.format("matches %s on %s (score %.2f)", r.entity().caption(), r.entity().dataset(), r.score()),
                    r.entity().id(), r.score()));
        }
        return out;
    }

    private List<MatchResult> match(Key key) {
        List<String> countries = key.country() == null ? List.of() : List.of(key.country());
        Query q = new Query(Schema.LEGAL_ENTITY, List.of(key.name()), List.of(), countries, List.of(), null);
        return index.match(q, config, CANDIDATES, Set.of()).stream().filter(MatchResult::match).toList();
    }
}
