package org.clearance.supplychain;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes a chain in the JSON format of {@code docs/supply-chain-format.md}, which {@link ChainReader}
 * reads back to an equal chain. Streams, one party or link per line, so a chain of any size is
 * written without building a tree in memory and stays readable in a diff.
 */
public final class ChainWriter {
    private static final JsonFactory JSON = new JsonFactory();

    private ChainWriter() {}

    public static void writeJson(SupplyChain chain, Writer out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new OnePerLine());
            g.writeStartObject();
            field(g, "product", chain.product());
            g.writeArrayFieldStart("parties");
            for (Party p : chain.parties().values()) {
                g.writeStartObject();
                field(g, "id", p.id());
                field(g, "name", p.name());
                field(g, "address", p.address());
                field(g, "country", p.country());
                field(g, "role", p.role());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("links");
            for (Link l : chain.links()) {
                g.writeStartObject();
                field(g, "from", l.supplier());
                field(g, "to", l.buyer());
                field(g, "goods", l.goods());
                field(g, "hs", l.hsCode());
                if (l.quantity() != null) {
                    double q = l.quantity();
                    if (q == Math.rint(q) && Math.abs(q) < 1e15) {
                        g.writeNumberField("quantity", (long) q); // 21000, not 21000.0, as people write it
                    } else {
                        g.writeNumberField("quantity", q);
                    }
                }
                field(g, "unit", l.unit());
                g.writeArrayFieldStart("documents");
                for (String d : l.documents()) {
                    g.writeString(d);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** Puts each element of the top-level arrays (parties, links) on a line of its own; everything else stays compact. */
    private static final class OnePerLine extends MinimalPrettyPrinter {
        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            if (topLevel(g)) {
                g.writeRaw("\n  ");
            }
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(topLevel(g) ? ",\n  " : ",");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            g.writeRaw(topLevel(g) && values > 0 ? "\n]" : "]");
        }

        /** Whether the array being written is a field of the root object. */
        private static boolean topLevel(JsonGenerator g) {
            var object = g.getOutputContext().getParent();
            return object != null && object.getParent() != null && object.getParent().inRoot();
        }
    }

    private static void field(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }
}
