package org.clearance.lists.csl;

import java.time.LocalDate;
import java.util.List;
import org.clearance.io.CsvRecords;
import org.clearance.io.DateText;
import org.clearance.io.ListParseException;
import org.clearance.lists.HeadedCsvFormat;
import org.clearance.lists.SourceIds;
import org.clearance.model.Address;
import org.clearance.model.Entity;
import org.clearance.model.Name;
import org.clearance.model.NameKind;
import org.clearance.model.PartialDate;
import org.clearance.model.Sanction;
import org.clearance.model.Schema;

/**
 * The US Commerce BIS Denied Persons List as BIS publishes it ({@code dpl.txt}): tab-separated, every
 * field quoted, a header row, one row per party and address.
 *
 * <p>The list gives no ids: a row's source id is a hash of its name and address, which is what tells
 * the rows of one party apart (MEHMET HAKAN ATILLA has two addresses) and stays the same from one
 * edition to the next while they do. The list does not say whether a party is a person or a company,
 * so every entity is a LegalEntity.
 *
 * <p>The file carries no publication date. Each row has a {@code Last_Update}, but that is when that
 * row last changed, and the official file holds keying errors there (3017-08-22 for MANSOUR ZADEH,
 * 2922-09-01, 0222-05-18): taking the latest as the file's date would date the list a thousand years
 * ahead. A plausible {@code Last_Update} is kept on the entity as {@code modifiedAt}; another one goes
 * to a note as written.
 */
public final class BisDplFormat extends HeadedCsvFormat {
    public static final String ID = "bis-dpl-txt";
    public static final String DEFAULT_DATASET = "us_bis_dpl";

    static final String AUTHORITY = "US Commerce BIS";
    static final String PROGRAM = "Denied Persons List";
    static final String SOURCE_URL =
            "https://www.bis.doc.gov/index.php/policy-guidance/lists-of-parties-of-concern/denied-persons-list";

    static final List<String> COLUMNS = List.of("Name", "Street_Address", "City", "State", "Country", "Postal_Code",
            "Effective_Date", "Expiration_Date", "Standard_Order", "Last_Update", "Action", "FR_Citation");

    /**
     * Years a real {@code Last_Update} can fall in: the list dates from the Export Administration Act
     * of 1979, and the typos seen (0222, 2922, 3017) fall far outside.
     */
    static final int PLAUSIBLE_UPDATE_FROM_YEAR = 1970;
    static final int PLAUSIBLE_UPDATE_TO_YEAR = 2099;

    public BisDplFormat() {
        super(ID, "US Commerce BIS Denied Persons List, tab-separated text (dpl.txt)", DEFAULT_DATASET, COLUMNS, '\t');
    }

    @Override
    protected Entity map(CsvRecords.Row row, String dataset, SourceIds ids, String file)
            throws ListParseException {
        List<Name> names = DplName.parse(row.get("Name"));
        if (names.isEmpty() || names.get(0).kind() != NameKind.PRIMARY) {
            throw new ListParseException(file, row.line(), 0, "Name", "the row has no name");
        }
        Address address = Address.of(row.get("Street_Address"), row.get("City"), row.get("State"),
                row.get("Postal_Code"), row.get("Country"));
        String sourceId = ids.unique(SourceIds.hash(names.get(0).full(), row.get("Street_Address"),
                row.get("City"), row.get("State"), row.get("Country"), row.get("Postal_Code")));
        Entity.Builder b = Entity.builder(dataset, sourceId, Schema.LEGAL_ENTITY);
        names.forEach(b::name);
        b.address(address);
        b.country(row.get("Country"));

        String effective = row.get("Effective_Date");
        LocalDate listedOn = DateText.parseUs(effective);
        if (listedOn == null && !effective.isEmpty()) {
            b.note("Effective_Date (not a date): " + effective);
        }
        b.sanction(new Sanction(AUTHORITY, PROGRAM, listedOn, null));
        labelled(b, "Expiration date", row.get("Expiration_Date"));
        labelled(b, "Standard order", row.get("Standard_Order"));
        labelled(b, "Action", row.get("Action"));
        labelled(b, "Federal Register", row.get("FR_Citation"));
        lastUpdate(b, row.get("Last_Update"));
        b.sourceUrl(SOURCE_URL);
        return b.build();
    }

    private static void lastUpdate(Entity.Builder b, String text) {
        if (text.isEmpty()) {
            return;
        }
        PartialDate d = DateText.parse(text, false);
        if (d != null && d.year() >= PLAUSIBLE_UPDATE_FROM_YEAR && d.year() <= PLAUSIBLE_UPDATE_TO_YEAR) {
            b.property("modifiedAt", d.toString());
        } else {
            b.note("Last_Update as written, not a plausible date: " + text);
        }
    }

    private static void labelled(Entity.Builder b, String label, String value) {
        if (!value.isEmpty()) {
            b.note(label + ": " + value);
        }
    }
}
