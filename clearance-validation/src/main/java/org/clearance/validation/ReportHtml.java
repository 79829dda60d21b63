package org.clearance.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * The validation report as one XHTML page: built as a DOM, so every name from a list or a file is text, never markup;
 * its charts are inline SVG (no script, no network), and the same document renders to PDF.
 */
public final class ReportHtml {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final String CSS = resource("report.css");
    /** Chart colours: recall of exact names, recall of treatments, false-alert rate. */
    private static final String[] COLOURS = {"#1b6b35", "#2456a6", "#a4161a"};
    /** Recall below this is marked weak, a false-alert rate above {@link #HIGH_ALERTS} high: the marks draw the eye, they decide nothing. */
    private static final double WEAK = 0.9;
    private static final double HIGH_ALERTS = 0.02;

    private ReportHtml() {}

    /** The report as a document; {@link Document#outerHtml()} gives well-formed XHTML. */
    public static Document render(ValidationReport r) {
        ValidationReport.Run run = r.run();
        ValidationReport.Figures f = r.figures();
        Document doc = new Document("");
        doc.parser(Parser.xmlParser()); // keeps the case of SVG attributes such as viewBox
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .charset(StandardCharsets.UTF_8).prettyPrint(true);
        doc.appendChild(new DocumentType("html", "", ""));
        Element html = doc.appendElement("html").attr("xmlns", "http://www.w3.org/1999/xhtml").attr("lang", "en");
        Element head = html.appendElement("head");
        head.appendElement("meta").attr("charset", "UTF-8");
        head.appendElement("title").text("Screening filter validation " + WHEN.format(run.date()));
        head.appendElement("style").appendChild(new DataNode(CSS));
        Element body = html.appendElement("body");
        body.appendElement("p").addClass("kicker").text("Sanctions screening filter: validation report");
        body.appendElement("h1").text("Validation of " + WHEN.format(run.date()));
        body.appendElement("p").addClass("meta").text(String.format(Locale.ROOT,
                "Seed %d · %,d entries sampled for treatments · datasets %s · threshold %s · ran %.0f s · inputs SHA-256 %s",
                run.seed(), run.sample(), run.datasets().isEmpty() ? "all" : String.join(", ", run.datasets()), num(run.threshold()),
                run.seconds(), run.inputsHash()));
        summary(body, r);
        chart(body, f, run.threshold());
        treatments(body, f);
        exact(body, f);
        negatives(body, f);
        pairs(body, f);
        comparison(body, f, run);
        configuration(body, run);
        method(body);
        return doc;
    }

    private static void summary(Element body, ValidationReport r) {
        ValidationReport.Figures f = r.figures();
        double t = r.run().threshold();
        Element box = body.appendElement("div").addClass("summary").attr("id", "summary");
        box.appendElement("h3").text("At the threshold of " + num(t));
        Element table = box.appendElement("table");
        row(table, "Exact-name test", f.exact(), "names found", "recall-exact", true);
        row(table, "Above the line (treatments)", f.treated(), "changed names found", "recall-treated", true);
        if (f.negatives().cases() > 0) {
            row(table, "Below the line", f.negatives(), "people on no list alerted", "false-alert-rate", false);
        }
        if (f.pairs() != null) {
            Element tr = table.appendElement("tr");
            tr.appendElement("td").text("Labelled pairs");
            tr.appendElement("td").attr("id", "pairs-f1").text(String.format(Locale.ROOT, "precision %s, recall %s, F1 %s",
                    percent(f.pairs().precision()), percent(f.pairs().recall()), percent(f.pairs().f1())));
        }
        if (f.comparison() != null) {
            Element tr = table.appendElement("tr");
            tr.appendElement("td").text("Change " + f.comparison().change());
            tr.appendElement("td").attr("id", "flipped").text(String.format(Locale.ROOT, "%,d cases change outcome", f.comparison().flipped()));
        }
        if (!f.byTreatment().isEmpty()) {
            ValidationReport.Group weakest = f.byTreatment().get(0);
            box.appendElement("p").text(String.format(Locale.ROOT, "Weakest treatment: %s (%s found).", weakest.name(), percent(weakest.rate())));
        }
        if (!f.byScript().isEmpty()) {
            ValidationReport.Group weakest = f.byScript().get(0);
            box.appendElement("p").text(String.format(Locale.ROOT, "Weakest script: %s (%s found).", weakest.name(), percent(weakest.rate())));
        }
    }

