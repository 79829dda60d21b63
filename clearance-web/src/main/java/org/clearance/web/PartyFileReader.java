package org.clearance.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.clearance.io.CsvRecords;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;

/**
 * Reads an uploaded file of parties: CSV (strict UTF-8, a byte-order mark allowed, through the same
 * reader as the list files) or an Excel workbook (.xlsx, its first sheet, {@link XlsxSheet}). The
 * kind is told from the file's first bytes, not its name, so a PDF renamed {@code .csv} is refused
 * as what it is.
 */
final class PartyFileReader {
    /** First bytes of files people upload by mistake, named in the refusal. */
    private static final List<Magic> NOT_PARTIES = List.of(
            new Magic(new byte[] {'%', 'P', 'D', 'F'}, "a PDF document"),
            new Magic(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "a PNG image"),
            new Magic(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "a JPEG image"),
            new Magic(new byte[] {'G', 'I', 'F', '8'}, "a GIF image"),
            new Magic(new byte[] {0x1f, (byte) 0x8b}, "a gzip archive"),
            new Magic(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, "an Excel 97-2003 workbook (.xls) or another old Office file; save it as .xlsx or CSV"));
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    /** Bytes looked at to tell text from binary: a NUL among them is no CSV. */
    private static final int SNIFF = 8192;

    private record Magic(byte[] head, String what) {}

    private PartyFileReader() {}

    /** @param name the file's name as uploaded, for messages */
    static PartyFile read(Path file, String name) throws FileRefusedException, IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF);
        }
        if (head.length == 0) {
            throw new FileRefusedException(name + ": the file is empty");
        }
        if (starts(head, ZIP)) {
            return XlsxSheet.read(file, name);
        }
        for (Magic m : NOT_PARTIES) {
            if (starts(head, m.head())) {
                throw new FileRefusedException(name + " is " + m.what() + ", not a CSV file or an Excel workbook (.xlsx)");
            }
        }
        for (byte b : head) {
            if (b == 0) {
                throw new FileRefusedException(name + " is not a CSV text file or an Excel workbook (.xlsx): it holds binary data");
            }
        }
        return csv(file, name);
    }

    private static PartyFile csv(Path file, String name) throws FileRefusedException, IOException {
        PartyTable table = new PartyTable(name);
        // no header in the format: the header is checked here, and short or long rows are row problems, not the file's
        try (CsvRecords records = CsvRecords.open(ListInput.of(file), CSVFormat.RFC4180)) {
            for (CsvRecords.Row r = records.next(); r != null; r = records.next()) {
                List<String> cells = new ArrayList<>(r.record().size());
                r.record().forEach(cells::add);
                if (!table.hasHeader()) {
                    table.header(cells);
                } else {
                    table.row(r.line(), cells);
                }
            }
        } catch (ListParseException e) {
            throw new FileRefusedException(name + (e.line() > 0 ? ", row " + e.line() : "") + ": " + e.problem(), e);
        }
        return table.result();
    }

    private static boolean starts(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
