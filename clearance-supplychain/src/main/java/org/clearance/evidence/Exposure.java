package org.clearance.evidence;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clearance.supplychain.Link;
import org.clearance.supplychain.SupplyChain;
import org.clearance.supplychain.Tracer;

/**
 * Where a party's goods come from, as shares that add up to one: at risk (from a listed party or a
 * Xinjiang location, however far upstream), unknown (an undocumented link on the way, so the origin is
 * not shown), and documented clean (every link back to the raw material documented, no risk on the
 * way). Unknown is its own share, never counted as clean: under the UFLPA an origin the importer cannot
 * show is no defence.
 *
 * <p>A party's shares are the weighted mean of what each input link brings; a link brings its
 * supplier's shares, with the clean share turned unknown when the link itself lacks documents. A party
 * with a risk of its own is wholly at risk, and a party with no inputs in the chain (the origin of a
 * material) is clean as far as the chain shows, which its outgoing link's documents then must prove.
 *
 * @param weighting how the inputs were weighted
 * @param note      why inputs were weighted equally, or null
 */
public record Exposure(String partyId, double atRisk, double unknown, double clean, Weighting weighting, String note) {
    /** How input links were weighted. */
    public enum Weighting {
        /** By quantity: every input link has a quantity, all in one unit. */
        QUANTITY,
        /** Equally: some quantity is missing or the units differ, so a quantity share would mean nothing. */
        EQUAL,
        /** Not weighted: the party itself is risky. */
        OWN_RISK,
        /** Not weighted: the party has no inputs in the chain. */
        ORIGIN
    }

    /** Shares of every party, computed from the raw materials downstream in one pass over the links. */
    public static Map<String, Exposure> of(Tracer.Trace trace, List<LinkEvidence> evidence) {
        SupplyChain chain = trace.chain();
        Map<Link, Boolean> documented = new java.util.IdentityHashMap<>(); // two links may be equal records
        for (int i = 0; i < chain.links().size(); i++) {
            documented.put(chain.links().get(i), evidence.get(i).documented());
        }
        Set<String> risky = trace.riskyParties();
        Map<String, Exposure> out = new HashMap<>();
        for (String id : chain.upstreamFirst()) {
            out.put(id, of(chain, id, risky.contains(id), documented, out));
        }
        Map<String, Exposure> ordered = new LinkedHashMap<>();
        chain.parties().keySet().forEach(id -> ordered.put(id, out.get(id)));
        return ordered;
    }

    private static Exposure of(SupplyChain chain, String id, boolean risky, Map<Link, Boolean> documented,
            Map<String, Exposure> known) {
        if (risky) {
            return new Exposure(id, 1, 0, 0, Weighting.OWN_RISK, null);
        }
        List<Link> inputs = chain.inputsOf(id);
        if (inputs.isEmpty()) {
            return new Exposure(id, 0, 0, 1, Weighting.ORIGIN, null);
        }
        String note = equalWeightReason(inputs);
        double total = 0;
        double risk = 0;
        double unknown = 0;
        for (Link l : inputs) {
            double w = note == null ? l.quantity() : 1;
            Exposure s = known.get(l.supplier());
            boolean docs = documented.get(l);
            total += w;
            risk += w * s.atRisk();
            unknown += w * (docs ? s.unknown() : s.unknown() + s.clean());
        }
        double r = risk / total;
        double u = unknown / total;
        return new Exposure(id, r, u, Math.max(0, 1 - r - u), note == null ? Weighting.QUANTITY : Weighting.EQUAL, note);
    }

    /** Why quantities cannot weight these inputs, or null when they can. */
    private static String equalWeightReason(List<Link> inputs) {
        Set<String> units = new java.util.HashSet<>();
        double sum = 0;
        for (Link l : inputs) {
            if (l.quantity() == null) {
                return "the input from '" + l.supplier() + "' has no quantity";
            }
            units.add(l.unit() == null ? "" : l.unit().strip().toLowerCase(Locale.ROOT));
            sum += l.quantity();
        }
        if (units.size() > 1) {
            return "inputs are counted in different units (" + String.join(", ", new java.util.TreeSet<>(units)) + ")";
        }
        return sum > 0 ? null : "every input quantity is zero";
    }
}
