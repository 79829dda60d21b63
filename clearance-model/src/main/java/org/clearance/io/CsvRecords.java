package org.clearance.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clearance.model.Entity;

/**
 * A delimited list file with a header row, read record by record through commons-csv. Everything
 * commons-csv and the strict UTF-8 reader can throw comes out as a {@link ListParseException} naming
 * the file and line, and a record whose field count differs from the header's is refused: that is
 * how a file cut off in the middle of a line, or a stray quote that swallowed a delimiter, shows.
 */
public final class CsvRecords implements Closeable {
    /**
     * commons-csv writes the line into its messages as "(line 12)", "(startline 12)" or "line: 12",
     * with thousands separators past 999 ("line: 14,947").
     */
    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("line:? (\\d[\\d,]*)");

    /** One record and the line it starts on. */
    public record Row(CSVRecord record, long line) {
        /** The field under a header column, stripped; empty when the column is absent. */
        public String get(String column) {
            return record.isMapped(column) && record.isSet(column) ? record.get(column).strip() : "";
        }
    }

    private final String file;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private long lastLine;

    private CsvRecords(String file, CSVParser parser) {
        this.file = file;
        this.parser = parser;
        this.records = parser.iterator();
        this.header = parser.getHeaderNames();
        this.lastLine = parser.getCurrentLineNumber();
    }

    /**
     * Opens the file as strict UTF-8. When {@code format} asks for a header row it is read here and
     * every record must have its width; otherwise the caller reads any header itself.
     */
    public static CsvRecords open(ListInput input, CSVFormat format) throws IOException, ListParseException {
        return open(input.openText(), format, input.name());
    }

    /** Reads already opened text (a companion file, say) as {@link #open(ListInput, CSVFormat)} does. */
    public static CsvRecords open(Reader reader, CSVFormat format, String file) throws IOException, ListParseException {
        try {
            return new CsvRecords(file, CSVParser.builder().setReader(reader).setFormat(format).get());
        } catch (InputRefusedException e) {
            reader.close();
            throw e.toParseException();
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw convert(file, 1, e);
        }
    }

    public List<String> header() {
        return header;
    }

    /** Refuses a header that lacks any of {@code columns}. */
    public void requireColumns(List<String> columns) throws ListParseException {
        for (String c : columns) {
            if (!header.contains(c)) {
                throw new ListParseException(file, 1, 0, c, "the header row has no column '" + c
                        + "' (header: " + String.join(",", header) + ")");
            }
        }
    }

    /** Turns one record into an entity. */
    @FunctionalInterface
    public interface RowMapper {
        Entity map(Row row) throws ListParseException;
    }

    /** Maps every remaining record in file order and hands it to the sink; returns how many there were. */
    public long mapEach(RowMapper mapper, Consumer<Entity> sink) throws IOException, ListParseException {
        long count = 0;
        for (Row row = next(); row != null; row = next()) {
            sink.accept(mapper.map(row));
            count++;
        }
        return count;
    }

    /** The next record, or null at the end of the file. */
    public Row next() throws IOException, ListParseException {
        long start = lastLine + 1;
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (UncheckedIOException e) {
            throw convert(file, start, e);
        } catch (RuntimeException e) {
            throw convert(file, start, e);
        }
        long end = parser.getCurrentLineNumber();
        // The parser skips empty lines without saying so: count back from where the record ends, over the
        // line breaks inside its quoted values. A last record without a final line break has not moved
        // the count, and starts on the line after the previous record.
        long back = end - newlines(record);
        if (back > lastLine) {
            start = back;
        }
        lastLine = end;
        if (!header.isEmpty() && record.size() != header.size()) {
            throw new ListParseException(file, start, 0, null, String.format(
                    "the record has %d fields where the header has %d (a line cut short, or a stray quote?)",
                    record.size(), header.size()));
        }
        return new Row(record, start);
    }

    private static long newlines(CSVRecord record) {
        long n = 0;
        for (String v : record) {
            if (v != null) {
                n += v.chars().filter(c -> c == '\n').count();
            }
        }
        return n;
    }

    private static ListParseException convert(String file, long fallbackLine, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InputRefusedException refused) {
                return refused.toParseException();
            }
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null) {
            message = cause.getMessage();
        }
        Matcher m = LINE_IN_MESSAGE.matcher(message);
        long line = m.find() ? Long.parseLong(m.group(1).replace(",", "")) : fallbackLine;
        return new ListParseException(file, line, 0, null, "malformed CSV: " + message, e);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
