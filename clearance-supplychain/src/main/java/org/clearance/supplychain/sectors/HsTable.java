package org.clearance.supplychain.sectors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.clearance.io.TsvResource;

/** The HS code to sector table ({@code hs-sectors.tsv}), looked up by longest prefix. */
final class HsTable {
    /** A narrower row found under a code with no row of its own counts for less: most of the code is other goods. */
    private static final double NARROWER_FACTOR = 0.5;

    private record Row(String code, String sectorId, double confidence, String label) {}

    private final Map<String, List<Row>> byCode = new HashMap<>();
    /** Sorted, to find the rows under a heading that has none itself (3904 holds the PVC subheadings). */
    private final TreeMap<String, List<Row>> sorted = new TreeMap<>();

    HsTable(List<String[]> rows, Map<String, Sector> sectors) {
        for (String[] r : rows) {
            String code = r[0].trim();
            if (!HsCodes.isValid(code) || !sectors.containsKey(r[1])) {
                throw new IllegalStateException("hs-sectors.tsv: bad row " + String.join(" | ", r));
            }
            Row row = new Row(code, r[1], Double.parseDouble(r[2]), r[3]);
            byCode.computeIfAbsent(code, k -> new ArrayList<>()).add(row);
        }
        sorted.putAll(byCode);
    }

    List<SectorHit> lookup(String digits, Function<String, Sector> sectors) {
        for (int len = Math.min(digits.length(), HsCodes.SUBHEADING); len >= HsCodes.CHAPTER; len -= 2) {
            List<Row> rows = byCode.get(digits.substring(0, len));
            if (rows != null) {
                List<SectorHit> out = new ArrayList<>();
                for (Row row : rows) {
                    out.add(hit(sectors.apply(row.sectorId()), "HS " + HsCodes.dotted(row.code()) + ": " + row.label(),
                            row.confidence()));
                }
                return out;
            }
        }
        return narrower(digits, sectors);
    }

    /** A heading or chapter with no row of its own: name the sector rows beneath it, one per sector. */
    private List<SectorHit> narrower(String digits, Function<String, Sector> sectors) {
        if (digits.length() >= HsCodes.SUBHEADING) {
            return List.of();
        }
        Map<String, List<Row>> under = new TreeMap<>();
        for (List<Row> rows : sorted.subMap(digits, digits + Character.MAX_VALUE).values()) {
            for (Row row : rows) {
                under.computeIfAbsent(row.sectorId(), k -> new ArrayList<>()).add(row);
            }
        }
        List<SectorHit> out = new ArrayList<>();
        under.forEach((id, rows) -> {
            StringBuilder ev = new StringBuilder("HS " + HsCodes.dotted(digits) + " includes");
            double best = 0;
            for (Row row : rows) {
                ev.append(best == 0 ? " " : "; ").append(HsCodes.dotted(row.code())).append(' ').append(row.label());
                best = Math.max(best, row.confidence());
            }
            out.add(hit(sectors.apply(id), ev.toString(), best * NARROWER_FACTOR));
        });
        return out;
    }

    private static SectorHit hit(Sector s, String evidence, double confidence) {
        return new SectorHit(s.id(), s.name(), evidence, confidence);
    }
}
