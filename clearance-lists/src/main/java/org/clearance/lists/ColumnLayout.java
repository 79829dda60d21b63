package org.clearance.lists;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * Where each known column sits in one CSV file, resolved once from its header row. Publishers reorder
 * and re-case their headers between editions, so columns are found by name, without case.
 *
 * @param <C> an enum of the format's columns
 */
public final class ColumnLayout<C extends Enum<C> & ColumnLayout.Column> {
    /** A column a format knows, by its header text. */
    public interface Column {
        String header();
    }

    private final int[] index;
    private final int width;

    public ColumnLayout(Class<C> columns, CSVRecord header) {
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            byName.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        C[] all = columns.getEnumConstants();
        index = new int[all.length];
        for (C c : all) {
            index[c.ordinal()] = byName.getOrDefault(c.header().toLowerCase(Locale.ROOT), -1);
        }
        width = header.size();
    }

    public boolean has(C c) {
        return index[c.ordinal()] >= 0;
    }

    /** The number of columns in the header row. */
    public int width() {
        return width;
    }

    /** The stripped value, or null when the column is absent or the cell empty. */
    public String get(CSVRecord record, C c) {
        int i = index[c.ordinal()];
        if (i < 0 || i >= record.size()) {
            return null;
        }
        String v = record.get(i).strip();
        return v.isEmpty() ? null : v;
    }

    /** The values of several columns, each as {@link #get(CSVRecord, Enum)}. */
    public String[] get(CSVRecord record, C[] columns) {
        String[] out = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            out[i] = get(record, columns[i]);
        }
        return out;
    }
}
