package org.clearance.dossier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.clearance.evidence.Assessment;
import org.clearance.evidence.Exposure;
import org.clearance.evidence.LinkEvidence;
import org.clearance.supplychain.Finding;
import org.clearance.supplychain.Party;
import org.clearance.supplychain.SupplyChain;
import org.jsoup.nodes.Element;

/**
 * The dossier's first section, written to be read in a minute: the verdict in one sentence, the exposure
 * of each finished good, the risks and gaps in counts, and what to do next.
 */
final class Summary {
    /** Steps listed at most: the summary must stay readable in a minute; the tables below hold the rest. */
    static final int MAX_STEPS = 8;
    /** Parties named per kind of finding in the summary. */
    static final int MAX_NAMES = 10;
    /** Ends of the chain whose exposure the summary shows, the most exposed first. */
    static final int MAX_ENDS = 5;

    private Summary() {}

    /** The overall state, which sets the summary's colour and headline. */
    enum Verdict { RISK, UNKNOWN, CLEAN }

    static Verdict verdict(Assessment a) {
        SupplyChain c = a.trace().chain();
        if (c.ends().stream().anyMatch(e -> Boolean.TRUE.equals(a.trace().atRisk().get(e.id())))) {
            return Verdict.RISK;
        }
        boolean gaps = a.evidence().stream().anyMatch(ev -> !ev.documented());
        return gaps ? Verdict.UNKNOWN : Verdict.CLEAN;
    }

    static void render(Element body, Assessment a, Set<String> risky) {
        Verdict v = verdict(a);
        Element s = HtmlDossier.section(body, "summary", "Summary").addClass("verdict").addClass(v.name().toLowerCase(Locale.ROOT));
        Map<Finding.Kind, Set<String>> byKind = HtmlDossier.partiesByKind(a);
        s.appendElement("p").addClass("headline").text(headline(v, byKind));

        SupplyChain c = a.trace().chain();
        Element facts = s.appendElement("table").addClass("facts").appendElement("tbody");
        List<Party> ends = new ArrayList<>(c.ends());
        ends.sort(Comparator.comparingDouble((Party e) -> -a.exposure().get(e.id()).atRisk())); // stable: chain order on ties
        for (Party end : ends.subList(0, Math.min(MAX_ENDS, ends.size()))) {
            Exposure x = a.exposure().get(end.id());
            Element tr = row(facts, "Exposure of " + end.name());
            bar(tr, x);
            tr.appendElement("div").addClass("barlabel").text(String.format(Locale.ROOT, "%s at risk · %s unknown · %s documented clean%s",
                    HtmlDossier.percent(x.atRisk()), HtmlDossier.percent(x.unknown()), HtmlDossier.percent(x.clean()),
                    x.note() == null ? "" : " (inputs weighted equally: " + x.note() + ")"));
        }
        if (ends.size() > MAX_ENDS) {
            row(facts, "Other ends of the chain").text(String.format(Locale.ROOT,
                    "%,d more, less exposed: see the exposure table and clearance trace --format json", ends.size() - MAX_ENDS));
        }
        for (Finding.Kind k : List.of(Finding.Kind.UFLPA_LISTED, Finding.Kind.XINJIANG_LOCATION, Finding.Kind.SANCTIONS_LISTED)) {
            row(facts, HtmlDossier.kind(k)).text(parties(c, byKind.get(k)));
        }
        Set<String> sectors = new TreeSet<>();
        a.trace().findings().stream().filter(f -> f.kind() == Finding.Kind.HIGH_PRIORITY_SECTOR)
                .forEach(f -> sectors.add(f.detail().split(":", 2)[0]));
        row(facts, "High-priority sectors").text(sectors.isEmpty() ? "none" : String.join("; ", sectors));
        long documented = a.evidence().stream().filter(LinkEvidence::documented).count();
        int missing = a.evidence().stream().mapToInt(ev -> ev.missing().size()).sum();
        row(facts, "Documents").text(String.format(Locale.ROOT, "%d of %d links documented; %d document(s) missing",
                documented, a.evidence().size(), missing));

        List<String> next = next(a, risky);
        if (!next.isEmpty()) {
            s.appendElement("h3").text("What to do next");
            Element ol = s.appendElement("ol").addClass("next");
            next.stream().limit(MAX_STEPS).forEach(n -> ol.appendElement("li").text(n));
            HtmlDossier.more(s, Math.min(MAX_STEPS, next.size()), next.size(), "steps");
        }
    }