    private static void row(Element table, String what, ValidationReport.Group g, String noun, String id, boolean recall) {
        Element tr = table.appendElement("tr");
        tr.appendElement("td").text(what);
        if (g.cases() == 0) {
            tr.appendElement("td").attr("id", id).text("not run: no cases");
            return;
        }
        Element v = tr.appendElement("td").attr("id", id).attr("data-rate", String.format(Locale.ROOT, "%.6f", g.rate()));
        v.appendElement("span").addClass(mark(g.rate(), recall)).text(percent(g.rate()));
        v.appendText(String.format(Locale.ROOT, " (%,d of %,d %s)", g.alerts(), g.cases(), noun));
    }

    private static String mark(double rate, boolean recall) {
        return recall ? (rate < WEAK ? "weak" : "good") : (rate > HIGH_ALERTS ? "weak" : "good");
    }

    /** Recall and false-alert rate against threshold, as an inline SVG line chart. */
    private static void chart(Element body, ValidationReport.Figures f, double threshold) {
        Element s = section(body, "chart", "Recall and false alerts against the threshold");
        int w = 640, h = 260, left = 48, right = 16, top = 12, bottom = 36;
        double x0 = f.thresholds().get(0), x1 = f.thresholds().get(f.thresholds().size() - 1);
        Element svg = s.appendElement("div").addClass("chart").appendElement("svg").attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("width", "" + w).attr("height", "" + h).attr("viewBox", "0 0 " + w + " " + h);
        for (int i = 0; i <= 4; i++) {
            double y = top + (h - top - bottom) * i / 4.0;
            svg.appendElement("line").attr("x1", "" + left).attr("x2", "" + (w - right)).attr("y1", num(y)).attr("y2", num(y))
                    .attr("stroke", "#e2e5ea");
            svg.appendElement("text").attr("x", "" + (left - 6)).attr("y", num(y + 4)).attr("text-anchor", "end").attr("font-size", "10")
                    .text((100 - 25 * i) + "%");
        }
        for (double t : f.thresholds()) {
            double x = left + (w - left - right) * (t - x0) / (x1 - x0);
            svg.appendElement("text").attr("x", num(x)).attr("y", "" + (h - bottom + 16)).attr("text-anchor", "middle").attr("font-size", "10")
                    .text(num(t));
        }
        svg.appendElement("text").attr("x", "" + ((w + left) / 2)).attr("y", "" + (h - 4)).attr("text-anchor", "middle").attr("font-size", "10")
                .text("threshold");
        double tx = left + (w - left - right) * (threshold - x0) / (x1 - x0);
        svg.appendElement("line").attr("x1", num(tx)).attr("x2", num(tx)).attr("y1", "" + top).attr("y2", "" + (h - bottom))
                .attr("stroke", "#5b6475").attr("stroke-dasharray", "4 3");
        List<ValidationReport.Group> lines = List.of(f.exact(), f.treated(), f.negatives());
        String[] names = {"exact names found", "changed names found", "people on no list alerted"};
        Element legend = s.appendElement("p").addClass("legend");
        for (int i = 0; i < lines.size(); i++) {
            ValidationReport.Group g = lines.get(i);
            if (g.cases() == 0) {
                continue;
            }
            StringBuilder points = new StringBuilder();
            for (int j = 0; j < f.thresholds().size(); j++) {
                double x = left + (w - left - right) * (f.thresholds().get(j) - x0) / (x1 - x0);
                double y = top + (h - top - bottom) * (1 - g.curve().get(j));
                points.append(num(x)).append(',').append(num(y)).append(' ');
            }
            svg.appendElement("polyline").attr("points", points.toString().strip()).attr("fill", "none").attr("stroke", COLOURS[i])
                    .attr("stroke-width", "2");
            Element key = legend.appendElement("span");
            key.appendElement("span").addClass("swatch").attr("style", "background:" + COLOURS[i]);
            key.appendText(names[i]);
        }
        s.appendElement("p").addClass("note").text("The dashed line is the threshold in use. A higher threshold alerts less: fewer "
                + "false alerts, and fewer listed names found.");
    }

