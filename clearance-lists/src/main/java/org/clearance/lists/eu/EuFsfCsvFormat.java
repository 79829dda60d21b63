package org.clearance.lists.eu;

import org.clearance.lists.ColumnLayout;
import org.clearance.io.CsvRecords;
import static org.clearance.lists.eu.EuCsvColumn.*;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clearance.io.DateText;
import org.clearance.io.InputRefusedException;
import org.clearance.lists.BasicListFormat;
import org.clearance.io.ListInput;
import org.clearance.lists.ListMetadata;
import org.clearance.io.ListParseException;
import org.clearance.io.Sniff;
import org.clearance.model.Entity;

/**
 * The EU Financial Sanctions Files (FSF) consolidated list, CSV 1.1 ({@code csvFullSanctionsList_1_1}):
 * semicolon-separated, a header row naming the columns ({@code fileGenerationDate;Entity_LogicalId;...}),
 * then one row per fact (a name, an address, a birth date, a document, a citizenship), every row
 * repeating its entity's {@code Entity_*} columns.
 *
 * <p>Rows are grouped by {@code Entity_LogicalId} as they stream past, and each entity is emitted when
 * the next one starts. The official file keeps an entity's rows together; an id that comes back after
 * another entity means the file was re-sorted or concatenated, and is refused with the line where it
 * comes back (merging silently could join two versions of the list into one entity).
 */
public final class EuFsfCsvFormat extends BasicListFormat {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').get();

    /** Spellings of "yes" in the boolean columns ({@code BirthDate_Circa}, {@code Identification_KnownFalse}). */
    private static final Set<String> TRUE = Set.of("true", "yes", "y", "1");

    private static final Map<EuCsvColumn, String> IDENTIFICATION_FLAG_COLUMNS = flagColumns();

    public EuFsfCsvFormat() {
        super("eu-fsf-csv", "EU Financial Sanctions Files (FSF) consolidated list, CSV 1.1 (European Commission)", "eu_fsf");
    }

    @Override
    public boolean accepts(Sniff sniff) {
        String header = sniff.firstLine();
        return header.indexOf(';') >= 0 && header.contains("Entity_LogicalId") && header.contains("NameAlias_WholeName");
    }

    @Override
    public ListMetadata parse(ListInput input, String dataset, Consumer<Entity> sink)
            throws IOException, ListParseException {
        String file = input.name();
        try (Reader text = input.openText(); CsvRecords csv = CsvRecords.open(text, FORMAT, file)) {
            CsvRecords.Row headerRow = csv.next();
            if (headerRow == null) {
                throw ListParseException.atFile(file, "no header row");
            }
            ColumnLayout<EuCsvColumn> cols = new ColumnLayout<>(EuCsvColumn.class, headerRow.record());
            for (EuCsvColumn c : REQUIRED) {
                if (!cols.has(c)) {
                    throw new ListParseException(file, headerRow.line(), 0, c.header(),
                            "the header has no " + c.header() + " column: not an EU FSF CSV 1.1 file");
                }
            }
            Map<String, Long> firstLines = new HashMap<>();
            LocalDate published = null;
            EuEntityAssembler current = null;
            String currentId = null;
            long currentLine = 0;
            long count = 0;
            for (CsvRecords.Row row = csv.next(); row != null; row = csv.next()) {
                CSVRecord rec = row.record();
                if (rec.size() != cols.width()) {
                    throw new ListParseException(file, row.line(), 0, null, "the row has " + rec.size()
                            + " fields where the header has " + cols.width() + " (truncated or broken quoting?)");
                }
                String id = cols.get(rec, ENTITY_LOGICAL_ID);
                if (id == null) {
                    throw new ListParseException(file, row.line(), 0, ENTITY_LOGICAL_ID.header(), "row without an entity id");
                }
                if (published == null) {
                    published = DateText.parseFull(cols.get(rec, FILE_GENERATION_DATE), true);
                }
                if (!id.equals(currentId)) {
                    if (current != null) {
                        sink.accept(finish(current, currentId, currentLine, file));
                        count++;
                    }
                    Long seen = firstLines.putIfAbsent(id, row.line());
                    if (seen != null) {
                        throw new ListParseException(file, row.line(), 0, ENTITY_LOGICAL_ID.header(), "entity " + id
                                + " comes back here after other entities (its rows began at line " + seen
                                + "); the official file keeps an entity's rows together, so this one was re-sorted"
                                + " or concatenated");
                    }
                    current = new EuEntityAssembler(dataset, id);
                    currentId = id;
                    currentLine = row.line();
                }
                readRow(cols, rec, current);
            }
            if (current != null) {
                sink.accept(finish(current, currentId, currentLine, file));
                count++;
            }
            return new ListMetadata(published, -1, count);
        } catch (InputRefusedException e) {
            throw e.toParseException();
        }
    }

