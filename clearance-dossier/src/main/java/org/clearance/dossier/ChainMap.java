package org.clearance.dossier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import org.clearance.evidence.Assessment;
import org.clearance.evidence.LinkEvidence;
import org.clearance.supplychain.Link;
import org.clearance.supplychain.Party;
import org.clearance.supplychain.SupplyChain;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.jsoup.nodes.Element;

/**
 * The supply chain drawn as a picture: raw materials on the left, the finished good on the right, laid
 * out by the Eclipse Layout Kernel's layered algorithm and drawn as inline SVG, which both browsers and
 * the PDF renderer show. Parties are coloured by state (risk of their own, downstream of a risk, clear),
 * links by evidence (documented solid, gap dashed).
 */
final class ChainMap {
    /**
     * Parties drawn at most. A map of thousands of boxes is unreadable and slow to lay out; beyond this the
     * map keeps the parties on paths to a risk and the ends of the chain, and says how many it left out.
     */
    static final int MAX_PARTIES = 120;

    /** Box size: wide enough for a label of {@link #NAME_CHARS} columns at the label font size. */
    private static final double NODE_WIDTH = 176;
    private static final double NODE_HEIGHT = 46;
    private static final int NAME_CHARS = 24;
    /**
     * Lines a party's name may take in its box, each adding {@link #LINE_HEIGHT} to the box: a name is wrapped, not
     * cut, so the map shows it as the tables do; only a name longer than this many lines ends in "…".
     */
    private static final int NAME_LINES = 3;
    private static final double LINE_HEIGHT = 13;

    /**
     * The largest size the map is drawn at, in CSS pixels: the printable area of an A4 landscape page
     * (dossier.css) less its heading, so that a large map shrinks to one page instead of being cut off.
     */
    static final double MAX_WIDTH = 1000;
    static final double MAX_HEIGHT = 560;

    /** Fonts for labels: Batik draws the map with system fonts, and Chinese names need a CJK one. */
    private static final String FONTS = "DejaVu Sans, Droid Sans Fallback, Noto Sans CJK SC, sans-serif";

    private ChainMap() {}

    /** The parties the map shows, in chain order. */
    static List<Party> drawn(Assessment a) {
        SupplyChain c = a.trace().chain();
        if (c.parties().size() <= MAX_PARTIES) {
            return List.copyOf(c.parties().values());
        }
        Set<String> keep = new LinkedHashSet<>();
        c.ends().forEach(p -> keep.add(p.id()));
        a.trace().pathsToRisk().values().forEach(paths -> paths.forEach(keep::addAll));
        return c.parties().values().stream().filter(p -> keep.contains(p.id())).limit(MAX_PARTIES).toList();
    }

