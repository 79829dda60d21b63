package org.clearance.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.clearance.evidence.Assessment;
import org.clearance.evidence.LinkEvidence;
import org.clearance.supplychain.Finding;
import org.clearance.supplychain.Link;
import org.clearance.supplychain.Party;
import org.clearance.supplychain.SupplyChain;

/**
 * A traced chain as Cytoscape's elements: parties as nodes, links as edges, each with the classes the
 * page's style sheet draws (own risk, downstream of a risk, clear; the kinds of finding; a gap in the
 * documents; on a path from a finished good back to a risk). Labels carry the findings in words, so
 * that colour is never the only sign of a risk.
 */
final class ChainGraph {
    /**
     * Parties drawn at most. Beyond it a graph is a hairball that takes seconds to lay out; the graph then
     * keeps the finished goods and the parties on paths to a risk, and the page says how many it left out.
     */
    static final int MAX_PARTIES = 150;
    /** Characters of a name in a node's label; the full name is in the party list and panel. */
    static final int LABEL_CHARS = 34;

    /**
     * Layout grid in graph units: a column per tier, wide enough for a node ({@code chains.js} draws them
     * 170 wide, 92 high: five lines) and its arrow with a "gap" label, and a row per party of the tier, with room between rows;
     * no wider, so that a six-tier chain fits a laptop screen at nearly full size.
     */
    static final int COLUMN_GAP = 215;
    static final int ROW_GAP = 112;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChainGraph() {}

    /** How a party stands: a risk of its own, a risk upstream of it, or none found. */
    enum State { RISK, DOWNSTREAM, CLEAR }

    static State state(Assessment a, String partyId) {
        if (a.trace().riskyParties().contains(partyId)) {
            return State.RISK;
        }
        return Boolean.TRUE.equals(a.trace().atRisk().get(partyId)) ? State.DOWNSTREAM : State.CLEAR;
    }

    /** The kinds of finding at each party, strongest first. */
    static Map<String, Set<Finding.Kind>> kinds(Assessment a) {
        Map<String, Set<Finding.Kind>> out = new HashMap<>();
        for (Finding f : a.trace().findings()) {
            out.computeIfAbsent(f.partyId(), k -> EnumSet.noneOf(Finding.Kind.class)).add(f.kind());
        }
        return out;
    }

    /** The parties on some path from a finished good back to a risk. */
    static Set<String> onRiskPaths(Assessment a) {
        Set<String> out = new LinkedHashSet<>();
        a.trace().pathsToRisk().values().forEach(paths -> paths.forEach(out::addAll));
        return out;
    }

    /** The parties the graph draws, in chain order: all of them, or for a large chain those that matter most. */
    static List<Party> drawn(Assessment a) {
        SupplyChain c = a.trace().chain();
        if (c.parties().size() <= MAX_PARTIES) {
            return List.copyOf(c.parties().values());
        }
        Set<String> keep = new HashSet<>(onRiskPaths(a));
        c.ends().forEach(p -> keep.add(p.id()));
        return c.parties().values().stream().filter(p -> keep.contains(p.id())).limit(MAX_PARTIES).toList();
    }

    /** The graph as JSON: {@code {"nodes": [...], "edges": [...], "omitted": n}}, each node with its position. */
    static String json(Assessment a, Messages t) {
        SupplyChain c = a.trace().chain();
        List<Party> parties = drawn(a);
        Set<String> shown = new HashSet<>();
        parties.forEach(p -> shown.add(p.id()));
        Set<String> pathParties = onRiskPaths(a);
        Set<String> pathLinks = pathLinks(a);
        Set<String> ends = new HashSet<>();
        c.ends().forEach(p -> ends.add(p.id()));
        Map<String, Set<Finding.Kind>> kinds = kinds(a);
        Map<String, double[]> at = positions(c, shown);

        ObjectNode root = JSON.createObjectNode();
        ArrayNode nodes = root.putArray("nodes");
        for (Party p : parties) {
            Set<Finding.Kind> k = kinds.getOrDefault(p.id(), Set.of());
            List<String> classes = new ArrayList<>(List.of(state(a, p.id()).name().toLowerCase(Locale.ROOT)));
            k.forEach(kind -> classes.add(kind.name().toLowerCase(Locale.ROOT).replace('_', '-')));
            if (pathParties.contains(p.id())) {
                classes.add("risk-path");
            }
            if (ends.contains(p.id())) {
                classes.add("end");
            }
            ObjectNode n = nodes.addObject();
            n.putObject("data").put("id", p.id()).put("name", p.name()).put("label", label(p, k, t));
            n.put("classes", String.join(" ", classes));
            n.putObject("position").put("x", at.get(p.id())[0]).put("y", at.get(p.id())[1]);
        }
        ArrayNode edges = root.putArray("edges");
        for (int i = 0; i < c.links().size(); i++) {
            Link l = c.links().get(i);
            if (!shown.contains(l.supplier()) || !shown.contains(l.buyer())) {
                continue;
            }
            LinkEvidence ev = a.evidence().get(i);
            List<String> classes = new ArrayList<>(List.of(ev.documented() ? "documented" : "gap"));
            if (pathLinks.contains(l.supplier() + "\n" + l.buyer())) {
                classes.add("risk-path");
            }
            ObjectNode e = edges.addObject();
            e.putObject("data").put("id", "link-" + (i + 1)).put("source", l.supplier()).put("target", l.buyer())
                    .put("label", ev.documented() ? "" : t.format("chains_graph_gap"));
            e.put("classes", String.join(" ", classes));
        }
        root.put("omitted", c.parties().size() - parties.size());
        return root.toString();
    }

