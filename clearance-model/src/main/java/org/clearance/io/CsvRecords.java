package org.clearance.io;

import java.io.Closeable;
import java.io.FilterReader;
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
import org.clearance.model.EntityLimits;

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

    /**
     * Characters one record may span: commons-csv holds a whole record in memory, so a file of one endless
     * quoted field would fill the heap before any field could be judged. No entity can be stored from more.
     */
    static final long MAX_RECORD_CHARS = EntityLimits.MAX_JSON_BYTES;

    private final String file;
    private final RecordBound bound;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private long lastLine;

    private CsvRecords(String file, RecordBound bound, CSVParser parser) {
        this.file = file;
        this.bound = bound;
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
            RecordBound bound = new RecordBound(reader, file);
            return new CsvRecords(file, bound, CSVParser.builder().setReader(bound).setFormat(format).get());
        } catch (InputRefusedException e) {
            reader.close();
            throw e.toParseException();
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw convert(file, 1, e);
        }
    }

    /** Why a record whose width is not the header's is refused: said alike wherever party or list files are read. */
    public static String widthMismatch(int fields, int headerFields) {
        return String.format("the record has %d fields where the header has %d (a line cut short, or a stray quote?)",
                fields, headerFields);
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
        bound.recordStarts(lastLine + 1);
        if (!header.isEmpty() && record.size() != header.size()) {
            throw new ListParseException(file, start, 0, null, widthMismatch(record.size(), header.size()));
        }
        for (int i = 0; i < record.size(); i++) {
            int length = record.get(i).length();
            if (length > EntityLimits.MAX_TEXT_CHARS) {
                throw new ListParseException(file, start, 0, i < header.size() ? header.get(i) : "column " + (i + 1),
                        String.format("%,d characters, over the limit of %,d for one field; refused, nothing was imported",
                                length, EntityLimits.MAX_TEXT_CHARS));
            }
        }
        return new Row(record, start);
    }

    /** Counts the characters read since the current record began, and stops a record past {@link #MAX_RECORD_CHARS}. */
    private static final class RecordBound extends FilterReader {
        private final String file;
        private long line = 1;
        private long read;

        RecordBound(Reader in, String file) {
            super(in);
            this.file = file;
        }

        /** The parser has handed out a record; the next one begins on this line. Read-ahead counts towards it. */
        void recordStarts(long nextLine) {
            line = nextLine;
            read = 0;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            count(c < 0 ? 0 : 1);
            return c;
        }

        @Override
        public int read(char[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws InputRefusedException {
            read += n;
            if (read > MAX_RECORD_CHARS) {
                throw new InputRefusedException(file, line, 0, String.format(
                        "the record starting here runs past %,d characters; refused, nothing was imported", MAX_RECORD_CHARS));
            }
        }
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
