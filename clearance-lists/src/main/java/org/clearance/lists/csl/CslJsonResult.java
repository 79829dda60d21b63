package org.clearance.lists.csl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.clearance.model.Address;

/**
 * One element of the JSON download's {@code results} seen through {@link CslFields}. Multi-valued
 * fields are arrays in the published schema; a plain string is read like the CSV column, so a file
 * that flattens a field still reads.
 */
final class CslJsonResult implements CslFields {
    private final JsonNode node;
    private final long line;

    CslJsonResult(JsonNode node, long line) {
        this.node = node;
        this.line = line;
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public String recordId() {
        String id = text("id");
        return id.isEmpty() ? text(CslCsvLayout.ID_COLUMN) : id;
    }

    @Override
    public String text(String field) {
        return scalar(node.get(field));
    }

    @Override
    public List<String> values(String field) {
        JsonNode v = node.get(field);
        List<String> out = new ArrayList<>();
        if (v != null && v.isArray()) {
            for (JsonNode e : v) {
                out.addAll(CslValues.split(scalar(e)));
            }
        } else {
            out.addAll(CslValues.split(scalar(v)));
        }
        return out;
    }

    @Override
    public List<Address> addresses() {
        JsonNode v = node.get("addresses");
        List<Address> out = new ArrayList<>();
        if (v == null || !v.isArray()) {
            values("addresses").forEach(a -> out.add(CslValues.address(a)));
            return out;
        }
        for (JsonNode a : v) {
            if (a.isObject()) {
                out.add(Address.of(scalar(a.get("address")), scalar(a.get("city")), scalar(a.get("state")),
                        scalar(a.get("postal_code")), scalar(a.get("country"))));
            } else {
                CslValues.split(scalar(a)).forEach(s -> out.add(CslValues.address(s)));
            }
        }
        return out;
    }

    @Override
    public List<CslId> ids() {
        JsonNode v = node.get("ids");
        List<CslId> out = new ArrayList<>();
        if (v == null || !v.isArray()) {
            values("ids").forEach(s -> out.add(CslCsvLayout.CURRENT.parseId(s)));
            return out;
        }
        for (JsonNode id : v) {
            if (id.isObject()) {
                out.add(new CslId(scalar(id.get("type")), scalar(id.get("number")), scalar(id.get("country")),
                        scalar(id.get("issue_date")), scalar(id.get("expiration_date"))));
            } else {
                CslValues.split(scalar(id)).forEach(s -> out.add(CslCsvLayout.CURRENT.parseId(s)));
            }
        }
        return out;
    }

    /** A string or number as text; null, objects and arrays (no value of a single field) as empty. */
    private static String scalar(JsonNode v) {
        return v == null || !v.isValueNode() || v.isNull() ? "" : v.asText().strip();
    }
}
