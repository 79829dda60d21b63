package org.clearance.evidence;

import java.util.List;
import java.util.Map;
import org.clearance.match.MatchConfig;
import org.clearance.match.MatchIndex;
import org.clearance.supplychain.ListScreen;
import org.clearance.supplychain.SupplyChain;
import org.clearance.supplychain.Tracer;

/**
 * Everything known about a traced chain: the risks, the documents per link and each party's exposure.
 * What the trace command prints and the dossier shows.
 *
 * @param evidence the checklist of each link, in the chain's link order
 * @param exposure per party id, in the chain's party order
 */
public record Assessment(Tracer.Trace trace, List<LinkEvidence> evidence, Map<String, Exposure> exposure) {
    public static Assessment of(Tracer.Trace trace) {
        List<LinkEvidence> evidence = EvidenceChecklist.check(trace.chain());
        return new Assessment(trace, evidence, Exposure.of(trace, evidence));
    }

    /** Traces a chain against the lists of an index with the default settings, as the web does. */
    public static Assessment screen(SupplyChain chain, MatchIndex index) {
        return screen(chain, index, MatchConfig.DEFAULT);
    }

    /** Traces a chain against the lists of an index with these settings ({@code trace --threshold, --set}). */
    public static Assessment screen(SupplyChain chain, MatchIndex index, MatchConfig config) {
        return of(new Tracer(new ListScreen(index, config)).trace(chain));
    }
}
