package org.clearance.lists.csl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clearance.lists.csl.BadInputs.cut;
import static org.clearance.lists.csl.BadInputs.refuses;
import static org.clearance.lists.csl.BadInputs.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.clearance.io.ListInput;
import org.clearance.io.Sniff;
import org.clearance.model.Address;
import org.clearance.model.Entity;
import org.clearance.model.Name;
import org.clearance.model.NameKind;
import org.clearance.model.Sanction;
import org.clearance.model.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BisDplFormatTest {
    private static final Path DPL = ParsedList.shared("data/lists/csl/dpl-2021.txt");

    /** A row of the file: twelve fields, eleven tabs, on one line (the header is one too). */
    private static final Pattern ROW = Pattern.compile("(?m)^(?:[^\\t\\n]*\\t){11}[^\\t\\n]*$");

    private static final String HEADER = String.join("\t", BisDplFormat.COLUMNS);

    private final BisDplFormat format = new BisDplFormat();

    @TempDir
    Path tmp;

    @Test
    void acceptsTheDplByItsHeaderOnly() throws Exception {
        assertThat(format.accepts(Sniff.of(ListInput.of(DPL)))).isTrue();
        assertThat(format.accepts(Sniff.of(ListInput.of(
                ParsedList.shared("data/lists/csl/consolidated-partial-2019.csv"))))).isFalse();
        assertThat(new CslCsvFormat().accepts(Sniff.of(ListInput.of(DPL)))).isFalse();
    }

    @Test
    void oneEntityPerRowEvenForRowsTheListRepeats() throws Exception {
        ParsedList list = ParsedList.parse(format, DPL, "us_bis_dpl");
        long rows = ROW.matcher(Files.readString(DPL)).results().count() - 1;
        assertThat(rows).isEqualTo(581);
        assertThat(list.entities()).hasSize((int) rows);
        assertThat(list.metadata().entityCount()).isEqualTo(581);
        assertThat(list.entities().stream().map(Entity::id).distinct()).hasSize(581);
        // DAQING ZHOU's row appears twice, verbatim
        List<Entity> zhou = list.allNamed("DAQING ZHOU");
        assertThat(zhou).hasSize(2);
        assertThat(zhou.get(1).id()).isEqualTo(zhou.get(0).id() + "-2");
        // two addresses of one party are two rows, two ids
        assertThat(list.allNamed("MEHMET HAKAN ATILLA").stream().map(Entity::id).distinct()).hasSize(2);
        System.out.printf("BIS DPL: %d entities in %.1f ms%n", list.entities().size(), list.nanos() / 1e6);
    }

    @Test
    void readsARowWhole() throws Exception {
        Entity ash = ParsedList.parse(format, DPL, "us_bis_dpl").one(e -> e.caption().equals("I. ASH")
                && e.addresses().get(0).city().equals("SEAGOVILLE"));
        assertThat(ash.schema()).isEqualTo(Schema.LEGAL_ENTITY);
        assertThat(ash.addresses()).containsExactly(Address.of(
                "UPON THE DATE OF THE ORDER INCARCERATED AT USM NO: 26265-177, FCI SEAGOVILLE, 2113 NORTH HIGHWAY 175",
                "SEAGOVILLE", "TX", "75159", "US"));
        assertThat(ash.countries()).containsExactly("US");
        assertThat(ash.sanctions()).containsExactly(new Sanction("US Commerce BIS", "Denied Persons List",
                LocalDate.of(2003, 6, 19), null));
        assertThat(ash.properties()).containsEntry("modifiedAt", List.of("2007-01-31"));
        assertThat(ash.notes()).contains("Expiration date: 06/29/2056", "Standard order: Y",
                "Federal Register: 68 F.R. 38290 6/27/03 71 F.R. 38843 7/10/06 72 F.R. 4236 1/30/07");
    }

    @Test
    void aTypoedLastUpdateIsNoDateAndNoPublicationDate() throws Exception {
        ParsedList list = ParsedList.parse(format, DPL, "us_bis_dpl");
        assertThat(list.metadata().publicationDate()).isNull();
        Entity zadeh = list.one(e -> e.caption().equals("MANSOUR ZADEH")
                && e.addresses().get(0).street().startsWith("STROVOLOU 77"));
        assertThat(zadeh.properties()).doesNotContainKey("modifiedAt");
        assertThat(zadeh.notes()).contains("Last_Update as written, not a plausible date: 3017-08-22");
        assertThat(zadeh.sanctions()).extracting(Sanction::listedOn).containsExactly(LocalDate.of(2017, 8, 10));
        assertThat(list.entities()).filteredOn(e -> e.notes().stream().anyMatch(n -> n.startsWith("Last_Update")))
                .hasSize(3);
    }

    @Test
    void readsAliasesWrittenIntoTheName() throws Exception {
        ParsedList list = ParsedList.parse(format, DPL, "us_bis_dpl");
        assertThat(list.named("PEARL LI").names()).extracting(Name::full, Name::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PEARL LI", NameKind.PRIMARY),
                org.assertj.core.groups.Tuple.tuple("NEI-CHIEN CHU", NameKind.ALIAS));
        assertThat(list.named("FUYI SUN").names()).extracting(Name::full).containsExactly("FUYI SUN", "FRANK SUN");
        assertThat(list.named("SIBERIAN AIRLINES").names()).extracting(Name::full)
                .containsExactly("SIBERIAN AIRLINES", "S7 AIRLINES");
        // two rows write the nickname in quotes, a third row of the same man does not
        assertThat(list.allNamed("IHSAN MEDHAT ELASHI")).hasSize(3)
                .filteredOn(e -> e.names().contains(Name.of("SAMMY", NameKind.WEAK_ALIAS))).hasSize(2);
        assertThat(list.named("APPLIED SYSTEMS METHODS AND TECHNOLOGY (ASMAT)").names()).hasSize(1);
    }

    @Test
    void refusesATruncatedFile() throws Exception {
        String text = Files.readString(DPL);
        refuses(format, write(tmp, "cut.txt", cut(text, 5, 60))).hasMessageContaining(":6");
    }

    @Test
    void refusesBrokenQuoting() throws Exception {
        String row = "\"A\"\t\"B\"\t\"C\"\t\"\"\t\"US\"\t\"\"\t\"01/02/2020\"\t\"\"\t\"Y\"\t\"2020-01-03\"\t\"\"\t\"\"";
        String bad = "\"X\"Y\"\t\"B\"\t\"C\"\t\"\"\t\"US\"\t\"\"\t\"01/02/2020\"\t\"\"\t\"Y\"\t\"2020-01-03\"\t\"\"\t\"\"";
        refuses(format, write(tmp, "quote.txt", HEADER + "\n" + row + "\n" + bad + "\n")).hasMessageContaining(":3");
    }

    @Test
    void refusesARowWithoutName() throws Exception {
        String row = "\"\"\t\"B\"\t\"C\"\t\"\"\t\"US\"\t\"\"\t\"01/02/2020\"\t\"\"\t\"Y\"\t\"2020-01-03\"\t\"\"\t\"\"";
        refuses(format, write(tmp, "noname.txt", HEADER + "\n" + row + "\n")).hasMessageContaining(":2: field Name:");
    }

    @Test
    void aBadDateIsANoteNotAFailure() throws Exception {
        String row = "\"A\"\t\"B\"\t\"C\"\t\"\"\t\"US\"\t\"\"\t\"31/31/2020\"\t\"\"\t\"Y\"\t\"soon\"\t\"\"\t\"\"";
        Entity e = ParsedList.parse(format, write(tmp, "date.txt", HEADER + "\n" + row + "\n"), "t").entities().get(0);
        assertThat(e.sanctions()).extracting(Sanction::listedOn).containsOnlyNulls();
        assertThat(e.notes()).contains("Effective_Date (not a date): 31/31/2020",
                "Last_Update as written, not a plausible date: soon");
    }
}