    private static void treatments(Element body, ValidationReport.Figures f) {
        Element s = section(body, "treatments", "Above the line: listed names changed as they reach a screening");
        s.appendElement("p").addClass("note").text("Each treatment changes the names of a seeded sample of listed entries in one "
                + "documented way; those that need names few entries have (Chinese characters, Uyghur, Cyrillic or Arabic script) "
                + "change every entry that has one. A case is found when its entry scores at least the threshold. Weakest first.");
        Element table = table(s, "Treatment", "What it does", "Cases", "Found", "Recall", "at 0.60", "at 0.80", "at 0.90");
        table.parent().addClass("treatments");
        for (ValidationReport.Group g : f.byTreatment()) {
            Element tr = table.appendElement("tr").attr("data-treatment", g.name());
            tr.appendElement("td").text(g.name());
            tr.appendElement("td").addClass("detail").text(Treatments.byId(g.name()).map(Treatment::description).orElse(""));
            groupCells(tr, g, f.thresholds(), true);
        }
        for (var by : List.of(new Object[] {"By script of the name screened", f.byScript()}, new Object[] {"By dataset", f.byDataset()},
                new Object[] {"By schema", f.bySchema()})) {
            s.appendElement("h3").text((String) by[0]);
            @SuppressWarnings("unchecked")
            List<ValidationReport.Group> groups = (List<ValidationReport.Group>) by[1];
            Element t = table(s, "Group", "Cases", "Found", "Recall", "at 0.60", "at 0.80", "at 0.90");
            for (ValidationReport.Group g : groups) {
                Element tr = t.appendElement("tr");
                tr.appendElement("td").text(g.name());
                groupCells(tr, g, f.thresholds(), true);
            }
        }
        cases(s, "Changed names not found", f.treatedMisses(), f.treated().cases() - f.treated().alerts());
    }

    private static void groupCells(Element tr, ValidationReport.Group g, List<Double> thresholds, boolean recall) {
        tr.appendElement("td").addClass("n").text(String.format(Locale.ROOT, "%,d", g.cases()));
        tr.appendElement("td").addClass("n").text(String.format(Locale.ROOT, "%,d", g.alerts()));
        tr.appendElement("td").addClass("n").appendElement("span").addClass(mark(g.rate(), recall)).text(percent(g.rate()));
        for (double t : List.of(0.6, 0.8, 0.9)) {
            int i = (int) Math.round((t - thresholds.get(0)) / 0.05);
            tr.appendElement("td").addClass("n").text(percent(g.curve().get(i)));
        }
    }

    private static void exact(Element body, ValidationReport.Figures f) {
        Element s = section(body, "exact", "Exact-name test: every listed name screened as written");
        s.appendElement("p").text(String.format(Locale.ROOT, "%,d of %,d names found their own entry (%s). Weak aliases are "
                + "not compared by design (a nickname alone raises no alert): %,d of %,d found, not counted above.",
                f.exact().alerts(), f.exact().cases(), percent(f.exact().rate()), f.weakAliases().alerts(), f.weakAliases().cases()));
        Element t = table(s, "Dataset", "Names", "Found", "Recall", "at 0.60", "at 0.80", "at 0.90");
        for (ValidationReport.Group g : f.exactByDataset()) {
            Element tr = t.appendElement("tr");
            tr.appendElement("td").text(g.name());
            groupCells(tr, g, f.thresholds(), true);
        }
        cases(s, "Names that did not find their own entry", f.exactMisses(), f.exact().cases() - f.exact().alerts());
    }

