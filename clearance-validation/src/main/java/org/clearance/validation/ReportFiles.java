package org.clearance.validation;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The report's JSON (run and figures, as the HTML shows them) and the CSV of every case behind them. */
public final class ReportFiles {
    /** The columns of the CSV of cases. */
    public static final String[] CSV_COLUMNS = {"kind", "id", "test", "entity_id", "dataset", "schema", "script", "from", "query", "score",
            "must_alert", "alerts", "right", "score_compared", "alerts_compared", "detail"};

    private ReportFiles() {}

    /** {@code {"run": ..., "figures": ...}}; a score not measured (no comparison) is null. */
    public static void writeJson(ValidationReport r, OutputStream out) throws IOException {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .registerModule(new SimpleModule().addSerializer(Double.class, new NanAsNull()).addSerializer(double.class, new NanAsNull()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("run", r.run());
        top.put("figures", r.figures());
        json.writeValue(out, top);
    }

    /** Every case, one row each, in the order screened. */
    public static void writeCsv(ValidationReport r, Writer w) throws IOException {
        double t = r.run().threshold();
        double tb = r.run().thresholdB();
        try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(CSV_COLUMNS).get())) {
            for (CaseResult c : r.cases()) {
                boolean compared = !Double.isNaN(c.scoreB());
                csv.printRecord(c.kind().name().toLowerCase(Locale.ROOT), c.id(), c.test(), c.entityId(), c.dataset(), c.schema(), c.script(),
                        c.from(), c.query(), String.format(Locale.ROOT, "%.4f", c.score()), c.mustMatch(), c.alerts(t), c.right(t),
                        compared ? String.format(Locale.ROOT, "%.4f", c.scoreB()) : "", compared ? Boolean.toString(c.scoreB() >= tb) : "",
                        c.detail());
            }
        }
    }

    private static final class NanAsNull extends StdSerializer<Double> {
        NanAsNull() {
            super(Double.class);
        }

        @Override
        public void serialize(Double v, JsonGenerator g, SerializerProvider p) throws IOException {
            if (v == null || v.isNaN()) {
                g.writeNull();
            } else {
                g.writeNumber(v);
            }
        }
    }
}