    /**
     * Where each drawn party goes, so the graph reads left to right from raw materials to the finished
     * good: the column is the party's tier (one more than its furthest-upstream drawn supplier's), and
     * within a column parties are ordered by the mean row of their suppliers, which keeps a line of supply
     * level and uncrossed; columns are centred on one horizontal axis.
     */
    static Map<String, double[]> positions(SupplyChain c, Set<String> shown) {
        Map<String, Integer> column = new HashMap<>();
        Map<Integer, List<String>> columns = new TreeMap<>();
        for (String id : c.upstreamFirst()) {
            if (!shown.contains(id)) {
                continue;
            }
            int col = c.inputsOf(id).stream().filter(l -> shown.contains(l.supplier()))
                    .mapToInt(l -> column.get(l.supplier()) + 1).max().orElse(0);
            column.put(id, col);
            columns.computeIfAbsent(col, k -> new ArrayList<>()).add(id);
        }
        List<String> fileOrder = new ArrayList<>(c.parties().keySet());
        Map<String, Double> row = new HashMap<>();
        Map<String, double[]> out = new HashMap<>();
        for (Map.Entry<Integer, List<String>> e : columns.entrySet()) {
            List<String> ids = new ArrayList<>(e.getValue());
            Comparator<String> bySuppliers = Comparator.comparingDouble(id -> c.inputsOf(id).stream()
                    .filter(l -> row.containsKey(l.supplier())).mapToDouble(l -> row.get(l.supplier())).average().orElse(0));
            ids.sort(bySuppliers.thenComparingInt(fileOrder::indexOf));
            for (int i = 0; i < ids.size(); i++) {
                double r = i - (ids.size() - 1) / 2.0;
                row.put(ids.get(i), r);
                out.put(ids.get(i), new double[] {e.getKey() * (double) COLUMN_GAP, r * ROW_GAP});
            }
        }
        return out;
    }

    /** Supplier and buyer of each step of every risk path, as "supplier\nbuyer". */
    private static Set<String> pathLinks(Assessment a) {
        Set<String> out = new HashSet<>();
        for (List<List<String>> paths : a.trace().pathsToRisk().values()) {
            for (List<String> path : paths) {
                for (int i = 0; i + 1 < path.size(); i++) {
                    out.add(path.get(i + 1) + "\n" + path.get(i));
                }
            }
        }
        return out;
    }

    /** Name; role and country; the findings in words, after a warning sign when the party is a risk itself. */
    private static String label(Party p, Set<Finding.Kind> kinds, Messages t) {
        StringBuilder s = new StringBuilder(shorten(p.name()));
        String second = String.join(" · ", Stream.of(p.role(), p.country())
                .filter(x -> x != null && !x.isBlank()).toList());
        if (!second.isEmpty()) {
            s.append('\n').append(shorten(second));
        }
        if (!kinds.isEmpty()) {
            TreeMap<Finding.Kind, String> words = new TreeMap<>();
            kinds.forEach(k -> words.put(k, t.format("chains_marker_" + k.name())));
            boolean own = kinds.stream().anyMatch(k -> k != Finding.Kind.HIGH_PRIORITY_SECTOR);
            s.append('\n').append(own ? "⚠ " : "").append(String.join(" · ", words.values()));
        }
        return s.toString();
    }

    static String shorten(String s) {
        return s.codePointCount(0, s.length()) <= LABEL_CHARS ? s
                : s.substring(0, s.offsetByCodePoints(0, LABEL_CHARS - 1)).stripTrailing() + "…";
    }
}
