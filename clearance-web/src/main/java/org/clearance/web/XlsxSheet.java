package org.clearance.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an Excel workbook (.xlsx), read as a stream of rows through POI's event API:
 * a sheet of 100,000 rows never becomes 100,000 row objects in memory, as POI's usual workbook
 * model would make it. Dates typed as dates come out as ISO days; other cells as Excel shows them.
 */
final class XlsxSheet {
    private XlsxSheet() {}

    static PartyFile read(Path file, String name) throws FileRefusedException {
        PartyTable table = new PartyTable(name);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new FileRefusedException(name + ": the workbook has no sheet");
            }
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), new ReadOnlySharedStringsTable(pkg),
                    new Rows(table), new IsoDates(), false));
            try (InputStream sheet = sheets.next()) {
                xml.parse(new InputSource(sheet));
            }
        } catch (Refused e) {
            throw e.refusal;
        } catch (InvalidFormatException | org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new FileRefusedException(name + " is a ZIP archive but not an Excel workbook (.xlsx)", e);
        } catch (OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException | IOException | RuntimeException e) {
            // IOException too: POI reports a zip bomb or a truncated archive as one
            throw new FileRefusedException(name + ": the workbook could not be read (" + e.getMessage()
                    + "); save it again from Excel, or as CSV", e);
        }
        return table.result();
    }

    /** Carries a refusal out of the SAX callbacks, which may throw only unchecked exceptions. */
    private static final class Refused extends RuntimeException {
        final FileRefusedException refusal;

        Refused(FileRefusedException refusal) {
            super(refusal.getMessage(), null, false, false);
            this.refusal = refusal;
        }
    }

    /** Gathers each row's cells by column (empty cells are absent from the sheet's XML). */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final PartyTable table;
        private final List<String> cells = new ArrayList<>();

        Rows(PartyTable table) {
            this.table = table;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = new CellReference(ref).getCol();
            while (cells.size() <= col) {
                cells.add("");
            }
            cells.set(col, value == null ? "" : value);
        }

        @Override
        public void endRow(int rowNum) {
            try {
                if (!table.hasHeader()) {
                    if (!cells.isEmpty()) {
                        table.header(cells);
                    }
                } else {
                    table.row(rowNum + 1L, cells); // POI counts from 0, Excel from 1
                }
            } catch (FileRefusedException e) {
                throw new Refused(e);
            }
        }
    }

    /** Date cells as ISO days (1962-01-17), whatever display format the sheet gives them. */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDate day = DateUtil.getLocalDateTime(value).toLocalDate();
                return day.toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }
}