    private static String headline(Verdict v, Map<Finding.Kind, Set<String>> byKind) {
        return switch (v) {
            case RISK -> {
                List<String> why = new ArrayList<>();
                if (!byKind.get(Finding.Kind.UFLPA_LISTED).isEmpty()) {
                    why.add("an entity on the UFLPA Entity List");
                }
                if (!byKind.get(Finding.Kind.XINJIANG_LOCATION).isEmpty()) {
                    why.add("a party in Xinjiang");
                }
                if (!byKind.get(Finding.Kind.SANCTIONS_LISTED).isEmpty()) {
                    why.add("a party on a sanctions list");
                }
                yield "At risk: the goods trace back to " + String.join(" and ", why)
                        + ". Under the UFLPA they are presumed made with forced labour unless the importer rebuts that"
                        + " with clear and convincing evidence.";
            }
            case UNKNOWN -> "Not shown clean: no listed party or Xinjiang location was found, but some links lack the"
                    + " documents that would show where the inputs came from.";
            case CLEAN -> "No listed party or Xinjiang location was found, and every link holds the documents CBP expects.";
        };
    }

    private static String parties(SupplyChain c, Set<String> ids) {
        if (ids.isEmpty()) {
            return "none";
        }
        String names = String.join("; ", ids.stream().limit(MAX_NAMES).map(id -> c.parties().get(id).name()).toList());
        return String.format(Locale.ROOT, "%,d part%s: %s%s", ids.size(), ids.size() == 1 ? "y" : "ies", names,
                ids.size() > MAX_NAMES ? String.format(Locale.ROOT, "; and %,d more in the findings", ids.size() - MAX_NAMES) : "");
    }

    /** Actions in the order they matter: risks first, then gaps on the way to a risk, then other gaps. */
    private static List<String> next(Assessment a, Set<String> risky) {
        SupplyChain c = a.trace().chain();
        List<String> out = new ArrayList<>();
        for (String id : risky) {
            out.add("Replace the inputs from " + c.parties().get(id).name()
                    + ", or gather the evidence to rebut the presumption for them.");
        }
        List<LinkEvidence> ordered = new ArrayList<>(a.evidence().stream().filter(ev -> !ev.documented()).toList());
        ordered.sort(Comparator.comparing(ev -> !Boolean.TRUE.equals(a.trace().atRisk().get(ev.supplier())))); // stable
        for (LinkEvidence ev : ordered) {
            out.add("Obtain " + String.join(", ", ev.missing().stream().map(k -> HtmlDossier.words(k.kind())).toList())
                    + " for the link " + c.parties().get(ev.supplier()).name() + " → " + c.parties().get(ev.buyer()).name());
        }
        if (!a.trace().warnings().isEmpty()) {
            out.add("Correct the chain file: " + a.trace().warnings().size() + " warning(s) below.");
        }
        return out;
    }

    private static Element row(Element tbody, String label) {
        Element tr = tbody.appendElement("tr");
        tr.appendElement("th").text(label);
        return tr.appendElement("td");
    }

    /** A stacked bar of the three shares, as a one-row table so that browsers and the PDF renderer draw it alike. */
    static void bar(Element parent, Exposure x) {
        Element tr = parent.appendElement("table").addClass("bar").attr("role", "img")
                .attr("aria-label", "at risk " + HtmlDossier.percent(x.atRisk()) + ", unknown " + HtmlDossier.percent(x.unknown())
                        + ", documented clean " + HtmlDossier.percent(x.clean()))
                .appendElement("tbody").appendElement("tr");
        double[] shares = {x.atRisk(), x.unknown(), x.clean()};
        String[] classes = {"risk", "unknown", "clean"};
        for (int i = 0; i < shares.length; i++) {
            if (shares[i] >= 0.005) {
                tr.appendElement("td").addClass(classes[i]).attr("style", String.format(Locale.ROOT, "width: %.1f%%", shares[i] * 100));
            }
        }
    }
}
