package org.clearance.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The audit log written out for an auditor, as CSV or as JSON lines, with each entry's hashes so
 * that the copy can be checked against the chain. The CLI's {@code audit export} and the service's
 * {@code GET /audit/export} both write through here.
 */
public final class AuditExport {
    /** The formats, as named on the command line and in the query string. */
    public static final List<String> FORMATS = List.of("csv", "jsonl");

    private AuditExport() {}

    /** Writes the entries from {@code from} on; returns how many. The writer is flushed, not closed. */
    public static long write(AuditLog log, long from, String format, Writer w) throws IOException {
        if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException("use csv or jsonl, not '" + format + "'");
        }
        EntryWriter out = format.equals("csv") ? csv(w) : jsonLines(w);
        long[] n = {0};
        try {
            log.forEach(from, e -> {
                try {
                    out.write(e);
                    n[0]++;
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        w.flush();
        return n[0];
    }

    /** The content type of a format, for HTTP. */
    public static String contentType(String format) {
        return format.equals("csv") ? "text/csv; charset=utf-8" : "application/x-ndjson";
    }

    /** Writes one entry in the chosen format. */
    private interface EntryWriter {
        void write(AuditEntry e) throws IOException;
    }

    private static EntryWriter csv(Writer w) throws IOException {
        CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader("seq", "at", "actor", "action", "subject", "detail",
                "prev_hash", "hash").get().print(w);
        // CSVPrinter writes straight to w, which is flushed at the end
        return e -> csv.printRecord(e.seq(), e.at(), e.actor(), e.action(), e.subject(), e.detail(), e.prevHash(),
                e.hash());
    }

    /** One JSON object per line, the detail as JSON rather than as the string it is stored and hashed as. */
    private static EntryWriter jsonLines(Writer w) {
        ObjectMapper json = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return e -> {
            var o = json.createObjectNode().put("seq", e.seq()).put("at", e.at().toString()).put("actor", e.actor())
                    .put("action", e.action()).put("subject", e.subject());
            o.set("detail", json.readTree(e.detail()));
            json.writeValue(w, o.put("prev_hash", e.prevHash()).put("hash", e.hash()));
            w.write('\n');
        };
    }
}
