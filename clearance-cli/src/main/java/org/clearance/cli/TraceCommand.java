package org.clearance.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clearance.dossier.Dossier;
import org.clearance.dossier.HtmlDossier;
import org.clearance.dossier.PdfDossier;
import org.clearance.evidence.Assessment;
import org.clearance.evidence.Exposure;
import org.clearance.evidence.LinkEvidence;
import org.clearance.io.ListInput;
import org.clearance.match.MatchConfig;
import org.clearance.match.MatchIndex;
import org.clearance.store.ListStore;
import org.clearance.supplychain.ChainReader;
import org.clearance.supplychain.Finding;
import org.clearance.supplychain.Party;
import org.clearance.supplychain.PathText;
import org.clearance.supplychain.SupplyChain;
import org.clearance.supplychain.Tracer;
import org.clearance.web.ListsUsed;
import org.jsoup.nodes.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clearance trace CHAIN}: the risks in a supply chain and the paths from the finished good back to each. */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = {"Trace a supply chain (JSON or CSV, see docs/supply-chain-format.md): screen every",
                "party against the lists, find Xinjiang places and UFLPA high-priority sectors, and show",
                "the path from the finished good back to each risk."})
final class TraceCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CHAIN")
    Path input;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the evidence dossier as HTML.")
    Path report;

    @Option(names = "--pdf", paramLabel = "FILE", description = "Also write the evidence dossier as PDF.")
    Path pdf;

    /** The scoring of the parties screened, as {@code screen}'s. */
    @Mixin
    ScoringOptions scoring;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MatchConfig config = scoring.config();
        SupplyChain chain;
        try {
            chain = ChainReader.read(ListInput.of(input));
        } catch (SupplyChain.InvalidChainException e) {
            throw new Errors.UserException(e.getMessage());
        }
        try (ListStore store = Home.openStore(err); MatchIndex index = Home.openIndex(store, err)) {
            Assessment a = Assessment.screen(chain, index, config);
            if (report != null || pdf != null) {
                writeDossier(new Dossier(a, ListsUsed.of(store.currentVersions()), input.getFileName().toString(), Instant.now()), err);
            }
            if (format == Format.json) {
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out, json(a));
                out.println();
            } else {
                text(a, out);
            }
            out.flush();
        }
        return 0;
    }

    private static void text(Assessment a, PrintWriter out) {
        Tracer.Trace t = a.trace();
        SupplyChain c = t.chain();
        out.printf("Supply chain: %s (%d parties, %d links)%n", c.product() == null ? "(no product named)" : c.product(),
                c.parties().size(), c.links().size());
        List<Finding> sorted = new ArrayList<>(t.findings());
        sorted.sort((x, y) -> x.kind().compareTo(y.kind()));
        out.println();
        out.println(sorted.isEmpty() ? "No findings." : "Findings:");
        for (Finding f : sorted) {
            Party p = c.parties().get(f.partyId());
            out.printf("  %-21s %s (%s): %s%n", f.kind().name().toLowerCase().replace('_', ' '), p.id(), p.name(), f.detail());
        }
        out.println();
        out.println("Evidence per link (CBP Operational Guidance for Importers):");
        for (LinkEvidence ev : a.evidence()) {
            out.printf("  %-10s %s -> %s%s%s%n", ev.documented() ? "documented" : "GAP", ev.supplier(), ev.buyer(),
                    ev.documented() ? "" : ": missing " + String.join(", ", ev.missing().stream()
                            .map(k -> k.kind() + " (" + k.blocks() + ")").toList()),
                    ev.unrecognised().isEmpty() ? "" : "; not a known document kind: " + String.join(", ", ev.unrecognised()));
        }
        for (var e : t.pathsToRisk().entrySet()) {
            Party end = c.parties().get(e.getKey());
            out.println();
            if (e.getValue().isEmpty()) {
                out.printf("%s (%s): no path to a listed party or a Xinjiang location.%n", end.name(), end.id());
                continue;
            }
            out.printf("%s (%s) is exposed through %d path(s):%n", end.name(), end.id(), e.getValue().size());
            for (List<String> path : e.getValue()) {
                out.println("  " + PathText.describe(c, path));
            }
        }
        out.println();
        out.println("Exposure of each end of the chain (share of inputs by origin):");
        for (Party end : c.ends()) {
            Exposure x = a.exposure().get(end.id());
            out.printf("  %s (%s): %s at risk, %s unknown, %s documented clean%s%n", end.name(), end.id(), percent(x.atRisk()),
                    percent(x.unknown()), percent(x.clean()), x.note() == null ? "" : " (weighted equally: " + x.note() + ")");
        }
        if (!t.warnings().isEmpty()) {
            out.println();
            out.println("Warnings:");
            t.warnings().forEach(w -> out.println("  " + w));
        }
    }

    private void writeDossier(Dossier d, PrintWriter err) throws IOException {
        Document html = HtmlDossier.render(d);
        if (report != null) {
            Files.writeString(report, html.outerHtml(), StandardCharsets.UTF_8);
            err.println("Wrote the dossier to " + report);
        }
        if (pdf != null) {
            PdfDossier.missingFonts().forEach(f -> err.println("Warning: font not found, characters it covers print as '#': " + f));
            try (OutputStream out = Files.newOutputStream(pdf)) {
                PdfDossier.write(html, out);
            }
            err.println("Wrote the dossier to " + pdf);
        }
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static Object json(Assessment a) {
        Tracer.Trace t = a.trace();
        SupplyChain c = t.chain();
        List<Object> paths = new ArrayList<>();
        t.pathsToRisk().forEach((end, ps) -> ps.forEach(p -> paths.add(Map.of("end", end, "path", p,
                "description", PathText.describe(c, p)))));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("product", c.product() == null ? "" : c.product());
        out.put("findings", t.findings());
        out.put("paths", paths);
        out.put("atRisk", t.atRisk());
        out.put("exposure", a.exposure());
        out.put("evidence", a.evidence());
        out.put("warnings", t.warnings());
        return out;
    }
}
