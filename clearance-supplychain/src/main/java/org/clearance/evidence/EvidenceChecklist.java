package org.clearance.evidence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.clearance.io.TsvResource;
import org.clearance.supplychain.Link;
import org.clearance.supplychain.SupplyChain;
import org.clearance.supplychain.sectors.Sectors;

/** Which documents each link of a chain has and lacks, by the table in {@code documents.tsv}. */
public final class EvidenceChecklist {
    private static final List<DocumentKind> KINDS = load();
    /** Every kind a chain file may name: a misspelt one ("invoce") counts as not held, and is reported. */
    private static final Set<String> KNOWN = Set.copyOf(KINDS.stream().map(DocumentKind::kind).toList());

    private EvidenceChecklist() {}

    public static List<DocumentKind> kinds() {
        return KINDS;
    }

    /** The sector whose raw material CBP expects origin testing for. */
    static final String COTTON = "cotton_apparel";

    /** The checklist of every link of a chain, in link order. */
    public static List<LinkEvidence> check(SupplyChain chain) {
        return chain.links().stream().map(l -> check(chain, l, carriesCotton(l))).toList();
    }

    /** Whether the sector table puts the link's HS code or goods description in the cotton sector. */
    static boolean carriesCotton(Link l) {
        Sectors sectors = Sectors.get();
        return (l.hsCode() != null && sectors.fromHsCode(l.hsCode()).stream().anyMatch(h -> h.sectorId().equals(COTTON)))
                || (l.goods() != null && sectors.fromDescription(l.goods()).stream().anyMatch(h -> h.sectorId().equals(COTTON)));
    }

    /**
     * @param cotton whether the link carries cotton, which adds origin testing
     */
    public static LinkEvidence check(SupplyChain chain, Link link, boolean cotton) {
        boolean raw = chain.inputsOf(link.supplier()).isEmpty();
        Set<String> held = Set.copyOf(link.documents().stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).toList());
        List<String> expected = new ArrayList<>();
        List<DocumentKind> missing = new ArrayList<>();
        for (DocumentKind k : KINDS) {
            boolean needed = switch (k.scope()) {
                case EVERY -> true;
                case RAW -> raw;
                case COTTON -> raw && cotton;
                case CHAIN -> false;
            };
            if (!needed) {
                continue;
            }
            expected.add(k.kind());
            if (!held.contains(k.kind()) && k.alternatives().stream().noneMatch(held::contains)) {
                missing.add(k);
            }
        }
        List<String> unrecognised = link.documents().stream()
                .filter(d -> !KNOWN.contains(d.strip().toLowerCase(Locale.ROOT))).toList();
        return new LinkEvidence(link.supplier(), link.buyer(), List.copyOf(expected),
                link.documents(), List.copyOf(missing), unrecognised, missing.isEmpty());
    }

    private static List<DocumentKind> load() {
        List<DocumentKind> out = new ArrayList<>();
        for (String[] r : TsvResource.rows(EvidenceChecklist.class, "documents.tsv")) {
            List<String> alternatives = r[2].isBlank() ? List.of() : Arrays.asList(r[2].split(";"));
            out.add(new DocumentKind(r[0], DocumentKind.Scope.valueOf(r[1].toUpperCase(Locale.ROOT)), List.copyOf(alternatives), r[3], r[4]));
        }
        return List.copyOf(out);
    }
}
