package org.clearance.lists.uk;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clearance.lists.InputRefusedException;
import org.clearance.lists.ListParseException;

/**
 * Commons CSV records with the line each starts on, and its failures (broken quoting, bad UTF-8 from
 * the underlying reader) turned into {@link ListParseException}s that name the file and line.
 */
final class LocatedCsv implements AutoCloseable {
    /** Commons CSV writes the line as "(startline 12)" or "at line: 12" in its messages. */
    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("(?:startline|line:?)\\s*(\\d+)");

    /** One record and the line it starts on. */
    record Row(CSVRecord record, long line) {}

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final String file;

    LocatedCsv(Reader reader, CSVFormat format, String file) throws IOException {
        this.parser = CSVParser.parse(reader, format);
        this.records = parser.iterator();
        this.file = file;
    }

    /** The next record, or null at the end of the file. */
    Row next() throws ListParseException {
        long before = parser.getCurrentLineNumber();
        try {
            // hasNext() reads the record, so the line count before it is the line the record starts after
            return records.hasNext() ? new Row(records.next(), before + 1) : null;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw convert(e, before + 1);
        }
    }

    private ListParseException convert(RuntimeException e, long line) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InputRefusedException r) {
                return r.toParseException();
            }
        }
        String message = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : String.valueOf(e.getMessage());
        Matcher m = LINE_IN_MESSAGE.matcher(message);
        long at = m.find() ? Long.parseLong(m.group(1)) : line;
        return new ListParseException(file, at, 0, null, "malformed CSV: " + message, e);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
