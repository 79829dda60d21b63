package org.clearance.supplychain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.clearance.supplychain.sectors.SectorHit;
import org.clearance.supplychain.sectors.Sectors;

/**
 * Finds the risks in a supply chain and carries them downstream: a risk at tier N marks every party
 * its goods reach, and each end of the chain gets the paths back to every risk ("T-shirt <- knit fabric
 * <- yarn <- cotton lint from a ginner in Aksu").
 */
public final class Tracer {
    /**
     * Screens a party; returns its findings (list hits). A screen that says it is {@link #concurrent()}
     * is called from several threads at once, one party per call, so that a large chain is screened on
     * every core; the findings still come out in the chain's party order.
     */
    public interface PartyScreen {
        List<Finding> screen(Party party);

        /**
         * Whether {@link #screen} may be called from several threads at once: true only when it keeps no
         * unsynchronised mutable state. False by default, so a screen written without threads in mind is
         * called from one thread, party by party.
         */
        default boolean concurrent() {
            return false;
        }
    }

    private final PartyScreen parties;
    private final Function<Party, List<Finding>> places;
    private final Sectors sectors = Sectors.get();

    /**
     * @param parties screens each party against the lists
     * @param places  finds Xinjiang locations in a party's address
     */
    public Tracer(PartyScreen parties, Function<Party, List<Finding>> places) {
        this.parties = parties;
        this.places = places;
    }

    /** Screens parties with {@code parties} and finds Xinjiang places in their addresses. */
    public Tracer(PartyScreen parties) {
        this(parties, new XinjiangAddresses());
    }

    /**
     * What tracing found.
     *
     * @param pathsToRisk per end of the chain, each path (party ids, the end first) back to a risky party
     * @param atRisk      per party, whether it or anything upstream of it is risky
     * @param warnings    what in the chain could not be read as given ("link 3 (a -> b): HS code '99' is not
     *                    a valid HS code"): the rest of the chain is still traced
     */
    public record Trace(SupplyChain chain, List<Finding> findings, Map<String, List<List<String>>> pathsToRisk,
            Map<String, Boolean> atRisk, List<String> warnings) {
        /** Parties with a risk of their own (a list hit or a Xinjiang location), not only upstream of one. */
        public Set<String> riskyParties() {
            return risky(findings);
        }
    }

    /**
     * The parties a finding makes risky. A high-priority sector alone is not a risk: it calls for closer
     * scrutiny of the goods, while a listed party or a Xinjiang location raises the presumption itself.
     */
    private static Set<String> risky(List<Finding> findings) {
        Set<String> out = new LinkedHashSet<>();
        for (Finding f : findings) {
            if (f.kind() != Finding.Kind.HIGH_PRIORITY_SECTOR) {
                out.add(f.partyId());
            }
        }
        return out;
    }

    public Trace trace(SupplyChain chain) {
        List<Finding> findings = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Set<String> linked = new java.util.HashSet<>();
        for (Link l : chain.links()) {
            linked.add(l.supplier());
            linked.add(l.buyer());
        }
        List<Party> all = List.copyOf(chain.parties().values());
        // screening is nearly all of a trace's time; an ordered stream keeps the findings in party order
        List<List<Finding>> listed = (parties.concurrent() ? all.parallelStream() : all.stream()).map(parties::screen).toList();
        for (int i = 0; i < all.size(); i++) {
            Party p = all.get(i);
            if (!linked.contains(p.id()) && chain.parties().size() > 1) {
                warnings.add("party '" + p.id() + "' (" + p.name() + ") has no link to the rest of the chain");
            }
            findings.addAll(listed.get(i));
            findings.addAll(places.apply(p));
        }
        for (int i = 0; i < chain.links().size(); i++) {
            Link l = chain.links().get(i);
            Set<String> seen = new LinkedHashSet<>();
            List<SectorHit> hits = new ArrayList<>();
            if (l.hsCode() != null && !Sectors.isValidHs(l.hsCode())) {
                warnings.add(String.format("link %d (%s -> %s): HS code '%s' is not a valid HS code; the sector is read"
                        + " from the description only", i + 1, l.supplier(), l.buyer(), l.hsCode()));
            } else if (l.hsCode() != null) {
                hits.addAll(sectors.fromHsCode(l.hsCode()));
            }
            if (l.goods() != null) {
                hits.addAll(sectors.fromDescription(l.goods()));
            }
            for (SectorHit h : hits) {
                if (seen.add(h.sectorId())) {
                    findings.add(new Finding(l.supplier(), Finding.Kind.HIGH_PRIORITY_SECTOR,
                            h.sectorName() + ": " + h.evidence(), h.sectorId(), h.confidence()));
                }
            }
        }
        Set<String> risky = risky(findings);
        Map<String, Boolean> atRisk = new LinkedHashMap<>();
        for (Party p : chain.parties().values()) {
            atRisk(chain, p.id(), risky, atRisk);
        }
        Map<String, List<List<String>>> paths = new LinkedHashMap<>();
        for (Party end : chain.ends()) {
            paths.put(end.id(), pathsBack(chain, end.id(), risky, atRisk));
        }
        return new Trace(chain, List.copyOf(findings), paths, atRisk, List.copyOf(warnings));
    }

    /**
     * Whether a party or anything upstream of it is risky, memoised in {@code known}; iterative, in
     * post-order, so a 100,000-tier chain costs linear time and no stack.
     */
    private static boolean atRisk(SupplyChain chain, String start, Set<String> risky, Map<String, Boolean> known) {
        List<String> stack = new ArrayList<>();
        stack.add(start);
        while (!stack.isEmpty()) {
            String p = stack.get(stack.size() - 1);
            if (known.containsKey(p)) {
                stack.remove(stack.size() - 1);
                continue;
            }
            boolean pending = false;
            boolean risk = risky.contains(p);
            for (Link in : chain.inputsOf(p)) {
                Boolean r = known.get(in.supplier());
                if (r == null) {
                    stack.add(in.supplier());
                    pending = true;
                } else {
                    risk |= r;
                }
            }
            if (!pending) {
                known.put(p, risk);
                stack.remove(stack.size() - 1);
            }
        }
        return known.get(start);
    }

    /** Paths reported per end of the chain at most: a web of suppliers can have more paths than anyone reads. */
    static final int MAX_PATHS = 1000;

    /** One step of a path under construction, pointing back to the step before it. */
    private record Step(String party, Step previous) {
        List<String> toList() {
            List<String> out = new ArrayList<>();
            for (Step s = this; s != null; s = s.previous()) {
                out.add(s.party());
            }
            java.util.Collections.reverse(out);
            return List.copyOf(out);
        }
    }

    /**
     * Paths from {@code from} back upstream to each risky party, the risky party last; only branches
     * that lead to a risk are followed, and at most {@link #MAX_PATHS} are returned.
     */
    static List<List<String>> pathsBack(SupplyChain chain, String from, Set<String> risky, Map<String, Boolean> atRisk) {
        List<List<String>> out = new ArrayList<>();
        List<Step> stack = new ArrayList<>();
        stack.add(new Step(from, null));
        while (!stack.isEmpty() && out.size() < MAX_PATHS) {
            Step step = stack.remove(stack.size() - 1);
            if (risky.contains(step.party())) {
                out.add(step.toList());
            }
            List<Link> inputs = chain.inputsOf(step.party());
            for (int i = inputs.size() - 1; i >= 0; i--) {
                String supplier = inputs.get(i).supplier();
                if (Boolean.TRUE.equals(atRisk.get(supplier))) {
                    stack.add(new Step(supplier, step));
                }
            }
        }
        return out;
    }
}
