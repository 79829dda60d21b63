package org.clearance.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clearance.cases.Party;
import org.clearance.io.DateText;

/**
 * The rows of an uploaded file, whichever format they came in: the header row names the columns
 * (any case, any order; an unknown column refuses the file, so a misspelt one is not ignored), and
 * each later row becomes a {@link PartyRow} or a {@link RowProblem} naming its row and field.
 * The columns are those of {@code docs/batch-screening.md}.
 */
final class PartyTable {
    /** The columns a file may have; only {@code name} is required. */
    static final List<String> COLUMNS = List.of("id", "name", "type", "birth_date", "country", "identifier");
    /** Party types, as written in the type column; empty means any. */
    static final Set<String> TYPES = Set.of("person", "company", "vessel", "any");
    /**
     * Rows of one file at most: the largest customer or supplier file a bank screens in one go; at
     * about 3,000 names a second such a file takes well under a minute, and its results stay a few
     * tens of megabytes in memory until they are downloaded.
     */
    static final int MAX_ROWS = 100_000;
    /** Characters in one field at most: no name or identifier is longer, and a longer value is a broken file. */
    static final int MAX_FIELD = 1_000;

    private final String file;
    private Map<String, Integer> columns;
    private final List<PartyRow> parties = new ArrayList<>();
    private final List<RowProblem> refused = new ArrayList<>();
    private final Map<String, Long> ids = new HashMap<>();
    private int blank;

    PartyTable(String file) {
        this.file = file;
    }

    /** The first row: the column names. */
    void header(List<String> cells) throws FileRefusedException {
        Map<String, Integer> found = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i) == null ? "" : cells.get(i).strip().toLowerCase(Locale.ROOT);
            if (c.isEmpty() && i == cells.size() - 1 && i > 0) {
                continue; // a trailing separator, as spreadsheets often write
            }
            if (!COLUMNS.contains(c)) {
                unknown.add(c.isEmpty() ? "(column " + (i + 1) + " has no name)" : "'" + cells.get(i).strip() + "'");
            } else if (found.putIfAbsent(c, i) != null) {
                throw new FileRefusedException(file + ": the header row names the column '" + c + "' twice");
            }
        }
        if (!unknown.isEmpty()) {
            throw new FileRefusedException(file + ": unknown column" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
                    + " in the header row; the columns are " + String.join(", ", COLUMNS) + " (only name is required)");
        }
        if (!found.containsKey("name")) {
            throw new FileRefusedException(file + ": the header row has no column 'name' (the first row must name the columns: "
                    + String.join(", ", COLUMNS) + ")");
        }
        columns = found;
    }

    boolean hasHeader() {
        return columns != null;
    }

    /** A row after the header, numbered as a spreadsheet numbers it. */
    void row(long row, List<String> cells) throws FileRefusedException {
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
            blank++;
            return;
        }
        if (parties.size() + refused.size() >= MAX_ROWS) {
            throw new FileRefusedException(String.format(Locale.ENGLISH,
                    "%s: more than %,d rows; split the file into files of at most %,d rows", file, MAX_ROWS, MAX_ROWS));
        }
        int width = columns.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        for (int i = width; i < cells.size(); i++) {
            if (cells.get(i) != null && !cells.get(i).isBlank()) {
                refused.add(new RowProblem(row, null, "a value in column " + (i + 1) + ", which the header does not name"));
                return;
            }
        }
        String id = get(cells, "id");
        String name = get(cells, "name");
        String type = get(cells, "type").toLowerCase(Locale.ROOT);
        String birth = get(cells, "birth_date");
        for (String c : columns.keySet()) {
            if (get(cells, c).length() > MAX_FIELD) {
                refused.add(new RowProblem(row, c, "longer than " + MAX_FIELD + " characters"));
                return;
            }
        }
        RowProblem p = name.isEmpty() ? new RowProblem(row, "name", "empty; every party needs a name")
                : !type.isEmpty() && !TYPES.contains(type) ? new RowProblem(row, "type", "'" + type
                        + "' is not person, company, vessel or any")
                : !birth.isEmpty() && DateText.parse(birth, true) == null ? new RowProblem(row, "birth_date", "'" + birth
                        + "' is not a date (write 1962, 1962-01 or 1962-01-17)")
                : !birth.isEmpty() && type.equals("vessel") ? new RowProblem(row, "birth_date", "a vessel has no birth date")
                : id.length() > Party.MAX_ID_LENGTH ? new RowProblem(row, "id", "longer than " + Party.MAX_ID_LENGTH + " characters")
                : !id.isEmpty() && ids.containsKey(id) ? new RowProblem(row, "id", "'" + id + "' is already the id of row " + ids.get(id))
                : null;
        if (p != null) {
            refused.add(p);
            return;
        }
        if (!id.isEmpty()) {
            ids.put(id, row);
        }
        parties.add(new PartyRow(row, id, name, type.isEmpty() ? "any" : type, birth, get(cells, "country"), get(cells, "identifier")));
    }

    PartyFile result() throws FileRefusedException {
        if (columns == null) {
            throw new FileRefusedException(file + ": the file is empty; its first row must name the columns ("
                    + String.join(", ", COLUMNS) + ")");
        }
        return new PartyFile(file, parties, refused, blank);
    }

    private String get(List<String> cells, String column) {
        Integer i = columns.get(column);
        return i == null || i >= cells.size() || cells.get(i) == null ? "" : cells.get(i).strip();
    }
}