    private static Entity finish(EuEntityAssembler entity, String id, long line, String file) throws ListParseException {
        if (!entity.hasName()) {
            throw new ListParseException(file, line, 0, NAME_ALIAS_WHOLE_NAME.header(),
                    "entity " + id + " (rows from this line on) has no name in any row");
        }
        return entity.build();
    }

    private static void readRow(ColumnLayout<EuCsvColumn> c, CSVRecord r, EuEntityAssembler entity) {
        entity.subjectType(c.get(r, ENTITY_SUBJECT_TYPE), c.get(r, ENTITY_SUBJECT_TYPE_CLASSIFICATION_CODE));
        entity.designation(c.get(r, ENTITY_DESIGNATION_DATE), c.get(r, ENTITY_DESIGNATION_DETAILS),
                c.get(r, ENTITY_EU_REFERENCE_NUMBER), c.get(r, ENTITY_UNITED_NATION_ID));
        entity.remark(c.get(r, ENTITY_REMARK));
        entity.regulation(new EuFacts.Regulation(c.get(r, ENTITY_REGULATION_PROGRAMME),
                c.get(r, ENTITY_REGULATION_PUBLICATION_DATE), c.get(r, ENTITY_REGULATION_ENTRY_INTO_FORCE_DATE),
                c.get(r, ENTITY_REGULATION_NUMBER_TITLE), c.get(r, ENTITY_REGULATION_PUBLICATION_URL)));
        if (any(c, r, NAME_ALIAS_WHOLE_NAME, NAME_ALIAS_LAST_NAME, NAME_ALIAS_FIRST_NAME, NAME_ALIAS_MIDDLE_NAME)) {
            // the CSV has no "strong" column: every name in it counts as a strong alias
            entity.name(new EuFacts.NameAlias(c.get(r, NAME_ALIAS_WHOLE_NAME), c.get(r, NAME_ALIAS_FIRST_NAME),
                    c.get(r, NAME_ALIAS_MIDDLE_NAME), c.get(r, NAME_ALIAS_LAST_NAME), c.get(r, NAME_ALIAS_FUNCTION),
                    c.get(r, NAME_ALIAS_GENDER), c.get(r, NAME_ALIAS_TITLE), c.get(r, NAME_ALIAS_NAME_LANGUAGE),
                    true, c.get(r, NAME_ALIAS_REMARK)));
        }
        if (any(c, r, BIRTH_DATE_BIRTH_DATE, BIRTH_DATE_YEAR, BIRTH_DATE_YEAR_RANGE_FROM, BIRTH_DATE_YEAR_RANGE_TO,
                BIRTH_DATE_CITY, BIRTH_DATE_PLACE, BIRTH_DATE_REGION, BIRTH_DATE_COUNTRY_DESCRIPTION,
                BIRTH_DATE_COUNTRY_ISO2_CODE)) {
            entity.birthdate(new EuFacts.Birthdate(c.get(r, BIRTH_DATE_BIRTH_DATE), c.get(r, BIRTH_DATE_YEAR),
                    c.get(r, BIRTH_DATE_MONTH), c.get(r, BIRTH_DATE_DAY), c.get(r, BIRTH_DATE_YEAR_RANGE_FROM),
                    c.get(r, BIRTH_DATE_YEAR_RANGE_TO), isTrue(c.get(r, BIRTH_DATE_CIRCA)), c.get(r, BIRTH_DATE_CITY),
                    c.get(r, BIRTH_DATE_PLACE), c.get(r, BIRTH_DATE_REGION), c.get(r, BIRTH_DATE_COUNTRY_DESCRIPTION),
                    c.get(r, BIRTH_DATE_COUNTRY_ISO2_CODE), c.get(r, BIRTH_DATE_REMARK)));
        }
        if (any(c, r, CITIZENSHIP_COUNTRY_DESCRIPTION, CITIZENSHIP_COUNTRY_ISO2_CODE)) {
            entity.citizenship(new EuFacts.Citizenship(c.get(r, CITIZENSHIP_COUNTRY_DESCRIPTION),
                    c.get(r, CITIZENSHIP_COUNTRY_ISO2_CODE), c.get(r, CITIZENSHIP_REMARK)));
        }
        if (any(c, r, IDENTIFICATION_NUMBER, IDENTIFICATION_LATIN_NUMBER, IDENTIFICATION_TYPE_CODE)) {
            entity.identification(readIdentification(c, r));
        }
        if (any(c, r, ADDRESS_STREET, ADDRESS_CITY, ADDRESS_ZIP_CODE, ADDRESS_PO_BOX, ADDRESS_REGION, ADDRESS_PLACE,
                ADDRESS_COUNTRY_DESCRIPTION, ADDRESS_COUNTRY_ISO2_CODE, ADDRESS_CONTACT_INFO)) {
            entity.address(new EuFacts.Address(c.get(r, ADDRESS_STREET), c.get(r, ADDRESS_CITY),
                    c.get(r, ADDRESS_ZIP_CODE), c.get(r, ADDRESS_PO_BOX), c.get(r, ADDRESS_REGION),
                    c.get(r, ADDRESS_PLACE), c.get(r, ADDRESS_COUNTRY_DESCRIPTION), c.get(r, ADDRESS_COUNTRY_ISO2_CODE),
                    c.get(r, ADDRESS_CONTACT_INFO), c.get(r, ADDRESS_REMARK)));
        }
    }

