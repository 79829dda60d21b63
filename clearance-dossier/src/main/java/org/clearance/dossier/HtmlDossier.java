package org.clearance.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.clearance.evidence.Assessment;
import org.clearance.evidence.DocumentKind;
import org.clearance.evidence.Exposure;
import org.clearance.evidence.LinkEvidence;
import org.clearance.supplychain.Finding;
import org.clearance.supplychain.Link;
import org.clearance.supplychain.Party;
import org.clearance.supplychain.PathText;
import org.clearance.supplychain.SupplyChain;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * The dossier as one self-contained XHTML page: summary first, then the map, the paths, every finding,
 * the documents per link, the exposure per party and the lists used. The page is built as a DOM, so every
 * value from a chain file or a list is text, never markup; the PDF is rendered from this same document.
 */
public final class HtmlDossier {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final String CSS = resource("dossier.css");

    /**
     * Rows per table at most, paths per end of the chain, and ends of the chain whose paths are listed. A dossier is read by a person: a chain of
     * thousands of links would otherwise print thousands of pages. What is left out is counted where it
     * would have been, and {@code clearance trace --format json} holds all of it.
     */
    static final int MAX_ROWS = 300;
    static final int MAX_PATHS_PER_END = 10;
    static final int MAX_ENDS = 20;

    private HtmlDossier() {}

    /** The dossier as a document; {@link Document#outerHtml()} gives well-formed XHTML. */
    public static Document render(Dossier d) {
        Assessment a = d.assessment();
        SupplyChain c = a.trace().chain();
        Set<String> risky = a.trace().riskyParties();
        String product = c.product() == null ? "(no product named)" : c.product();

        Document doc = new Document("");
        doc.parser(Parser.xmlParser()); // keeps the case of SVG attributes such as viewBox
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .charset(StandardCharsets.UTF_8).prettyPrint(true);
        doc.appendChild(new DocumentType("html", "", ""));
        Element html = doc.appendElement("html").attr("xmlns", "http://www.w3.org/1999/xhtml").attr("lang", "en");
        Element head = html.appendElement("head");
        head.appendElement("meta").attr("charset", "UTF-8");
        head.appendElement("title").text("Evidence dossier: " + product);
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(CSS));
        Element body = html.appendElement("body");

        Element header = body.appendElement("header");
        header.appendElement("p").addClass("kicker").text("UFLPA supply-chain evidence dossier");
        header.appendElement("h1").text(product);
        header.appendElement("p").addClass("meta").text(String.format(Locale.ROOT,
                "Chain file %s · %d parties, %d links · generated %s by Clearance", d.source(), c.parties().size(),
                c.links().size(), WHEN.format(d.generated())));

