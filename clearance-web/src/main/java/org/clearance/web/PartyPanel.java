package org.clearance.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clearance.evidence.Assessment;
import org.clearance.evidence.DocumentKind;
import org.clearance.evidence.Exposure;
import org.clearance.evidence.LinkEvidence;
import org.clearance.supplychain.Finding;
import org.clearance.supplychain.Link;
import org.clearance.supplychain.Party;
import org.clearance.supplychain.PathText;
import org.clearance.supplychain.SupplyChain;

/**
 * One party of a traced chain as the page's side panel shows it (template model): who it is, how it
 * stands, each finding with its evidence (the list entry and score, the place, the sector and why), the
 * documents of the goods it buys and supplies (held, and what each missing one leaves unproven), its
 * exposure, and for a finished good the paths back to each risk.
 */
final class PartyPanel {
    private PartyPanel() {}

    /** The model, or null when the chain has no such party. */
    static Map<String, Object> of(Assessment a, String partyId, Messages t) {
        SupplyChain c = a.trace().chain();
        Party p = partyId == null ? null : c.parties().get(partyId);
        if (p == null) {
            return null;
        }
        Map<String, Object> m = new HashMap<>();
        m.put("id", p.id());
        m.put("name", p.name());
        m.put("address", p.address());
        m.put("country", p.country());
        m.put("role", p.role());
        ChainGraph.State state = ChainGraph.state(a, p.id());
        m.put("state", state.name().toLowerCase(Locale.ROOT));
        m.put("state_text", t.format("chains_state_" + state.name()));
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding f : a.trace().findings()) {
            if (f.partyId().equals(p.id())) {
                findings.add(Map.of("kind", t.format("chains_kind_" + f.kind().name()), "detail", f.detail(),
                        "reference", f.reference() == null ? "" : f.reference(),
                        "confidence", String.format(Locale.ROOT, "%.2f", f.confidence()),
                        "own", f.kind() != Finding.Kind.HIGH_PRIORITY_SECTOR));
            }
        }
        m.put("findings", findings);
        List<Map<String, Object>> in = new ArrayList<>();
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < c.links().size(); i++) {
            Link l = c.links().get(i);
            if (l.buyer().equals(p.id())) {
                in.add(link(l, t.format("chains_link_in", goods(l, t), c.parties().get(l.supplier()).name()), a.evidence().get(i), t));
            } else if (l.supplier().equals(p.id())) {
                out.add(link(l, t.format("chains_link_out", goods(l, t), c.parties().get(l.buyer()).name()), a.evidence().get(i), t));
            }
        }
        m.put("inputs", in);
        m.put("outputs", out);
        Exposure x = a.exposure().get(p.id());
        m.put("exposure", t.format("chains_exposure", ChainSummary.percent(x.atRisk()), ChainSummary.percent(x.unknown()),
                ChainSummary.percent(x.clean())));
        List<String> paths = a.trace().pathsToRisk().getOrDefault(p.id(), List.of()).stream()
                .map(path -> PathText.describe(c, path)).toList();
        m.put("paths", paths);
        m.put("has_paths", !paths.isEmpty());
        return m;
    }

    /** One link of the party: which goods from or to whom, and its documents. */
    private static Map<String, Object> link(Link l, String direction, LinkEvidence ev, Messages t) {
        Map<String, Object> m = new HashMap<>();
        m.put("direction", direction);
        m.put("documented", ev.documented());
        m.put("present", ev.present().stream().map(PartyPanel::words).toList());
        List<Map<String, Object>> missing = new ArrayList<>();
        for (DocumentKind k : ev.missing()) {
            missing.add(Map.of("kind", words(k.kind()), "blocks", k.blocks()));
        }
        m.put("missing", missing);
        m.put("unrecognised", String.join(", ", ev.unrecognised()));
        return m;
    }

    private static String goods(Link l, Messages t) {
        return l.goods() == null ? t.format("chains_goods_unnamed") : l.goods();
    }

    /** A document kind's id in words: "bill_of_lading" reads "bill of lading". */
    static String words(String kind) {
        return kind.replace('_', ' ');
    }
}
