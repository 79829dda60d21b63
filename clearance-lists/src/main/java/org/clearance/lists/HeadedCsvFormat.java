package org.clearance.lists;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.clearance.io.CsvRecords;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;
import org.clearance.io.Sniff;
import org.clearance.model.Entity;

/**
 * A list published as delimited text with a fixed header row and one entry per row (the BIS DPL, the
 * compiled UFLPA CSV): recognised by its exact header, read row by row, each row mapped to one entity
 * with ids kept unique by {@link SourceIds}.
 */
public abstract class HeadedCsvFormat extends BasicListFormat {
    private final List<String> columns;
    private final char delimiter;
    private final CSVFormat format;

    protected HeadedCsvFormat(String id, String description, String dataset, List<String> columns, char delimiter) {
        super(id, description, dataset);
        this.columns = List.copyOf(columns);
        this.delimiter = delimiter;
        this.format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get();
    }

    @Override
    public final boolean accepts(Sniff sniff) {
        return Arrays.asList(sniff.firstLine().replace("\"", "").split(String.valueOf(delimiter), -1)).equals(columns);
    }

    @Override
    public final ListMetadata parse(ListInput input, String dataset, Consumer<Entity> sink)
            throws IOException, ListParseException {
        try (CsvRecords csv = CsvRecords.open(input, format)) {
            csv.requireColumns(columns);
            SourceIds ids = new SourceIds();
            return ListMetadata.counted(csv.mapEach(row -> map(row, dataset, ids, input.name()), sink));
        }
    }

    /** One row as an entity; an unusable row is a {@link ListParseException} naming its line. */
    protected abstract Entity map(CsvRecords.Row row, String dataset, SourceIds ids, String file) throws ListParseException;
}
