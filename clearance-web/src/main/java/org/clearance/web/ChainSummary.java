package org.clearance.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clearance.evidence.Assessment;
import org.clearance.evidence.Exposure;
import org.clearance.supplychain.Finding;
import org.clearance.supplychain.Party;
import org.clearance.supplychain.SupplyChain;

/**
 * What the pages show of a traced chain at a glance: its product, its finished goods with their
 * exposure, and how many parties carry each kind of risk. Template models only; the figures are the
 * assessment's own.
 */
final class ChainSummary {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private ChainSummary() {}

    /** A row of the list of traced chains. */
    static Map<String, Object> row(TracedChains.TracedChain tc, Messages t) {
        Assessment a = tc.dossier().assessment();
        SupplyChain c = a.trace().chain();
        Map<String, Object> m = new HashMap<>();
        m.put("id", tc.id());
        m.put("product", product(tc));
        m.put("source", tc.dossier().source());
        m.put("when", WHEN.format(tc.dossier().generated()));
        m.put("by", tc.tracedBy());
        m.put("parties", c.parties().size());
        m.put("ends", ends(a, t));
        Map<String, Set<Finding.Kind>> kinds = ChainGraph.kinds(a);
        m.put("listed", count(kinds, Finding.Kind.UFLPA_LISTED, Finding.Kind.SANCTIONS_LISTED));
        m.put("xinjiang", count(kinds, Finding.Kind.XINJIANG_LOCATION));
        m.put("sector", count(kinds, Finding.Kind.HIGH_PRIORITY_SECTOR));
        return m;
    }

    /** The chain's product as the file names it, else the file's name. */
    static String product(TracedChains.TracedChain tc) {
        String p = tc.dossier().assessment().trace().chain().product();
        return p == null ? tc.dossier().source() : p;
    }

    /** Each finished good (an end of the chain) with its shares by origin, as words and as bar widths. */
    static List<Map<String, Object>> ends(Assessment a, Messages t) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Party end : a.trace().chain().ends()) {
            Exposure x = a.exposure().get(end.id());
            Map<String, Object> m = new HashMap<>();
            m.put("end_id", end.id());
            m.put("name", end.name());
            m.put("risk", percent(x.atRisk()));
            m.put("unknown", percent(x.unknown()));
            m.put("clean", percent(x.clean()));
            m.put("text", t.format("chains_exposure", percent(x.atRisk()), percent(x.unknown()), percent(x.clean())));
            if (x.note() != null) {
                m.put("note", t.format("chains_exposure_equal", x.note()));
            }
            out.add(m);
        }
        return out;
    }

    /** Rounded to whole percent, as the CLI and the dossier print shares. */
    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static int count(Map<String, Set<Finding.Kind>> kinds, Finding.Kind... any) {
        List<Finding.Kind> wanted = List.of(any);
        return (int) kinds.values().stream().filter(k -> k.stream().anyMatch(wanted::contains)).count();
    }
}