    /**
     * Appends the map to {@code parent} as an {@code <svg>} element sized by its layout. The parent must
     * belong to a document with an XML parser, which keeps SVG's mixed-case attribute names (viewBox).
     *
     * @param parties the parties to draw, as {@link #drawn} chooses them
     */
    static void draw(Element parent, Assessment a, Set<String> risky, List<Party> parties) {
        SupplyChain c = a.trace().chain();
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(12));
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 30.0);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 14.0);
        Map<String, ElkNode> nodes = new HashMap<>();
        for (Party p : parties) {
            ElkNode n = ElkGraphUtil.createNode(root);
            n.setIdentifier(p.id());
            n.setDimensions(NODE_WIDTH, NODE_HEIGHT + (lines(p.name()).size() - 1) * LINE_HEIGHT);
            nodes.put(p.id(), n);
        }
        Map<ElkEdge, LinkEvidence> evidence = new HashMap<>();
        for (int i = 0; i < c.links().size(); i++) {
            Link l = c.links().get(i);
            ElkNode from = nodes.get(l.supplier());
            ElkNode to = nodes.get(l.buyer());
            if (from != null && to != null) {
                evidence.put(ElkGraphUtil.createSimpleEdge(from, to), a.evidence().get(i));
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        // whole pixels: the PDF renderer refuses fractional SVG dimensions
        long width = (long) Math.ceil(root.getWidth());
        long height = (long) Math.ceil(root.getHeight());
        double scale = Math.min(1, Math.min(MAX_WIDTH / width, MAX_HEIGHT / height));
        Element svg = parent.appendElement("svg").attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("width", Long.toString(Math.round(width * scale))).attr("height", Long.toString(Math.round(height * scale)))
                .attr("viewBox", "0 0 " + width + " " + height)
                .attr("role", "img").attr("aria-label", "Supply-chain map: " + parties.size() + " parties");
        Element defs = svg.appendElement("defs");
        defs.appendElement("marker").attr("id", "arrow").attr("viewBox", "0 0 10 10").attr("refX", "10").attr("refY", "5")
                .attr("markerWidth", "7").attr("markerHeight", "7").attr("orient", "auto")
                .appendElement("path").attr("d", "M0,0 L10,5 L0,10 z").attr("fill", "#555");
        for (Map.Entry<ElkEdge, LinkEvidence> e : evidence.entrySet()) {
            drawEdge(svg, e.getKey(), e.getValue());
        }
        for (Party p : parties) {
            drawNode(svg, nodes.get(p.id()), p, state(a, risky, p.id()));
        }
    }

    /** How a party is coloured. */
    enum State { RISK, DOWNSTREAM, CLEAR }

    static State state(Assessment a, Set<String> risky, String partyId) {
        if (risky.contains(partyId)) {
            return State.RISK;
        }
        return Boolean.TRUE.equals(a.trace().atRisk().get(partyId)) ? State.DOWNSTREAM : State.CLEAR;
    }

    private static void drawEdge(Element svg, ElkEdge edge, LinkEvidence ev) {
        for (ElkEdgeSection s : edge.getSections()) {
            List<String> points = new ArrayList<>();
            points.add(number(s.getStartX()) + "," + number(s.getStartY()));
            for (ElkBendPoint b : s.getBendPoints()) {
                points.add(number(b.getX()) + "," + number(b.getY()));
            }
            points.add(number(s.getEndX()) + "," + number(s.getEndY()));
            Element line = svg.appendElement("polyline").attr("points", String.join(" ", points)).attr("fill", "none")
                    .attr("stroke", ev.documented() ? "#555" : "#b3261e").attr("stroke-width", "1.5")
                    .attr("marker-end", "url(#arrow)");
            if (!ev.documented()) {
                line.attr("stroke-dasharray", "5,3");
            }
            line.appendElement("title").text(ev.supplier() + " -> " + ev.buyer() + (ev.documented() ? ": documented"
                    : ": gap, " + ev.missing().size() + " document(s) missing"));
        }
    }

    private static void drawNode(Element svg, ElkNode n, Party p, State state) {
        String[] colours = switch (state) {
            case RISK -> new String[] {"#fde7e7", "#b3261e"};
            case DOWNSTREAM -> new String[] {"#fff4e0", "#8a5300"};
            case CLEAR -> new String[] {"#eaf4ea", "#2e6b30"};
        };
        Element g = svg.appendElement("g").attr("class", "party " + state.name().toLowerCase(Locale.ROOT));
        g.appendElement("title").text(p.name() + (p.address() == null ? "" : ", " + p.address()));
        g.appendElement("rect").attr("x", number(n.getX())).attr("y", number(n.getY())).attr("width", number(n.getWidth()))
                .attr("height", number(n.getHeight())).attr("rx", "5").attr("fill", colours[0]).attr("stroke", colours[1])
                .attr("stroke-width", state == State.RISK ? "2.5" : "1.2");
        double x = n.getX() + 8;
        List<String> name = lines(p.name());
        for (int i = 0; i < name.size(); i++) {
            g.appendElement("text").attr("x", number(x)).attr("y", number(n.getY() + 19 + i * LINE_HEIGHT)).attr("font-size", "11")
                    .attr("font-weight", "bold").attr("font-family", FONTS).attr("fill", "#1a1a1a").text(name.get(i));
        }
        String second = String.join(" · ", java.util.stream.Stream.of(p.role(), p.country())
                .filter(s -> s != null && !s.isBlank()).toList());
        g.appendElement("text").attr("x", number(x)).attr("y", number(n.getY() + 35 + (name.size() - 1) * LINE_HEIGHT))
                .attr("font-size", "10").attr("fill", "#333").attr("font-family", FONTS).text(shorten(second.isEmpty() ? p.id() : second));
    }

    /**
     * A name wrapped into lines of {@link #NAME_CHARS} columns at most, between words where it has spaces (Han names
     * have none and wrap anywhere), at most {@link #NAME_LINES} of them, the last cut with "…" when the name is longer.
     */
    static List<String> lines(String name) {
        List<String> lines = new ArrayList<>();
        String rest = name.strip();
        while (!rest.isEmpty() && lines.size() < NAME_LINES) {
            int fit = fits(rest);
            if (fit < rest.length()) {
                int space = rest.lastIndexOf(' ', fit);
                fit = space > 0 ? space : fit;
            }
            lines.add(rest.substring(0, fit).strip());
            rest = rest.substring(fit).strip();
        }
        if (!rest.isEmpty()) {
            lines.set(lines.size() - 1, shorten(lines.get(lines.size() - 1) + " " + rest));
        }
        return lines;
    }

    /** Cuts a label to {@link #NAME_CHARS} columns, counting a wide (CJK) character as two. */
    static String shorten(String s) {
        int fit = fits(s);
        return fit < s.length() ? s.substring(0, fit) + "…" : s;
    }

    /** How many chars of the text fill {@link #NAME_CHARS} columns, a wide (CJK) character counting two. */
    private static int fits(String s) {
        int columns = 0;
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            int w = UCharacter.getIntPropertyValue(s.codePointAt(i), UProperty.EAST_ASIAN_WIDTH);
            columns += w == UCharacter.EastAsianWidth.WIDE || w == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
            if (columns > NAME_CHARS) {
                return i;
            }
        }
        return s.length();
    }

    private static String number(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
