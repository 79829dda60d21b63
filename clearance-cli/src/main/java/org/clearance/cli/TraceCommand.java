package org.clearance.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.clearance.evidence.EvidenceChecklist;
import org.clearance.evidence.LinkEvidence;
import org.clearance.lists.ListInput;
import org.clearance.match.MatchConfig;
import org.clearance.match.MatchIndex;
import org.clearance.match.MatchResult;
import org.clearance.match.Query;
import org.clearance.model.Schema;
import org.clearance.store.ListStore;
import org.clearance.supplychain.ChainReader;
import org.clearance.supplychain.Finding;
import org.clearance.supplychain.Link;
import org.clearance.supplychain.Party;
import org.clearance.supplychain.SupplyChain;
import org.clearance.supplychain.Tracer;
import org.clearance.supplychain.sectors.Sectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code clearance trace CHAIN}: the risks in a supply chain and the paths from the finished good back to each. */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = {"Trace a supply chain (JSON or CSV, see docs/supply-chain-format.md): screen every",
                "party against the lists, find Xinjiang places and UFLPA high-priority sectors, and show",
                "the path from the finished good back to each risk."})
final class TraceCommand implements Callable<Integer> {
    /** The UFLPA Entity List: a hit there is the strongest finding. */
    static final String UFLPA_DATASET = "us_dhs_uflpa";

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CHAIN")
    Path input;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SupplyChain chain;
        try {
            chain = ChainReader.read(ListInput.of(input));
        } catch (SupplyChain.InvalidChainException e) {
            throw new Errors.UserException(e.getMessage());
        }
        try (ListStore store = Home.openStore(err); MatchIndex index = Home.openIndex(store, err)) {
            Tracer.Trace t = new Tracer(p -> screen(index, p), Places::find).trace(chain);
            if (format == Format.json) {
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out, json(t));
                out.println();
            } else {
                text(t, out);
            }
            out.flush();
        }
        return 0;
    }

    private static List<Finding> screen(MatchIndex index, Party p) {
        List<String> countries = p.country() == null ? List.of() : List.of(p.country());
        Query q = new Query(Schema.LEGAL_ENTITY, List.of(p.name()), List.of(), countries, List.of(), null);
        List<Finding> out = new ArrayList<>();
        for (MatchResult r : index.match(q, MatchConfig.DEFAULT, 3, Set.of())) {
            if (r.match()) {
                boolean uflpa = r.entity().dataset().equals(UFLPA_DATASET);
                out.add(new Finding(p.id(), uflpa ? Finding.Kind.UFLPA_LISTED : Finding.Kind.SANCTIONS_LISTED,
                        String.format("matches %s on %s (score %.2f)", r.entity().caption(), r.entity().dataset(), r.score()),
                        r.entity().id(), r.score()));
            }
        }
        return out;
    }

    private static void text(Tracer.Trace t, PrintWriter out) {
        SupplyChain c = t.chain();
        out.printf("Supply chain: %s (%d parties, %d links)%n", c.product() == null ? "(no product named)" : c.product(),
                c.parties().size(), c.links().size());
        List<Finding> sorted = new ArrayList<>(t.findings());
        sorted.sort((a, b) -> a.kind().compareTo(b.kind()));
        out.println();
        out.println(sorted.isEmpty() ? "No findings." : "Findings:");
        for (Finding f : sorted) {
            Party p = c.parties().get(f.partyId());
            out.printf("  %-21s %s (%s): %s%n", f.kind().name().toLowerCase().replace('_', ' '), p.id(), p.name(), f.detail());
        }
        out.println();
        out.println("Evidence per link (CBP Operational Guidance for Importers):");
        for (LinkEvidence ev : evidence(c)) {
            out.printf("  %-10s %s -> %s%s%n", ev.documented() ? "documented" : "GAP", ev.supplier(), ev.buyer(),
                    ev.documented() ? "" : ": missing " + String.join(", ", ev.missing().stream()
                            .map(k -> k.kind() + " (" + k.blocks() + ")").toList()));
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
                out.println("  " + describe(c, path));
            }
        }
    }

    /** The document checklist of every link; cotton links also need origin testing. */
    static List<LinkEvidence> evidence(SupplyChain c) {
        Sectors sectors = Sectors.get();
        List<LinkEvidence> out = new ArrayList<>();
        for (Link l : c.links()) {
            boolean cotton = (l.hsCode() != null && sectors.fromHsCode(l.hsCode()).stream().anyMatch(h -> h.sectorId().equals(COTTON)))
                    || (l.goods() != null && sectors.fromDescription(l.goods()).stream().anyMatch(h -> h.sectorId().equals(COTTON)));
            out.add(EvidenceChecklist.check(c, l, cotton));
        }
        return out;
    }

    /** The sector whose raw material CBP expects origin testing for. */
    static final String COTTON = "cotton_apparel";

    /** "T-shirts <- knit fabric (Saigon Knit, VN) <- yarn (Wuxi Everbright, CN) <- cotton lint (Aksu Huafu, CN)". */
    static String describe(SupplyChain c, List<String> path) {
        StringBuilder sb = new StringBuilder(c.product() == null ? path.get(0) : c.product());
        for (int i = 0; i + 1 < path.size(); i++) {
            String buyer = path.get(i);
            String supplier = path.get(i + 1);
            Link link = c.inputsOf(buyer).stream().filter(l -> l.supplier().equals(supplier)).findFirst().orElseThrow();
            Party p = c.parties().get(supplier);
            sb.append(" <- ").append(link.goods() == null ? "goods" : link.goods()).append(" (").append(p.name());
            if (p.country() != null) {
                sb.append(", ").append(p.country());
            }
            sb.append(')');
        }
        return sb.toString();
    }

    private static Object json(Tracer.Trace t) {
        SupplyChain c = t.chain();
        List<Object> paths = new ArrayList<>();
        t.pathsToRisk().forEach((end, ps) -> ps.forEach(p -> paths.add(java.util.Map.of("end", end, "path", p,
                "description", describe(c, p)))));
        return java.util.Map.of("product", c.product() == null ? "" : c.product(), "findings", t.findings(),
                "paths", paths, "atRisk", t.atRisk(), "evidence", evidence(c));
    }
}
