package org.clearance.lists.ftm;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;
import org.clearance.io.Sniff;
import org.clearance.lists.BasicListFormat;
import org.clearance.lists.ListMetadata;
import org.clearance.model.Entity;
import org.clearance.model.Schema;

/**
 * OpenSanctions FollowTheMoney entities, one JSON object per line ({@code entities.ftm.json}).
 *
 * <p>Only party entities (Person, Organization, Company, LegalEntity, PublicBody, Vessel, Airplane)
 * become {@link Entity}s. The other entities of the file describe facts about parties in FtM's
 * normalised way (a {@code Sanction} names its party in {@code entity}, an {@code Identification}
 * its {@code holder}, a party names its {@code addressEntity}) and may come before or after the
 * party. The file is therefore read twice: the first pass collects those helper entities
 * ({@link FtmLinks}), the second streams the parties out with their helpers folded in, so that the
 * parties themselves are never all held in memory.
 *
 * <p>Publication date: null. FtM lines carry only per-entity timestamps: {@code last_change} says
 * when an entity's data last changed, not when the file was published (an export with no changes
 * would look months old), and the export date lives in the dataset's {@code index.json}, which the
 * caller can supply. The declared count is -1: the format declares none.
 */
public final class FtmJsonLinesFormat extends BasicListFormat {
    /** The dataset when the first entity names none. */
    static final String FALLBACK_DATASET = "opensanctions";

    private static final JsonFactory JSON = new JsonFactory();

    public FtmJsonLinesFormat() {
        super("ftm-json", "OpenSanctions FollowTheMoney entities, JSON lines (entities.ftm.json)", null);
    }

    @Override
    public boolean accepts(Sniff sniff) {
        return firstEntity(sniff) != null;
    }

    @Override
    public String defaultDataset(Sniff sniff) {
        Head head = firstEntity(sniff);
        return head == null || head.dataset() == null ? FALLBACK_DATASET : head.dataset();
    }

    @Override
    public ListMetadata parse(ListInput input, String dataset, Consumer<Entity> sink)
            throws IOException, ListParseException {
        FtmLinks links = new FtmLinks();
        FtmLineReader.read(input, links::add);
        FtmPartyMapper mapper = new FtmPartyMapper(input.name(), dataset, links);
        long[] parties = {0};
        FtmLineReader.read(input, r -> {
            Optional<Schema> schema = Schema.ofFtm(r.schema());
            if (schema.isPresent()) {
                sink.accept(mapper.map(r, schema.get()));
                parties[0]++;
            }
        });
        return ListMetadata.counted(parties[0]);
    }

    /** What the head says of the first entity; {@code dataset} may be null. */
    private record Head(String dataset) {}

    /**
     * Reads the top level of the first object of the head: an FtM entity has a string {@code id} and
     * {@code schema} and an object {@code properties}. An OpenSanctions delta line ({@code op} +
     * {@code entity}) and a nested export ({@code targets.nested.json}, whose property values are
     * whole entities) have other shapes and are refused. A first line longer than the head is
     * accepted on what was read so far.
     */
    private static Head firstEntity(Sniff sniff) {
        String t = sniff.text().stripLeading();
        if (!t.startsWith("{")) {
            return null;
        }
        boolean id = false;
        boolean schema = false;
        boolean properties = false;
        String dataset = null;
        try (JsonParser p = JSON.createParser(t)) {
            p.nextToken();
            JsonToken tok;
            while ((tok = p.nextToken()) == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "id" -> id = value == JsonToken.VALUE_STRING;
                    case "schema" -> schema = value == JsonToken.VALUE_STRING;
                    case "properties" -> {
                        properties = value == JsonToken.START_OBJECT;
                        if (properties && holdsNestedEntity(p)) {
                            return null;
                        }
                    }
                    case "datasets" -> dataset = firstString(p, value);
                    case "op" -> {
                        return null;
                    }
                    default -> p.skipChildren();
                }
            }
            return id && schema && properties && (tok == JsonToken.END_OBJECT || tok == null) ? new Head(dataset) : null;
        } catch (IOException | RuntimeException e) {
            // the head may end inside the first object: judge on what was read
            return id && schema && properties ? new Head(dataset) : null;
        }
    }

    /** Reads a value to its end; the first string of an array, else null. */
    private static String firstString(JsonParser p, JsonToken value) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            p.skipChildren();
            return null;
        }
        String first = null;
        JsonToken tok;
        while ((tok = p.nextToken()) != JsonToken.END_ARRAY && tok != null) {
            if (first == null && tok == JsonToken.VALUE_STRING) {
                first = p.getText();
            }
            p.skipChildren();
        }
        return first;
    }

    /** Reads a properties object to its end; true when some value is an object with a schema. */
    private static boolean holdsNestedEntity(JsonParser p) throws IOException {
        int depth = 1;
        while (depth > 0) {
            JsonToken tok = p.nextToken();
            if (tok == null) {
                return false;
            }
            if (tok == JsonToken.START_OBJECT || tok == JsonToken.START_ARRAY) {
                depth++;
            } else if (tok == JsonToken.END_OBJECT || tok == JsonToken.END_ARRAY) {
                depth--;
            } else if (tok == JsonToken.FIELD_NAME && depth > 1 && "schema".equals(p.currentName())) {
                return true;
            }
        }
        return false;
    }
}