    private static EuFacts.Identification readIdentification(ColumnLayout<EuCsvColumn> c, CSVRecord r) {
        List<String> flags = new ArrayList<>();
        IDENTIFICATION_FLAG_COLUMNS.forEach((column, words) -> {
            if (isTrue(c.get(r, column))) {
                flags.add(words);
            }
        });
        return new EuFacts.Identification(c.get(r, IDENTIFICATION_TYPE_CODE), c.get(r, IDENTIFICATION_TYPE_DESCRIPTION),
                c.get(r, IDENTIFICATION_NUMBER), c.get(r, IDENTIFICATION_LATIN_NUMBER),
                c.get(r, IDENTIFICATION_COUNTRY_DESCRIPTION), c.get(r, IDENTIFICATION_COUNTRY_ISO2_CODE),
                c.get(r, IDENTIFICATION_ISSUED_BY), c.get(r, IDENTIFICATION_ISSUED_DATE),
                c.get(r, IDENTIFICATION_VALID_FROM), c.get(r, IDENTIFICATION_VALID_TO),
                c.get(r, IDENTIFICATION_NAME_ON_DOCUMENT), flags, c.get(r, IDENTIFICATION_REMARK));
    }

    /** The flag columns in {@link EuFacts#IDENTIFICATION_FLAGS} order, so both formats word them alike. */
    private static Map<EuCsvColumn, String> flagColumns() {
        Map<EuCsvColumn, String> m = new LinkedHashMap<>();
        for (var flag : EuFacts.IDENTIFICATION_FLAGS) {
            String header = "Identification_" + Character.toUpperCase(flag.getKey().charAt(0)) + flag.getKey().substring(1);
            for (EuCsvColumn c : values()) {
                if (c.header().equals(header)) {
                    m.put(c, flag.getValue());
                }
            }
        }
        return m;
    }

    private static boolean any(ColumnLayout<EuCsvColumn> c, CSVRecord r, EuCsvColumn... columns) {
        for (EuCsvColumn col : columns) {
            if (c.get(r, col) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTrue(String value) {
        return value != null && TRUE.contains(value.toLowerCase(Locale.ROOT));
    }
}