    private static void negatives(Element body, ValidationReport.Figures f) {
        if (f.negatives().cases() == 0) {
            return;
        }
        Element s = section(body, "negatives", "Below the line: people on no list");
        s.appendElement("p").text(String.format(Locale.ROOT, "%,d of %,d people on no list raised an alert (%s). Worst first.",
                f.negatives().alerts(), f.negatives().cases(), percent(f.negatives().rate())));
        for (var by : List.of(new Object[] {"By locale", f.negativesByLocale()}, new Object[] {"By script", f.negativesByScript()})) {
            s.appendElement("h3").text((String) by[0]);
            @SuppressWarnings("unchecked")
            List<ValidationReport.Group> groups = (List<ValidationReport.Group>) by[1];
            Element t = table(s, "Group", "People", "Alerted", "False-alert rate", "at 0.60", "at 0.80", "at 0.90");
            for (ValidationReport.Group g : groups) {
                Element tr = t.appendElement("tr");
                tr.appendElement("td").text(g.name());
                groupCells(tr, g, f.thresholds(), false);
            }
        }
        cases(s, "False alerts, highest score first, with their explanations", f.falseAlerts(), f.negatives().alerts());
    }

    private static void pairs(Element body, ValidationReport.Figures f) {
        if (f.pairs() == null) {
            return;
        }
        ValidationReport.PairFigures p = f.pairs();
        Element s = section(body, "pairs", "The user's labelled pairs");
        Element t = table(s, "Precision", "Recall", "F1", "True matches found", "False alerts", "Matches missed", "Rightly apart");
        Element tr = t.appendElement("tr");
        for (String v : List.of(percent(p.precision()), percent(p.recall()), percent(p.f1()), "" + p.truePositives(), "" + p.falsePositives(),
                "" + p.falseNegatives(), "" + p.trueNegatives())) {
            tr.appendElement("td").addClass("n").text(v);
        }
        cases(s, "Pairs scored against their label", f.pairErrors(), p.falsePositives() + p.falseNegatives());
    }

    private static void comparison(Element body, ValidationReport.Figures f, ValidationReport.Run run) {
        if (f.comparison() == null) {
            return;
        }
        ValidationReport.Comparison c = f.comparison();
        Element s = section(body, "comparison", "Change impact: " + c.change());
        s.appendElement("p").text(String.format(Locale.ROOT, "The configuration tested (threshold %s) beside the same with %s "
                + "(threshold %s): %,d cases change outcome.", num(run.threshold()), c.change(), num(c.thresholdB()), c.flipped()));
        Element t = table(s, "Test", "Cases", "Right now", "Right after the change", "Difference");
        for (ValidationReport.KindChange k : c.kinds()) {
            Element tr = t.appendElement("tr");
            tr.appendElement("td").text(k.kind().toLowerCase(Locale.ROOT));
            tr.appendElement("td").addClass("n").text(String.format(Locale.ROOT, "%,d", k.cases()));
            tr.appendElement("td").addClass("n").text(String.format(Locale.ROOT, "%,d", k.rightA()));
            tr.appendElement("td").addClass("n").text(String.format(Locale.ROOT, "%,d", k.rightB()));
            tr.appendElement("td").addClass("n").text(String.format(Locale.ROOT, "%+,d", k.rightB() - k.rightA()));
        }
        Element h = s.appendElement("h3").text("Cases that change outcome");
        Element ft = table(s, "Test", "Case", "Name screened", "Score now", "Score after", "Should alert", "Alerts now", "Alerts after");
        ft.parent().addClass("flips");
        for (CaseResult x : c.flips()) {
            Element tr = ft.appendElement("tr").addClass("flip");
            tr.appendElement("td").text(x.kind().name().toLowerCase(Locale.ROOT) + " " + x.test());
            tr.appendElement("td").addClass("mono").text(x.entityId().isEmpty() ? x.id() : x.entityId());
            tr.appendElement("td").text(x.query());
            tr.appendElement("td").addClass("n").text(num4(x.score()));
            tr.appendElement("td").addClass("n").text(num4(x.scoreB()));
            tr.appendElement("td").text(x.mustMatch() ? "yes" : "no");
            tr.appendElement("td").text(x.alerts(run.threshold()) ? "yes" : "no");
            tr.appendElement("td").text(x.scoreB() >= c.thresholdB() ? "yes" : "no");
        }
        more(s, c.flips().size(), c.flipped());
        h.attr("data-count", "" + c.flipped());
    }

