package org.clearance.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clearance.dossier.Dossier;

/**
 * The chains traced on this server since it started, newest last, for the supply-chain pages. Kept in
 * memory only: a restart forgets them (the dossier a user downloads is the record to keep), and at most
 * {@link #MAX_CHAINS} are kept, the oldest dropped first.
 */
final class TracedChains {
    /**
     * Chains kept at most. A traced chain holds its parties, findings and evidence; a few dozen large
     * chains fit in a service's memory beside the lists, and an analyst works on the latest few.
     */
    static final int MAX_CHAINS = 50;

    /** One traced chain: its number on this server, the dossier it makes and who traced it. */
    record TracedChain(int id, Dossier dossier, String tracedBy) {}

    private final Map<Integer, TracedChain> chains = new LinkedHashMap<>();
    private int next = 1;

    synchronized TracedChain add(Dossier dossier, String tracedBy) {
        TracedChain c = new TracedChain(next++, dossier, tracedBy);
        chains.put(c.id(), c);
        while (chains.size() > MAX_CHAINS) {
            chains.remove(chains.keySet().iterator().next());
        }
        return c;
    }

    synchronized Optional<TracedChain> find(int id) {
        return Optional.ofNullable(chains.get(id));
    }

    /** The chains kept, newest first. */
    synchronized List<TracedChain> newestFirst() {
        List<TracedChain> out = new ArrayList<>(chains.values());
        Collections.reverse(out);
        return out;
    }
}
