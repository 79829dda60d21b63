package org.clearance.lists.uflpa;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.clearance.io.CsvRecords;
import org.clearance.io.DateText;
import org.clearance.io.ListParseException;
import org.clearance.lists.HeadedCsvFormat;
import org.clearance.lists.SourceIds;
import org.clearance.model.Entity;
import org.clearance.model.Name;
import org.clearance.model.NameKind;

/**
 * The UFLPA Entity List compiled as CSV ({@code uflpa_entity_list.csv}): one row per entity with
 * columns name, aliases (";"-separated), chinese_name, country, region, sector, list_section,
 * date_added, source. DHS publishes the list only as a web page ({@link UflpaHtmlFormat}); this
 * file is a dated stand-in compiled from it and the Federal Register, with the compiler's account
 * of where each row comes from in {@code source}, kept as a note.
 *
 * <p>{@code list_section} names the sub-list ("2(d)(2)(B)(ii) work with ..."), two of them joined by
 * " AND ", or says the section is not confirmed: each part that starts with a section code becomes a
 * sanction of that section, any other part a sanction without section and the text a note (a row
 * that "moved to another section ... (originally 2(d)(2)(B)(i))" is not listed under (i) today).
 */
public final class UflpaCsvFormat extends HeadedCsvFormat {
    public static final String ID = "uflpa-csv";
    public static final String DEFAULT_DATASET = "us_dhs_uflpa";

    static final List<String> COLUMNS = List.of("name", "aliases", "chinese_name", "country", "region", "sector",
            "list_section", "date_added", "source");

    private static final Pattern SECTION_JOIN = Pattern.compile("\\s+AND\\s+");
    private static final Pattern ALIAS_SEPARATOR = Pattern.compile(";");

    public UflpaCsvFormat() {
        super(ID, "US DHS UFLPA Entity List, compiled CSV (name, aliases, chinese_name, ..., list_section, date_added)", DEFAULT_DATASET, COLUMNS, ',');
    }

    @Override
    protected Entity map(CsvRecords.Row row, String dataset, SourceIds ids, String file)
            throws ListParseException {
        String name = row.get("name");
        if (name.isEmpty()) {
            throw new ListParseException(file, row.line(), 0, "name", "the row has no name");
        }
        Entity.Builder b = Entity.builder(dataset, ids.unique(UflpaEntities.slug(name)), UflpaEntities.schema(name));
        b.name(name, NameKind.PRIMARY);
        for (String alias : ALIAS_SEPARATOR.split(row.get("aliases"))) {
            b.name(alias, NameKind.ALIAS);
        }
        String chinese = row.get("chinese_name");
        if (!chinese.isEmpty()) {
            b.name(new Name(chinese, NameKind.ORIGINAL_SCRIPT, null, null, "zh"));
        }
        b.country(row.get("country"));
        b.property("region", row.get("region"));
        b.property("sector", row.get("sector"));

        String added = row.get("date_added");
        LocalDate listedOn = DateText.parseFull(added, false);
        if (listedOn == null && !added.isEmpty()) {
            b.note("date_added (not a date): " + added);
        }
        String sections = row.get("list_section");
        if (sections.isEmpty()) {
            b.sanction(UflpaEntities.sanction(null, listedOn, null));
        }
        for (String part : sections.isEmpty() ? new String[0] : SECTION_JOIN.split(sections)) {
            String section = UflpaEntities.leadingSection(part);
            if (section == null) {
                b.note("list_section: " + part.strip());
            }
            String reason = section == null ? null : part.strip().substring(section.length());
            b.sanction(UflpaEntities.sanction(section, listedOn, reason));
        }
        String source = row.get("source");
        if (!source.isEmpty()) {
            b.note("Source: " + source);
        }
        b.sourceUrl(UflpaEntities.SOURCE_URL);
        return b.build();
    }
}
