package org.clearance.supplychain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A supply chain as a directed graph from raw material to finished good: parties are nodes, links
 * carry goods from supplier to buyer. Built only through {@link #of}, which refuses links to unknown
 * parties and cycles, so every chain downstream code sees is a proper graph. Immutable.
 */
public final class SupplyChain {
    private final String product;
    private final Map<String, Party> parties;
    private final List<Link> links;
    private final Map<String, List<Link>> inputs = new HashMap<>();

    private SupplyChain(String product, Map<String, Party> parties, List<Link> links) {
        this.product = product;
        this.parties = Collections.unmodifiableMap(new LinkedHashMap<>(parties));
        this.links = List.copyOf(links);
        for (Link l : this.links) {
            inputs.computeIfAbsent(l.buyer(), k -> new ArrayList<>()).add(l);
        }
    }

    /** What the chain makes ("Men's cotton T-shirt"), or null. */
    public String product() {
        return product;
    }

    /** The parties by id, in file order. */
    public Map<String, Party> parties() {
        return parties;
    }

    public List<Link> links() {
        return links;
    }

    /** A chain that is not a proper graph: names the party, link or cycle at fault. */
    public static final class InvalidChainException extends Exception {
        public InvalidChainException(String message) {
            super(message);
        }
    }

    /**
     * Checks and builds a chain.
     *
     * @param source names the file in messages
     * @throws InvalidChainException for a duplicate party id, a link to or from an unknown party, a link
     *                               from a party to itself, or a cycle (with its path)
     */
    public static SupplyChain of(String source, String product, List<Party> parties, List<Link> links)
            throws InvalidChainException {
        Map<String, Party> byId = new LinkedHashMap<>();
        for (Party p : parties) {
            if (byId.put(p.id(), p) != null) {
                throw new InvalidChainException(source + ": party id '" + p.id() + "' is used twice");
            }
        }
        for (int i = 0; i < links.size(); i++) {
            Link l = links.get(i);
            for (String end : List.of(l.supplier(), l.buyer())) {
                if (!byId.containsKey(end)) {
                    throw new InvalidChainException(source + ": link " + (i + 1) + " (" + l.supplier() + " -> " + l.buyer()
                            + ") names party '" + end + "', which the chain does not define");
                }
            }
            if (l.supplier().equals(l.buyer())) {
                throw new InvalidChainException(source + ": link " + (i + 1) + " goes from '" + l.supplier() + "' to itself");
            }
        }
        SupplyChain chain = new SupplyChain(product, byId, links);
        List<String> cycle = chain.findCycle();
        if (!cycle.isEmpty()) {
            throw new InvalidChainException(source + ": the chain has a cycle: " + String.join(" -> ", cycle));
        }
        return chain;
    }

    /** The links that supply a party. */
    public List<Link> inputsOf(String partyId) {
        return Collections.unmodifiableList(inputs.getOrDefault(partyId, List.of()));
    }

    /** Parties that supply no one in the chain: the end of the chain (the importer, the finished good). */
    public List<Party> ends() {
        Map<String, Boolean> supplies = new HashMap<>();
        links.forEach(l -> supplies.put(l.supplier(), true));
        return parties.values().stream().filter(p -> !supplies.containsKey(p.id())).toList();
    }

    /** Party ids in an order where every supplier comes before its buyers (Kahn's algorithm), from raw materials down. */
    public List<String> upstreamFirst() {
        Map<String, Integer> waiting = new HashMap<>();
        Map<String, List<String>> buyers = new HashMap<>();
        for (Link l : links) {
            waiting.merge(l.buyer(), 1, Integer::sum);
            buyers.computeIfAbsent(l.supplier(), k -> new ArrayList<>()).add(l.buyer());
        }
        Deque<String> ready = new ArrayDeque<>();
        parties.keySet().stream().filter(id -> !waiting.containsKey(id)).forEach(ready::add);
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String id = ready.poll();
            order.add(id);
            for (String b : buyers.getOrDefault(id, List.of())) {
                if (waiting.merge(b, -1, Integer::sum) == 0) {
                    ready.add(b);
                }
            }
        }
        return order;
    }

    /** A cycle as a path that returns to its start, or an empty list. Iterative, so long chains cannot overflow the stack. */
    private List<String> findCycle() {
        Map<String, List<String>> next = new HashMap<>();
        for (Link l : links) {
            next.computeIfAbsent(l.supplier(), k -> new ArrayList<>()).add(l.buyer());
        }
        Map<String, Integer> state = new HashMap<>(); // absent: new, 1: on the current path, 2: done
        for (String start : parties.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            List<String> path = new ArrayList<>();
            List<Integer> nextIndex = new ArrayList<>();
            path.add(start);
            nextIndex.add(0);
            state.put(start, 1);
            while (!path.isEmpty()) {
                int top = path.size() - 1;
                String node = path.get(top);
                List<String> out = next.getOrDefault(node, List.of());
                int i = nextIndex.get(top);
                if (i >= out.size()) {
                    state.put(node, 2);
                    path.remove(top);
                    nextIndex.remove(top);
                    continue;
                }
                nextIndex.set(top, i + 1);
                String n = out.get(i);
                Integer s = state.get(n);
                if (s == null) {
                    state.put(n, 1);
                    path.add(n);
                    nextIndex.add(0);
                } else if (s == 1) {
                    List<String> cycle = new ArrayList<>(path.subList(path.indexOf(n), path.size()));
                    cycle.add(n);
                    return cycle;
                }
            }
        }
        return List.of();
    }
}