        Summary.render(body, a, risky);
        List<Party> drawn = ChainMap.drawn(a);
        map(body, a, risky, drawn);
        paths(body, a);
        findings(body, a);
        evidence(body, a);
        exposure(body, a, drawn);
        warnings(body, a);
        lists(body, d.lists());
        method(body);
        return doc;
    }

    /** @param drawn the parties the map shows, {@link ChainMap#drawn} */
    private static void map(Element body, Assessment a, Set<String> risky, List<Party> drawn) {
        Element s = section(body, "map", "Supply-chain map");
        int all = a.trace().chain().parties().size();
        s.appendElement("p").addClass("note").text("Goods flow from left to right, from raw material to the finished good."
                + (drawn.size() < all ? String.format(Locale.ROOT, " The chain has %d parties: the map shows the %d on paths"
                        + " to a risk and the ends of the chain.", all, drawn.size()) : ""));
        ChainMap.draw(s.appendElement("div").addClass("map"), a, risky, drawn);
        Element legend = s.appendElement("p").addClass("legend");
        legend.appendElement("span").addClass("key risk").text("risk of its own");
        legend.appendElement("span").addClass("key downstream").text("downstream of a risk");
        legend.appendElement("span").addClass("key clear").text("no risk found upstream");
        legend.appendElement("span").addClass("key gap").text("dashed red link: documents missing");
    }

    private static void paths(Element body, Assessment a) {
        Element s = section(body, "paths", "Paths from the finished good back to each risk");
        SupplyChain c = a.trace().chain();
        boolean any = false;
        int ends = 0;
        int all = a.trace().pathsToRisk().size();
        for (Map.Entry<String, List<List<String>>> e : a.trace().pathsToRisk().entrySet()) {
            if (++ends > MAX_ENDS) {
                more(s, MAX_ENDS, all, "ends of the chain");
                break;
            }
            Party end = c.parties().get(e.getKey());
            if (e.getValue().isEmpty()) {
                s.appendElement("p").text(end.name() + ": no path to a listed party or a Xinjiang location.");
                continue;
            }
            any = true;
            s.appendElement("h3").text(String.format(Locale.ROOT, "%s: %d path(s)", end.name(), e.getValue().size()));
            Element ol = s.appendElement("ol").addClass("paths");
            List<List<String>> shown = e.getValue().subList(0, Math.min(MAX_PATHS_PER_END, e.getValue().size()));
            for (List<String> path : shown) {
                ol.appendElement("li").text(PathText.describe(c, path));
            }
            more(s, shown.size(), e.getValue().size(), "paths of this end");
        }
        if (any) {
            s.appendElement("p").addClass("note").text("Each path reads from the finished good back upstream; the last"
                    + " party named is where the risk was found.");
        }
    }

    private static void findings(Element body, Assessment a) {
        Element s = section(body, "findings", "Findings");
        List<Finding> sorted = new ArrayList<>(a.trace().findings());
        sorted.sort(Comparator.comparing(Finding::kind));
        if (sorted.isEmpty()) {
            s.appendElement("p").text("No party matched a list, no address is in Xinjiang and no goods belong to a"
                    + " high-priority sector.");
            return;
        }
        SupplyChain c = a.trace().chain();
        Element table = table(s, "Kind", "Party", "What was found", "Reference", "Confidence");
        more(s, Math.min(MAX_ROWS, sorted.size()), sorted.size(), "findings (the weakest kinds last)");
        for (Finding f : sorted.subList(0, Math.min(MAX_ROWS, sorted.size()))) {
            Party p = c.parties().get(f.partyId());
            Element tr = table.appendElement("tr").addClass(f.kind().name().toLowerCase(Locale.ROOT));
            tr.appendElement("td").addClass("kind").text(kind(f.kind()));
            tr.appendElement("td").text(p.name() + " (" + p.id() + ")");
            tr.appendElement("td").text(f.detail());
            tr.appendElement("td").addClass("ref").text(f.reference());
            tr.appendElement("td").addClass("num").text(String.format(Locale.ROOT, "%.2f", f.confidence()));
        }
    }

    /** A finding's kind in words, as the summary and the table name it. */
    static String kind(Finding.Kind k) {
        return switch (k) {
            case UFLPA_LISTED -> "UFLPA Entity List";
            case SANCTIONS_LISTED -> "Sanctions list";
            case XINJIANG_LOCATION -> "Xinjiang location";
            case HIGH_PRIORITY_SECTOR -> "High-priority sector";
        };
    }

    private static void evidence(Element body, Assessment a) {
        Element s = section(body, "evidence", "Documents per link");
        s.appendElement("p").addClass("note").text("What CBP's Operational Guidance for Importers expects for each link,"
                + " what is held and what is missing. A missing document leaves the fact in the last column unproven.");
        SupplyChain c = a.trace().chain();
        Element table = table(s, "Link", "Goods", "Status", "Held", "Missing: what it leaves unproven");
        List<Integer> order = evidenceOrder(a);
        more(s, Math.min(MAX_ROWS, order.size()), order.size(), "links (gaps on the way to a risk first, documented links last)");
        for (int i : order.subList(0, Math.min(MAX_ROWS, order.size()))) {
            LinkEvidence ev = a.evidence().get(i);
            Link l = c.links().get(i);
            Element tr = table.appendElement("tr").addClass(ev.documented() ? "documented" : "gap");
            tr.appendElement("td").text(c.parties().get(ev.supplier()).name() + " → " + c.parties().get(ev.buyer()).name());
            tr.appendElement("td").text((l.goods() == null ? "" : l.goods()) + (l.hsCode() == null ? "" : " (HS " + l.hsCode() + ")"));
            tr.appendElement("td").addClass("status").text(ev.documented() ? "documented" : "gap");
            Element held = tr.appendElement("td").text(ev.present().isEmpty() ? "none"
                    : String.join(", ", ev.present().stream().filter(d -> !ev.unrecognised().contains(d)).map(HtmlDossier::words).toList()));
            if (!ev.unrecognised().isEmpty()) {
                held.appendElement("div").addClass("unrecognised").text("not a known document kind, not counted: "
                        + String.join(", ", ev.unrecognised()));
            }
            Element missing = tr.appendElement("td");
            if (ev.missing().isEmpty()) {
                missing.text("none");
            } else {
                Element ul = missing.appendElement("ul").addClass("missing");
                for (DocumentKind k : ev.missing()) {
                    Element li = ul.appendElement("li");
                    li.appendElement("strong").text(words(k.kind()));
                    li.appendText(": " + k.blocks());
                }
            }
        }
    }

    /**
     * Link indexes in chain order, which follows the goods; when the table must be cut, the most urgent
     * first: gaps on links into parties at risk, other gaps, then documented links.
     */
    private static List<Integer> evidenceOrder(Assessment a) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < a.evidence().size(); i++) {
            order.add(i);
        }
        if (order.size() <= MAX_ROWS) {
            return order;
        }
        order.sort(Comparator.comparingInt(i -> {
            LinkEvidence ev = a.evidence().get(i);
            return ev.documented() ? 2 : Boolean.TRUE.equals(a.trace().atRisk().get(ev.supplier())) ? 0 : 1;
        }));
        return order;
    }

    /** Says how many rows a capped table leaves out, and where they are; nothing when none is left out. */
    static void more(Element section, int shown, int total, String what) {
        if (shown < total) {
            section.appendElement("p").addClass("note more").text(String.format(Locale.ROOT,
                    "Showing %,d of %,d %s; all of them are in the output of clearance trace --format json.", shown, total, what));
        }
    }

    private static void exposure(Element body, Assessment a, List<Party> drawn) {
        Element s = section(body, "exposure", "Exposure per party");
        s.appendElement("p").addClass("note").text("The share of each party's inputs whose origin is at risk, unknown"
                + " (a link on the way lacks documents) or documented clean, weighted by quantity where the inputs share"
                + " a unit. Unknown is never counted as clean.");
        SupplyChain c = a.trace().chain();
        Element table = table(s, "Party", "At risk", "Unknown", "Documented clean", "Shares", "Weighting");
        for (Party p : drawn) {
            Exposure x = a.exposure().get(p.id());
            if (c.inputsOf(p.id()).isEmpty() && x.weighting() != Exposure.Weighting.OWN_RISK) {
                continue; // an origin has no inputs to weigh
            }
            Element tr = table.appendElement("tr");
            tr.appendElement("td").text(p.name());
            tr.appendElement("td").addClass("num").text(percent(x.atRisk()));
            tr.appendElement("td").addClass("num").text(percent(x.unknown()));
            tr.appendElement("td").addClass("num").text(percent(x.clean()));
            Summary.bar(tr.appendElement("td").addClass("barcell"), x);
            tr.appendElement("td").text(switch (x.weighting()) {
                case QUANTITY -> "by quantity";
                case EQUAL -> "equal: " + x.note();
                case OWN_RISK -> "the party itself is a risk";
                case ORIGIN -> "origin";
            });
        }
    }

    private static void warnings(Element body, Assessment a) {
        if (a.trace().warnings().isEmpty()) {
            return;
        }
        Element s = section(body, "warnings", "Warnings about the chain file");
        Element ul = s.appendElement("ul");
        a.trace().warnings().forEach(w -> ul.appendElement("li").text(w));
    }

    private static void lists(Element body, List<ListVersionUsed> lists) {
        Element s = section(body, "lists", "Lists screened against");
        if (lists.isEmpty()) {
            s.appendElement("p").text("No list versions were recorded for this dossier.");
            return;
        }
        Element table = table(s, "Dataset", "List", "Version", "Published", "Entries", "File hash (SHA-256)");
        for (ListVersionUsed v : lists) {
            Element tr = table.appendElement("tr");
            tr.appendElement("td").addClass("ref").text(v.dataset());
            tr.appendElement("td").text(v.title());
            tr.appendElement("td").addClass("num").text(Integer.toString(v.version()));
            tr.appendElement("td").text(v.published() == null ? "not stated" : v.published().toString());
            tr.appendElement("td").addClass("num").text(String.format(Locale.ROOT, "%,d", v.entries()));
            tr.appendElement("td").addClass("ref").text(v.sha256().substring(0, Math.min(16, v.sha256().length())) + "…");
        }
    }

    private static void method(Element body) {
        Element s = section(body, "method", "How this dossier was made");
        Element ul = s.appendElement("ul");
        ul.appendElement("li").text("Every party's name was screened against the lists above with Clearance's name"
                + " matcher (transliteration-aware); only scores above the match threshold are findings.");
        ul.appendElement("li").text("Addresses were read against a gazetteer of Xinjiang's prefecture- and county-level"
                + " divisions and XPCC divisions, in Chinese, pinyin, Uyghur and English spellings; a street named after"
                + " Xinjiang elsewhere in China does not count.");
        ul.appendElement("li").text("Goods were assigned to the high-priority sectors of the UFLPA Strategy from their HS"
                + " codes and descriptions (English and Chinese). A sector alone is not a risk: it calls for closer scrutiny.");
        ul.appendElement("li").text("A risk marks every party downstream of it. The documents expected per link follow CBP's"
                + " Operational Guidance for Importers (2022) and its FAQs.");
        ul.appendElement("li").text("This dossier organises evidence; it is not legal advice, and the decision on"
                + " admissibility rests with CBP.");
    }

    static Element section(Element body, String id, String title) {
        Element s = body.appendElement("section").id(id);
        s.appendElement("h2").text(title);
        return s;
    }

    private static Element table(Element parent, String... headings) {
        Element table = parent.appendElement("table");
        Element tr = table.appendElement("thead").appendElement("tr");
        for (int i = 0; i < headings.length; i++) {
            tr.appendElement("th").addClass("c" + (i + 1)).text(headings[i]);
        }
        return table.appendElement("tbody");
    }

    /** A document kind as a reader says it: "bill_of_lading" is "bill of lading". */
    static String words(String kind) {
        return kind.replace('_', ' ');
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static String resource(String name) {
        try (InputStream in = HtmlDossier.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts per kind, strongest first, for the summary. */
    static Map<Finding.Kind, Set<String>> partiesByKind(Assessment a) {
        Map<Finding.Kind, Set<String>> out = new LinkedHashMap<>();
        for (Finding.Kind k : Finding.Kind.values()) {
            out.put(k, new TreeSet<>());
        }
        a.trace().findings().forEach(f -> out.get(f.kind()).add(f.partyId()));
        return out;
    }
}
