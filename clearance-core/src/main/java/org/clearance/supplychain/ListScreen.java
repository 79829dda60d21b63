package org.clearance.supplychain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
    public static final String UFLPA_DATASET = "us_dhs_uflpa";

    /** Hits considered per party: a chain party rarely matches more than one or two list entries. */
    static final int CANDIDATES = 3;

    private final MatchIndex index;
    private final MatchConfig config;

    public ListScreen(MatchIndex index, MatchConfig config) {
        this.index = index;
        this.config = config;
    }

    @Override
    public List<Finding> screen(Party p) {
        List<String> countries = p.country() == null ? List.of() : List.of(p.country());
        Query q = new Query(Schema.LEGAL_ENTITY, List.of(p.name()), List.of(), countries, List.of(), null);
        List<Finding> out = new ArrayList<>();
        for (MatchResult r : index.match(q, config, CANDIDATES, Set.of())) {
            if (r.match()) {
                boolean uflpa = r.entity().dataset().equals(UFLPA_DATASET);
                out.add(new Finding(p.id(), uflpa ? Finding.Kind.UFLPA_LISTED : Finding.Kind.SANCTIONS_LISTED,
                        String.format("matches %s on %s (score %.2f)", r.entity().caption(), r.entity().dataset(), r.score()),
                        r.entity().id(), r.score()));
            }
        }
        return out;
    }
}
