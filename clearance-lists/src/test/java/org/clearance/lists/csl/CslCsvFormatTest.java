package org.clearance.lists.csl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clearance.lists.csl.BadInputs.cut;
import static org.clearance.lists.csl.BadInputs.refuses;
import static org.clearance.lists.csl.BadInputs.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.clearance.io.ListInput;
import org.clearance.io.Sniff;
import org.clearance.model.Entity;
import org.clearance.model.Identifier;
import org.clearance.model.IdentifierType;
import org.clearance.model.Name;
import org.clearance.model.NameKind;
import org.clearance.model.PartialDate;
import org.clearance.model.Relation;
import org.clearance.model.Sanction;
import org.clearance.model.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CslCsvFormatTest {
    private static final Path LEGACY = ParsedList.shared("data/lists/csl/consolidated-partial-2019.csv");
    private static final Path CURRENT = ParsedList.shared("data/lists/csl/consolidated-partial-2025.csv");

    /** A record line starts with its source list, "... - <department>", quoted in the current layout. */
    private static final Pattern RECORD_LINE = Pattern.compile(
            "(?m)^\"?(?:[0-9a-f]+\",\")?[A-Za-z][^,\"]* - (?:Bureau of Industry and Security|Treasury Department|State Department)\"?,");

    private final CslCsvFormat format = new CslCsvFormat();

    @TempDir
    Path tmp;

    private static long recordLines(Path p) throws Exception {
        return RECORD_LINE.matcher(Files.readString(p)).results().count();
    }

    @Test
    void acceptsBothLayoutsByTheirHeaderAndNothingElse() throws Exception {
        assertThat(format.accepts(Sniff.of(ListInput.of(LEGACY)))).isTrue();
        assertThat(format.accepts(Sniff.of(ListInput.of(CURRENT)))).isTrue();
        assertThat(format.accepts(Sniff.of(ListInput.of(ParsedList.shared("data/lists/csl/dpl-2021.txt"))))).isFalse();
        assertThat(format.accepts(Sniff.of(ListInput.of(ParsedList.shared("data/uflpa/uflpa_entity_list.csv"))))).isFalse();
        assertThat(format.defaultDataset(Sniff.of(ListInput.of(LEGACY)))).isEqualTo("us_trade_csl");
    }

    @Test
    void legacyLayoutYieldsOneEntityPerRecordWithUniqueIds() throws Exception {
        ParsedList list = ParsedList.parse(format, LEGACY, "us_trade_csl");
        assertThat(recordLines(LEGACY)).isEqualTo(115);
        assertThat(list.entities()).hasSize((int) recordLines(LEGACY));
        assertThat(list.metadata().entityCount()).isEqualTo(115);
        assertThat(list.metadata().publicationDate()).isNull();
        assertThat(list.metadata().declaredCount()).isEqualTo(-1);
        assertThat(new HashSet<>(list.entities().stream().map(Entity::id).toList())).hasSize(115);
        System.out.printf("CSL 2019 CSV: %d entities in %.1f ms%n", list.entities().size(), list.nanos() / 1e6);
    }

    @Test
    void legacyPersonWithPartialBirthDateAliasesAndListName() throws Exception {
        Entity e = ParsedList.parse(format, LEGACY, "us_trade_csl").named("ABU JHEISHEH, Mohammed");
        assertThat(e.id()).isEqualTo("us_trade_csl-plc-9673");
        assertThat(e.schema()).isEqualTo(Schema.PERSON);
        assertThat(e.birthDates()).containsExactly(PartialDate.ofYear(1955));
        assertThat(e.birthPlaces()).containsExactly("Izna, Hebron");
        assertThat(e.names()).extracting(Name::full, Name::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ABU JHEISHEH, Mohammed", NameKind.PRIMARY),
                org.assertj.core.groups.Tuple.tuple("ABU JHESHEH, Mohammad Mutlaq", NameKind.ALIAS),
                org.assertj.core.groups.Tuple.tuple("ABU JEHEISHA, Mohammed", NameKind.ALIAS));
        assertThat(e.sanctions()).containsExactly(new Sanction("US Treasury OFAC",
                "Palestinian Legislative Council List (PLC): NS-PLC", null, null));
        assertThat(e.notes()).contains("HAMAS - Hebron");
    }

    @Test
    void legacyIdsAreValueFirstLabelLast() throws Exception {
        ParsedList list = ParsedList.parse(format, LEGACY, "us_trade_csl");
        assertThat(list.named("200G PSA HOLDINGS LLC").identifiers()).containsExactly(
                new Identifier(IdentifierType.TAX_ID, "Tax ID No.", "80-0890696", "US", null));
        Entity vessel = list.named("7-28");
        assertThat(vessel.schema()).isEqualTo(Schema.VESSEL);
        assertThat(vessel.identifiers()).containsExactly(new Identifier(IdentifierType.IMO,
                "Vessel Registration Identification", "IMO 8898831", null, null));
        assertThat(vessel.notes()).contains(
                "Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 and 510.210");
        assertThat(vessel.relations()).containsExactly(new Relation("linked to", "YUSONG SHIPPING CO", null));
        assertThat(vessel.properties()).containsEntry("flag", List.of("Democratic People's Republic of Korea"));
        Entity tanker = list.named("ADRIAN DARYA 1");
        assertThat(tanker.properties()).containsEntry("pastFlags", List.of("Panama"))
                .containsEntry("type", List.of("Crude Oil Tanker"));
        assertThat(tanker.names()).extracting(Name::full).containsExactly("ADRIAN DARYA 1", "GRACE 1");
        assertThat(list.named("AK TRANSNEFT OAO").properties())
                .containsEntry("email", List.of("transneft@ak.transneft.ru"))
                .containsEntry("website", List.of("www.transneft.ru"));
    }

    @Test
    void legacyMultiValuedFieldsAndListGrammar() throws Exception {
        ParsedList list = ParsedList.parse(format, LEGACY, "us_trade_csl");
        assertThat(list.named("AL MAZIDIH, Ghazy Fezza Hishan").birthDates())
                .containsExactly(PartialDate.ofYear(1974), PartialDate.ofYear(1975));
        Entity institute = list.named("54th Research Institute of China");
        assertThat(institute.names()).extracting(Name::full).last()
                .isEqualTo("Shijiazhuang Communication Observation and Control Technology Institute.");
        assertThat(institute.sanctions()).singleElement().satisfies(s -> {
            assertThat(s.authority()).isEqualTo("US Commerce BIS");
            assertThat(s.program()).isEqualTo("Entity List (EL)");
            assertThat(s.listedOn()).isEqualTo(LocalDate.of(2001, 5, 14));
            assertThat(s.reason()).startsWith("License requirement: For all items subject to the EAR.");
        });
        Entity hk = list.named("32 Group China Ltd.");
        assertThat(hk.addresses()).hasSize(2).allSatisfy(a -> assertThat(a.country()).isEqualTo("HK"));
        assertThat(hk.countries()).containsExactly("HK");
        // the Entity List keeps one record per address: five records, five entities, five ids
        List<Entity> migeotte = list.allNamed("Gunther Migeotte");
        assertThat(migeotte).hasSize(5);
        assertThat(migeotte.stream().map(Entity::id).distinct()).hasSize(5);
        assertThat(list.named("183rd Guard Air Defense Missile Regiment").sanctions()).containsExactly(
                new Sanction("US State Department", "Nonproliferation Sanctions (ISN): INKSNA",
                        LocalDate.of(2018, 4, 30), null));
    }

    @Test
    void currentLayoutUsesTradeGovIdsAndTypeFirstIds() throws Exception {
        ParsedList list = ParsedList.parse(format, CURRENT, "us_trade_csl");
        assertThat(list.entities()).hasSize((int) recordLines(CURRENT)).hasSize(13);
        Entity rim = list.named("RIM, Ryong Nam");
        assertThat(rim.id()).isEqualTo("us_trade_csl-52291");
        assertThat(rim.identifiers()).containsExactly(
                new Identifier(IdentifierType.PASSPORT, "Passport", "836238033", "KP", null));
        assertThat(rim.gender()).isEqualTo("male");
        assertThat(rim.birthDates()).containsExactly(new PartialDate(1978, 12, 5));
        assertThat(rim.nationalities()).containsExactly("KP");
        assertThat(rim.countries()).containsExactly("CN", "KP");
        assertThat(rim.notes()).anySatisfy(n -> assertThat(n).startsWith("Transactions Prohibited For Persons"));
        Entity sinobright = list.one(e -> e.caption().startsWith("Sinobright"));
        assertThat(sinobright.caption()).isEqualTo("Sinobright Import and Export Company");
        assertThat(sinobright.notes()).contains("Listed with any successor, sub-unit, or subsidiary thereof");
        assertThat(sinobright.id()).isEqualTo("us_trade_csl-233a4d725770c81fb561ffe3842c14010c2201971d6be62eca1e613b");
        Entity cetc = list.named("China Electronics Technology Group Corporation 13th Research Institute (CETC 13)");
        assertThat(cetc.names()).hasSize(7).extracting(Name::full).last().isEqualTo("CETC Research Institute 13");
        assertThat(cetc.addresses()).extracting(a -> a.full()).containsExactly(
                "113 Hezuo Road, Shijiazhuang, Hebei, China", "21 Changsheng Street, Shijiazhuang, Hebei, China",
                "21 Changsheng Road, Shijiazhuang, Hebei, China, Shijiazhuang, Hebei Province, CN");
        assertThat(list.named("TNK Trading International S.A.").sanctions()).extracting(Sanction::program)
                .containsExactly("Sectoral Sanctions Identifications List (SSI): VENEZUELA-EO13850",
                        "Sectoral Sanctions Identifications List (SSI): UKRAINE-EO13662");
        assertThat(list.named("Evren KAYAKIRAN").nationalities()).containsExactly("TR");
        assertThat(list.named("SME BANK").identifiers()).extracting(Identifier::type)
                .containsExactly(IdentifierType.REGISTRATION, IdentifierType.SWIFT_BIC);
    }

    @Test
    void refusesATruncatedFile() throws Exception {
        String text = Files.readString(LEGACY);
        // line 11 is the 7-28 record; cut it inside its remarks field
        Path p = write(tmp, "cut.csv", cut(text, 10, 150));
        refuses(format, p).hasMessageContaining(":11");
        // cut inside a quoted field: commons-csv reaches the end of the file in the token
        Path q = write(tmp, "cut-quoted.csv", cut(text, 4, 130));
        refuses(format, q).hasMessageContaining("malformed CSV");
    }

    @Test
    void refusesBrokenQuoting() throws Exception {
        String header = String.join(",", CslCsvLayout.COLUMNS);
        String good = "Entity List (EL) - Bureau of Industry and Security,,,,Good Co,,,,,,,,,,,,,,,,,,,,,,,";
        String bad = "Entity List (EL) - Bureau of Industry and Security,,,,\"Bad\" Co,,,,,,,,,,,,,,,,,,,,,,,";
        Path p = write(tmp, "quote.csv", header + "\n" + good + "\n" + bad + "\n");
        refuses(format, p).hasMessageContaining(":3");
    }

    @Test
    void refusesARecordWithoutNameNamingItsLine() throws Exception {
        String header = String.join(",", CslCsvLayout.COLUMNS);
        String named = "Entity List (EL) - Bureau of Industry and Security,,,,Named Co,,,,,,,,,,,,,,,,,,,,,,,";
        String nameless = "Entity List (EL) - Bureau of Industry and Security,,,,,,,,,,,,,,,,,,,,,,,,,,,";
        Path p = write(tmp, "noname.csv", header + "\n" + named + "\n" + nameless + "\n");
        refuses(format, p).hasMessageContaining(":3: field name:");
    }

    @Test
    void refusesAnotherHeader() throws Exception {
        Path p = write(tmp, "other.csv", "name,aliases\nA,B\n");
        refuses(format, p).hasMessageContaining("header");
    }
}
