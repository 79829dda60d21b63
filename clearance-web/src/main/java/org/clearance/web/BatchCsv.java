package org.clearance.web;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The results of a file as CSV: one row per party and hit, a party without hits on one row with
 * status {@code no_hit}, and each refused row with status {@code refused} and the reason, so that the
 * download accounts for every row of the file. Safe to open in a spreadsheet: a cell that would start
 * a formula gets a leading apostrophe.
 */
final class BatchCsv {
    static final List<String> HEADER = List.of("row", "party_id", "name", "type", "birth_date", "country", "identifier",
            "status", "score", "entity_id", "caption", "dataset", "alert_id", "alert_outcome", "note");
    /**
     * First characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP's
     * list for CSV injection: = + - @, tab and carriage return).
     */
    static final String FORMULA_STARTS = "=+-@\t\r";

    private BatchCsv() {}

    static void write(BatchJob job, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
        csv.printRecord(HEADER);
        List<Object[]> lines = new ArrayList<>();
        for (BatchResult r : job.results()) {
            PartyRow p = r.row();
            if (r.hits().isEmpty()) {
                lines.add(line(p, r.partyId(), "no_hit", null, ""));
            }
            for (BatchHit h : r.hits()) {
                lines.add(line(p, r.partyId(), "hit", h, ""));
            }
        }
        for (RowProblem x : job.refused()) {
            PartyRow blank = new PartyRow(x.row(), "", "", "", "", "", "");
            lines.add(line(blank, "", "refused", null, (x.field() == null ? "" : x.field() + ": ") + x.reason()));
        }
        lines.sort(Comparator.comparingLong(l -> (Long) l[0]));
        for (Object[] l : lines) {
            List<Object> cells = new ArrayList<>(l.length);
            for (Object c : l) {
                cells.add(c instanceof String s ? safe(s) : c);
            }
            csv.printRecord(cells);
        }
        csv.flush();
    }

    private static Object[] line(PartyRow p, String partyId, String status, BatchHit h, String note) {
        return new Object[] {p.row(), partyId, p.name(), p.type(), p.birthDate(), p.country(), p.identifier(), status,
                h == null ? "" : String.format(Locale.ROOT, "%.4f", h.score()), h == null ? "" : h.entityId(),
                h == null ? "" : h.caption(), h == null ? "" : h.dataset(), h == null || h.alertId() == 0 ? "" : h.alertId(),
                h == null ? "" : h.outcome(), note};
    }

    /** The text of a cell, with an apostrophe before a formula's first character. */
    static String safe(String s) {
        return !s.isEmpty() && FORMULA_STARTS.indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }
}
