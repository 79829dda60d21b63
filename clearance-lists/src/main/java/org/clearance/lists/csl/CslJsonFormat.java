package org.clearance.lists.csl;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.clearance.io.DateText;
import org.clearance.io.InputRefusedException;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;
import org.clearance.io.Sniff;
import org.clearance.lists.BasicListFormat;
import org.clearance.lists.ListMetadata;
import org.clearance.model.Entity;

/**
 * The trade.gov Consolidated Screening List as JSON, the shape of the CSL API v1 search response and
 * of the static {@code consolidated.json} download:
 * {@code {"total": n, "sources_used": [{source, source_last_updated, last_imported}], "results": [...]}},
 * each result carrying the CSV's fields with arrays for lists and objects for addresses and ids.
 *
 * <p>Streams: the parser walks the top-level object token by token and only builds a tree for one
 * result at a time, so a full download (tens of MB) never sits in memory whole. The publication
 * date is the latest {@code last_imported} of the source lists, when trade.gov last rebuilt the
 * file; the declared count is {@code total}.
 */
public final class CslJsonFormat extends BasicListFormat {
    public static final String ID = "trade-csl-json";
    /** The JSON and the CSV download are two forms of one list, so they share its dataset. */
    public static final String DEFAULT_DATASET = CslCsvFormat.DEFAULT_DATASET;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Fields only a CSL result carries; one of them in the head tells this JSON from others. */
    private static final Pattern CSL_FIELD = Pattern.compile(
            "\"(?:source_list_url|federal_register_notice|source_information_url|sources_used)\"");

    public CslJsonFormat() {
        super(ID, "US trade.gov Consolidated Screening List, JSON download / API v1 response", DEFAULT_DATASET);
    }

    @Override
    public boolean accepts(Sniff sniff) {
        String t = sniff.text().stripLeading();
        return t.startsWith("{") && t.contains("\"results\"") && CSL_FIELD.matcher(t).find();
    }

    @Override
    public ListMetadata parse(ListInput input, String dataset, Consumer<Entity> sink)
            throws IOException, ListParseException {
        String file = input.name();
        try (Reader reader = input.openText(); JsonParser p = MAPPER.createParser(reader)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw error(file, p.currentTokenLocation(), null, "the file is not a JSON object");
            }
            CslEntityMapper mapper = new CslEntityMapper(dataset, file);
            long declared = -1;
            long count = -1;
            LocalDate published = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "results" -> count = readResults(p, file, mapper, sink);
                    case "total" -> declared = readTotal(p, file);
                    case "sources_used" -> published = latestImport(p, file);
                    default -> p.skipChildren();
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT) {
                throw error(file, p.currentTokenLocation(), null, "the top-level object does not close");
            }
            if (p.nextToken() != null) {
                throw error(file, p.currentTokenLocation(), null, "content after the top-level object");
            }
            if (count < 0) {
                throw ListParseException.atFile(file, "field results: the file has no results array");
            }
            return new ListMetadata(published, declared, count);
        } catch (InputRefusedException e) {
            throw e.toParseException();
        } catch (JsonProcessingException e) {
            throw error(file, e.getLocation(), null, "not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static long readResults(JsonParser p, String file, CslEntityMapper mapper, Consumer<Entity> sink)
            throws IOException, ListParseException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw error(file, p.currentTokenLocation(), "results", "is not an array");
        }
        long count = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            JsonLocation at = p.currentTokenLocation();
            if (t == null) {
                throw error(file, at, "results", "the file ends inside the results array");
            }
            if (t != JsonToken.START_OBJECT) {
                throw error(file, at, "results", "element " + (count + 1) + " is not an object");
            }
            JsonNode result = p.readValueAsTree();
            sink.accept(mapper.map(new CslJsonResult(result, at.getLineNr())));
            count++;
        }
        return count;
    }

    private static long readTotal(JsonParser p, String file) throws IOException, ListParseException {
        if (!p.currentToken().isNumeric()) {
            throw error(file, p.currentTokenLocation(), "total", "is not a number");
        }
        return p.getLongValue();
    }

    private static LocalDate latestImport(JsonParser p, String file) throws IOException, ListParseException {
        JsonLocation at = p.currentTokenLocation();
        JsonNode sources = p.readValueAsTree();
        if (sources == null || !sources.isArray()) {
            throw error(file, at, "sources_used", "is not an array");
        }
        LocalDate latest = null;
        for (JsonNode s : sources) {
            JsonNode imported = s.get("last_imported");
            LocalDate d = imported == null ? null : DateText.parseFull(imported.asText(), false);
            if (d != null && (latest == null || d.isAfter(latest))) {
                latest = d;
            }
        }
        return latest;
    }

    private static ListParseException error(String file, JsonLocation at, String field, String problem) {
        long line = at == null ? 0 : Math.max(0, at.getLineNr());
        long column = at == null ? 0 : Math.max(0, at.getColumnNr());
        return new ListParseException(file, line, column, field, problem);
    }
}
