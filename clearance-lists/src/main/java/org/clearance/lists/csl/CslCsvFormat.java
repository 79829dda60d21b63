package org.clearance.lists.csl;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.clearance.io.CsvRecords;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;
import org.clearance.io.Sniff;
import org.clearance.lists.BasicListFormat;
import org.clearance.lists.ListMetadata;
import org.clearance.model.Entity;

/**
 * The trade.gov Consolidated Screening List as CSV ({@code consolidated.csv}): the export screening
 * lists of the US Departments of Commerce, State and the Treasury in one file, one record per listed
 * party and source list. Reads both layouts trade.gov has used (see {@link CslCsvLayout}); the file
 * carries no publication date and no record count.
 */
public final class CslCsvFormat extends BasicListFormat {
    public static final String ID = "trade-csl-csv";
    public static final String DEFAULT_DATASET = "us_trade_csl";

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();

    public CslCsvFormat() {
        super(ID, "US trade.gov Consolidated Screening List, CSV (old 28-column and current _id layouts)", DEFAULT_DATASET);
    }

    @Override
    public boolean accepts(Sniff sniff) {
        List<String> header = Arrays.asList(sniff.firstLine().replace("\"", "").split(",", -1));
        return CslCsvLayout.ofHeader(header) != null;
    }

    @Override
    public ListMetadata parse(ListInput input, String dataset, Consumer<Entity> sink)
            throws IOException, ListParseException {
        try (CsvRecords csv = CsvRecords.open(input, CSV)) {
            CslCsvLayout layout = CslCsvLayout.ofHeader(csv.header());
            if (layout == null) {
                throw new ListParseException(input.name(), 1, 0, null,
                        "the header row is neither CSL layout (expected " + String.join(",", CslCsvLayout.COLUMNS)
                                + ", optionally after _id); it is: " + String.join(",", csv.header()));
            }
            CslEntityMapper mapper = new CslEntityMapper(dataset, input.name());
            return ListMetadata.counted(csv.mapEach(row -> mapper.map(new CslCsvRow(row, layout)), sink));
        }
    }
}
