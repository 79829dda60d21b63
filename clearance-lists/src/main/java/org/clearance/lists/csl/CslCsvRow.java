package org.clearance.lists.csl;

import java.util.ArrayList;
import java.util.List;
import org.clearance.io.CsvRecords;
import org.clearance.model.Address;

/** A CSL CSV record seen through {@link CslFields}. */
final class CslCsvRow implements CslFields {
    private final CsvRecords.Row row;
    private final CslCsvLayout layout;

    CslCsvRow(CsvRecords.Row row, CslCsvLayout layout) {
        this.row = row;
        this.layout = layout;
    }

    @Override
    public long line() {
        return row.line();
    }

    @Override
    public String recordId() {
        return row.get(CslCsvLayout.ID_COLUMN);
    }

    @Override
    public String text(String field) {
        return row.get(field);
    }

    @Override
    public List<String> values(String field) {
        return CslValues.split(row.get(field));
    }

    @Override
    public List<Address> addresses() {
        List<Address> out = new ArrayList<>();
        for (String a : values("addresses")) {
            out.add(CslValues.address(a));
        }
        return out;
    }

    @Override
    public List<CslId> ids() {
        List<CslId> out = new ArrayList<>();
        for (String entry : values("ids")) {
            out.add(layout.parseId(entry));
        }
        return out;
    }
}
