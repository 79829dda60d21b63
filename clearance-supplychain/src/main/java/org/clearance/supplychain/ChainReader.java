package org.clearance.supplychain;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.clearance.io.CsvRecords;
import org.clearance.io.InputRefusedException;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;
import org.clearance.io.Sniff;

/**
 * Reads a supply chain from the two formats described in {@code docs/supply-chain-format.md}: JSON
 * (parties and links) or CSV (one row per supplier link). The format is found from the content.
 * Errors name the file and the line (CSV), or the JSON path and line, and the field.
 */
public final class ChainReader {
    /** CSV columns; the first four are required. */
    public static final List<String> CSV_COLUMNS = List.of("supplier_id", "supplier_name", "buyer_id", "goods",
            "product", "tier", "supplier_address", "supplier_country", "supplier_role", "hs_code", "quantity", "unit",
            "documents");
    private static final List<String> CSV_REQUIRED = CSV_COLUMNS.subList(0, 4);
    /** A key given twice is refused: a JSON tree keeps one of the values, and which one the file meant is unknown. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    /**
     * A quantity: digits with an optional decimal point, or with commas grouping thousands ("1,200,000.5").
     * Any other comma is refused, not removed: "1,5" is one and a half where the comma is the decimal mark.
     */
    private static final Pattern QUANTITY = Pattern.compile("\\d+(\\.\\d+)?|\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\.\\d+");

    private ChainReader() {}

    /**
     * The fields of each JSON object. Any other field is refused: a misspelt or CSV-style name ("hs_code")
     * would otherwise drop its value without a word.
     */
    private static final Set<String> ROOT_FIELDS = Set.of("product", "parties", "links");
    private static final Set<String> PARTY_FIELDS = Set.of("id", "name", "address", "country", "role");
    private static final Set<String> LINK_FIELDS = Set.of("from", "to", "goods", "hs", "quantity", "unit", "documents");

    public static SupplyChain read(ListInput input) throws IOException, ListParseException, SupplyChain.InvalidChainException {
        Sniff sniff = Sniff.of(input);
        String head = sniff.text().stripLeading();
        if (head.startsWith("[")) {
            throw new ListParseException(input.name(), 1, 1, null, "a JSON array: a chain file is one object,"
                    + " {\"product\": ..., \"parties\": [...], \"links\": [...]} (docs/supply-chain-format.md)");
        }
        return head.startsWith("{") ? readJson(input) : readCsv(input);
    }

