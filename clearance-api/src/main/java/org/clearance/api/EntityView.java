package org.clearance.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.clearance.lists.ftm.FtmExporter;
import org.clearance.model.Entity;

/**
 * An entity as yente shows it ({@code id, caption, schema, properties, datasets, referents, target,
 * first_seen, last_seen, last_change}). The FtM part is {@link FtmExporter}'s line for the entity, so
 * the API and {@code lists export --format ftm} always agree on properties.
 */
final class EntityView {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EntityView() {}

    /** @param published the publication date of the list version the entity comes from, or null */
    static ObjectNode of(Entity e, LocalDate published) {
        StringWriter w = new StringWriter();
        try {
            FtmExporter x = new FtmExporter(w);
            x.write(e);
            x.flush();
            // the party is the first line; the sanction lines after it are FtM helper entities
            String first = w.toString().lines().findFirst().orElseThrow();
            ObjectNode o = (ObjectNode) JSON.readTree(first);
            o.putArray("referents");
            o.put("target", !e.sanctions().isEmpty() || o.path("target").asBoolean());
            o.putNull("first_seen");
            o.putNull("last_seen");
            if (published == null) {
                o.putNull("last_change");
            } else {
                o.put("last_change", published.toString());
            }
            return o;
        } catch (IOException ex) {
            throw new UncheckedIOException("writing entity " + e.id() + " to a string", ex);
        }
    }
}