    private static void configuration(Element body, ValidationReport.Run run) {
        Element s = section(body, "configuration", "Configuration, lists and inputs");
        s.appendElement("h3").text("Lists screened against");
        Element ul = s.appendElement("ul");
        run.listVersions().forEach(v -> ul.appendElement("li").text(v));
        s.appendElement("h3").text("Settings");
        Element t = table(s, "Setting", "Value", "Default", "What it does");
        t.parent().addClass("settings");
        for (ValidationReport.SettingValue v : run.settings()) {
            Element tr = t.appendElement("tr");
            tr.appendElement("td").addClass("mono").text(v.name());
            Element value = tr.appendElement("td").addClass("n").appendElement("span").text(v.value());
            if (!v.value().equals(v.defaultValue())) {
                value.addClass("weak"); // a changed setting is what a reviewer looks for first
            }
            tr.appendElement("td").addClass("n").text(v.defaultValue());
            tr.appendElement("td").addClass("detail").text(v.description());
        }
        s.appendElement("h3").text("Inputs (SHA-256)");
        Element it = table(s, "Input", "SHA-256");
        it.parent().addClass("inputs");
        for (ValidationReport.Input in : run.inputs()) {
            Element tr = it.appendElement("tr");
            tr.appendElement("td").text(in.what());
            tr.appendElement("td").addClass("mono").text(in.sha256());
        }
        s.appendElement("p").addClass("note").text("The same inputs (lists, files, settings, seed, sample) give the same cases and "
                + "the same figures: the SHA-256 of all of them together is " + run.inputsHash() + ".");
    }

    private static void method(Element body) {
        Element s = section(body, "method", "How to read this report");
        s.appendElement("p").text("The exact-name test screens every name of every listed entry as the list writes it: each must "
                + "find its own entry, and anything short of 100% is listed name by name. Above the line, the names of a random "
                + "sample of entries (fixed by the seed) are changed as names change on their way to a screening: typing slips, "
                + "word order, middle names, initials, titles, legal forms, other scripts and romanisations, a birth year off by "
                + "one. The recall of each treatment says how often the filter still finds the entry. Below the line, people on no "
                + "list are screened: every alert on one is a false alert an analyst has to clear. The curves show both against "
                + "the threshold, which is the trade a threshold change makes.");
    }

    private static void cases(Element s, String title, List<CaseResult> cases, int all) {
        s.appendElement("h3").text(String.format(Locale.ROOT, "%s (%,d)", title, all));
        if (cases.isEmpty()) {
            s.appendElement("p").addClass("note").text("None.");
            return;
        }
        Element t = table(s, "Case", "Test", "Listed or given name", "Name screened", "Score", "Best other entry");
        t.parent().addClass("cases");
        for (CaseResult c : cases) {
            Element tr = t.appendElement("tr");
            tr.appendElement("td").addClass("mono").text(c.entityId().isEmpty() ? c.id() : c.entityId());
            tr.appendElement("td").text(c.test());
            tr.appendElement("td").text(c.from());
            tr.appendElement("td").text(c.query());
            tr.appendElement("td").addClass("n").text(num4(c.score()));
            tr.appendElement("td").addClass("detail").text(c.detail());
        }
        more(s, cases.size(), all);
    }

    private static void more(Element s, int shown, int all) {
        if (shown < all) {
            s.appendElement("p").addClass("note").text(String.format(Locale.ROOT, "%,d more are in the CSV of cases (--csv).", all - shown));
        }
    }

    private static Element section(Element body, String id, String title) {
        Element s = body.appendElement("section").attr("id", id);
        s.appendElement("h2").text(title);
        return s;
    }

    private static Element table(Element parent, String... headings) {
        Element table = parent.appendElement("table");
        Element tr = table.appendElement("thead").appendElement("tr");
        for (int i = 0; i < headings.length; i++) {
            tr.appendElement("th").addClass("c" + (i + 1)).text(headings[i]); // c1, c2...: column widths in report.css
        }
        return table.appendElement("tbody");
    }

    /** A rate as the report writes it: 97.3%; a rate short of 1 never shows as 100.0% (32,685 of 32,700 is 99.9%). */
    public static String percent(double rate) {
        String s = String.format(Locale.ROOT, "%.1f%%", rate * 100);
        return rate < 1 && s.equals("100.0%") ? "99.9%" : s;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String num4(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4f", v);
    }

    private static String resource(String name) {
        try (InputStream in = ReportHtml.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