    private static void checkFields(JsonNode object, Set<String> known, String at, ListInput input) throws ListParseException {
        for (var names = object.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new ListParseException(input.name(), 0, 0, at.isEmpty() ? name : at + "." + name,
                        "unknown field; the fields here are " + String.join(", ", new java.util.TreeSet<>(known)));
            }
        }
    }

    private static SupplyChain readJson(ListInput input) throws IOException, ListParseException, SupplyChain.InvalidChainException {
        JsonNode root;
        try (Reader r = input.openText()) {
            root = JSON.readTree(r);
        } catch (InputRefusedException e) {
            // a byte that is not UTF-8 past the first block, found while Jackson reads: the file's fault, with its line
            throw e.toParseException();
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new ListParseException(input.name(), loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                    null, "malformed JSON: " + e.getOriginalMessage(), e);
        }
        if (!root.isObject()) {
            throw new ListParseException(input.name(), 1, 1, null, "not a JSON object");
        }
        checkFields(root, ROOT_FIELDS, "", input);
        List<Party> parties = new ArrayList<>();
        JsonNode ps = array(root, "parties", input);
        for (int i = 0; i < ps.size(); i++) {
            JsonNode p = ps.get(i);
            String at = "parties[" + i + "]";
            object(p, at, input);
            checkFields(p, PARTY_FIELDS, at, input);
            parties.add(new Party(required(p, "id", at, input), required(p, "name", at, input), text(p, "address"),
                    text(p, "country"), text(p, "role")));
        }
        List<Link> links = new ArrayList<>();
        JsonNode ls = array(root, "links", input);
        for (int i = 0; i < ls.size(); i++) {
            JsonNode l = ls.get(i);
            String at = "links[" + i + "]";
            object(l, at, input);
            checkFields(l, LINK_FIELDS, at, input);
            links.add(new Link(required(l, "from", at, input), required(l, "to", at, input), text(l, "goods"), hs(l, at, input),
                    number(l, "quantity", at, input), text(l, "unit"), documents(l, at, input)));
        }
        return SupplyChain.of(input.name(), text(root, "product"), parties, links);
    }

    /** The HS code as written; a JSON number with a fraction is refused, because it has already lost its zeros. */
    private static String hs(JsonNode link, String at, ListInput input) throws ListParseException {
        JsonNode v = link.get("hs");
        if (v != null && v.isFloatingPointNumber()) {
            throw new ListParseException(input.name(), 0, 0, at + ".hs", "the HS code " + v
                    + " is a JSON number, which drops zeros (3818.00 reads 3818.0): write it as a string, \"3818.00\"");
        }
        return text(link, "hs");
    }

    /** The kinds of document held: an array of strings, or nothing; anything else would silently count as none held. */
    private static List<String> documents(JsonNode link, String at, ListInput input) throws ListParseException {
        JsonNode d = link.get("documents");
        List<String> out = new ArrayList<>();
        if (d == null || d.isNull()) {
            return out;
        }
        if (!d.isArray()) {
            throw new ListParseException(input.name(), 0, 0, at + ".documents", "not an array of document kinds: " + d);
        }
        for (int i = 0; i < d.size(); i++) {
            if (!d.get(i).isTextual()) {
                throw new ListParseException(input.name(), 0, 0, at + ".documents[" + i + "]", "not a document kind: " + d.get(i));
            }
            out.add(d.get(i).asText());
        }
        return out;
    }

    private static JsonNode array(JsonNode root, String field, ListInput input) throws ListParseException {
        JsonNode n = root.get(field);
        if (n == null || !n.isArray()) {
            throw new ListParseException(input.name(), 0, 0, field, "the chain needs an array '" + field + "'");
        }
        return n;
    }

    private static void object(JsonNode n, String at, ListInput input) throws ListParseException {
        if (!n.isObject()) {
            throw new ListParseException(input.name(), 0, 0, at, "not a JSON object: " + n);
        }
    }

    private static String required(JsonNode n, String field, String at, ListInput input) throws ListParseException {
        String v = text(n, field);
        if (v == null) {
            throw new ListParseException(input.name(), 0, 0, at + "." + field, "missing or empty");
        }
        return v;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static Double number(JsonNode n, String field, String at, ListInput input) throws ListParseException {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber() || v.asDouble() < 0 || !Double.isFinite(v.asDouble())) { // 1e400 reads as infinity
            throw new ListParseException(input.name(), 0, 0, at + "." + field, "not a quantity: " + v);
        }
        return v.asDouble();
    }

    private static SupplyChain readCsv(ListInput input) throws IOException, ListParseException, SupplyChain.InvalidChainException {
        CSVFormat headed = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        Map<String, Party> parties = new LinkedHashMap<>();
        List<Link> links = new ArrayList<>();
        List<Long> linkLines = new ArrayList<>();
        String product = null;
        try (CsvRecords csv = CsvRecords.open(input, headed)) {
            csv.requireColumns(CSV_REQUIRED);
            for (CsvRecords.Row row = csv.next(); row != null; row = csv.next()) {
                for (String c : List.of("supplier_id", "supplier_name")) {
                    if (row.get(c).isEmpty()) {
                        throw new ListParseException(input.name(), row.line(), 0, c, "empty");
                    }
                }
                String id = row.get("supplier_id");
                Party p = new Party(id, row.get("supplier_name"), blank(row.get("supplier_address")),
                        blank(row.get("supplier_country")), blank(row.get("supplier_role")));
                Party before = parties.putIfAbsent(id, p);
                if (before != null && !before.equals(p)) {
                    throw new ListParseException(input.name(), row.line(), 0, "supplier_id",
                            "party '" + id + "' is described differently on an earlier row");
                }
                if (product == null) {
                    product = blank(row.get("product"));
                }
                String buyer = row.get("buyer_id");
                if (buyer.equals(id)) {
                    throw new ListParseException(input.name(), row.line(), 0, "buyer_id", "party '" + id + "' supplies itself");
                }
                if (!buyer.isEmpty()) {
                    links.add(new Link(id, buyer, blank(row.get("goods")), blank(row.get("hs_code")),
                            quantity(row, input), blank(row.get("unit")), documents(row.get("documents"))));
                    linkLines.add(row.line());
                }
            }
        }
        // checked here rather than left to SupplyChain.of, which can only count links: a CSV user needs the line
        for (int i = 0; i < links.size(); i++) {
            String buyer = links.get(i).buyer();
            if (!parties.containsKey(buyer)) {
                throw new ListParseException(input.name(), linkLines.get(i), 0, "buyer_id", "party '" + buyer
                        + "' has no row of its own (the end of the chain needs a row with an empty buyer_id)");
            }
        }
        return SupplyChain.of(input.name(), product, new ArrayList<>(parties.values()), links);
    }

    private static Double quantity(CsvRecords.Row row, ListInput input) throws ListParseException {
        String q = row.get("quantity");
        if (q.isEmpty()) {
            return null;
        }
        double v = QUANTITY.matcher(q).matches() ? Double.parseDouble(q.replace(",", "")) : Double.NaN;
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw new ListParseException(input.name(), row.line(), 0, "quantity", "not a quantity: '" + q
                    + "' (write digits, a decimal point and, if any, commas between thousands)");
        }
        return v;
    }

    private static List<String> documents(String text) {
        List<String> out = new ArrayList<>();
        for (String d : text.split(";")) {
            if (!d.isBlank()) {
                out.add(d.strip());
            }
        }
        return out;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
