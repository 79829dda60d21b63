package org.clearance.lists.uk;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clearance.io.CsvRecords;
import org.clearance.io.DateText;
import org.clearance.io.InputRefusedException;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;
import org.clearance.io.Sniff;
import org.clearance.lists.BasicListFormat;
import org.clearance.lists.ColumnLayout;
import org.clearance.lists.ListMetadata;
import org.clearance.model.Entity;

/**
 * The OFSI (HM Treasury) Consolidated List of Financial Sanctions Targets, CSV in the 2022 format
 * ({@code ConList.csv}): a first line {@code Last Updated,dd/mm/yyyy}, a header row
 * ({@code Name 6,Name 1,...,Group ID}), then one row per name of a designated party, the party's
 * other facts repeated on its rows. The entity id is the Group ID.
 *
 * <p>The official file is ordered by name, not by group, so the rows of one group are not together;
 * all groups are collected and emitted, in the order of their first row, at the end of the file.
 * Memory grows with the list (about 5,000 groups today), which the input size limit bounds.
 */
public final class UkOfsiCsvFormat extends BasicListFormat {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT;

    private static final String BANNER = "last updated";

    /**
     * On 28 January 2026 the UK moved to one list: the FCDO's UK Sanctions List became the sole official
     * register of UK designations, and OFSI's Consolidated List of Asset Freeze Targets was retired and is no
     * longer updated. Its files still parse, for history and for comparing the two.
     */
    static final String RETIRED = "OFSI's Consolidated List was retired on 28 January 2026 and is no longer updated; "
            + "the FCDO's UK Sanctions List is the UK's one list ('lists update gb_sanctions' reads it)";

    @Override
    public String retired() {
        return RETIRED;
    }

    public UkOfsiCsvFormat() {
        super("uk-ofsi-csv", "UK OFSI Consolidated List of Financial Sanctions Targets, CSV 2022 format (HM Treasury)", UkLists.DATASET);
    }

    @Override
    public boolean accepts(Sniff sniff) {
        String text = sniff.text();
        int nl = text.indexOf('\n');
        String first = sniff.firstLine().replace("\"", "");
        if (!first.toLowerCase(Locale.ROOT).startsWith(BANNER + ",")) {
            return isHeader(first);
        }
        int end = nl < 0 ? -1 : text.indexOf('\n', nl + 1);
        return nl >= 0 && isHeader(text.substring(nl + 1, end < 0 ? text.length() : end).replace("\"", ""));
    }

    private static boolean isHeader(String line) {
        return line.startsWith("Name 6,") && line.contains(",Group ID");
    }

    @Override
    public ListMetadata parse(ListInput input, String dataset, Consumer<Entity> sink)
            throws IOException, ListParseException {
        String file = input.name();
        try (Reader text = input.openText(); CsvRecords csv = CsvRecords.open(text, FORMAT, file)) {
            CsvRecords.Row row = csv.next();
            LocalDate published = null;
            if (row != null && row.record().size() >= 1 && row.record().get(0).strip().equalsIgnoreCase(BANNER)) {
                String date = row.record().size() > 1 ? row.record().get(1) : null;
                published = DateText.parseFull(date, true);
                if (published == null) {
                    throw new ListParseException(file, row.line(), 0, "Last Updated", "not a date: " + date);
                }
                row = csv.next();
            }
            if (row == null) {
                throw ListParseException.atFile(file, "no header row");
            }
            ColumnLayout<OfsiColumn> cols = new ColumnLayout<>(OfsiColumn.class, row.record());
            for (OfsiColumn c : OfsiColumn.REQUIRED) {
                if (!cols.has(c)) {
                    throw new ListParseException(file, row.line(), 0, c.header(),
                            "the header has no " + c.header() + " column: not an OFSI consolidated list CSV");
                }
            }
            Map<String, OfsiGroup> groups = new LinkedHashMap<>();
            for (row = csv.next(); row != null; row = csv.next()) {
                CSVRecord rec = row.record();
                if (rec.size() != cols.width()) {
                    throw new ListParseException(file, row.line(), 0, null, "the row has " + rec.size()
                            + " fields where the header has " + cols.width() + " (truncated or broken quoting?)");
                }
                String id = cols.get(rec, OfsiColumn.GROUP_ID);
                if (id == null) {
                    throw new ListParseException(file, row.line(), 0, OfsiColumn.GROUP_ID.header(), "row without a Group ID");
                }
                if (!groups.computeIfAbsent(id, k -> new OfsiGroup(dataset, k)).add(cols, rec)) {
                    throw new ListParseException(file, row.line(), 0, OfsiColumn.NAME_6.header(),
                            "row of group " + id + " has no name in Name 1 to Name 6");
                }
            }
            for (OfsiGroup g : groups.values()) {
                sink.accept(g.build());
            }
            return new ListMetadata(published, -1, groups.size());
        } catch (InputRefusedException e) {
            throw e.toParseException();
        }
    }
}
