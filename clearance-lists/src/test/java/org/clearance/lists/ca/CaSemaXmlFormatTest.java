package org.clearance.lists.ca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;
import org.clearance.io.Sniff;
import org.clearance.lists.ListMetadata;
import org.clearance.model.Entity;
import org.clearance.model.Identifier;
import org.clearance.model.IdentifierType;
import org.clearance.model.Name;
import org.clearance.model.NameKind;
import org.clearance.model.PartialDate;
import org.clearance.model.Sanction;
import org.clearance.model.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaSemaXmlFormatTest {
    private static final Path SHARED = Path.of(System.getProperty("clearance.shared", "/work/shared"));
    private static final Path REAL = SHARED.resolve("data/lists/ca/sema-autonomous-sanctions.xml");
    private static final CaSemaXmlFormat FORMAT = new CaSemaXmlFormat();

    private static ListMetadata meta;
    private static List<Entity> all;
    private static Map<String, Entity> bySourceId;

    @TempDir
    Path tmp;

    @BeforeAll
    static void parseRealFile() throws Exception {
        all = new ArrayList<>();
        long t0 = System.nanoTime();
        meta = FORMAT.parse(ListInput.of(REAL), "ca_sema", all::add);
        System.out.printf("CA parse: %d entities in %.1f ms%n", all.size(), (System.nanoTime() - t0) / 1e6);
        bySourceId = new HashMap<>();
        all.forEach(e -> bySourceId.put(e.sourceId(), e));
    }

    /** The raw text of each record, cut out with plain string operations, no XML parser. */
    private static List<String> rawRecords() throws IOException {
        String[] parts = Files.readString(REAL).split("<record>");
        return Arrays.asList(parts).subList(1, parts.length);
    }

    @Test
    void countsMatchTheRawRecords() throws IOException {
        List<String> raw = rawRecords();
        assertThat(raw).hasSize(4759); // the count SOURCES.md gives
        assertThat(all).hasSize(raw.size());
        assertThat(meta.entityCount()).isEqualTo(raw.size());
        long ships = raw.stream().filter(r -> r.contains("<ShipIMONumber>")).count();
        long persons = raw.stream().filter(r -> r.contains("<LastName>") || r.contains("<GivenName>")).count();
        assertThat(all.stream().filter(e -> e.schema() == Schema.VESSEL)).hasSize((int) ships);
        assertThat(all.stream().filter(e -> e.schema() == Schema.PERSON)).hasSize((int) persons);
        assertThat(all.stream().filter(e -> e.schema() == Schema.ORGANIZATION)).hasSize(raw.size() - (int) ships
                - (int) persons);
    }

    @Test
    void idsAreUniqueInTheRealFile() {
        assertThat(bySourceId).hasSize(all.size());
        assertThat(all).allSatisfy(e -> assertThat(e.sourceId()).matches("[a-z0-9.-]+_[a-z0-9.-]*_[0-9]+"));
    }

    @Test
    void theFileCarriesNoPublicationDate() {
        assertThat(meta.publicationDate()).isNull();
        assertThat(meta.declaredCount()).isEqualTo(-1);
    }

    @Test
    void vesselWithItsImoNumber() {
        Entity e = bySourceId.get("russia_1.1_1");
        assertThat(e.schema()).isEqualTo(Schema.VESSEL);
        assertThat(e.caption()).isEqualTo("Balitiyskiy III");
        assertThat(e.identifiers()).containsExactly(
                new Identifier(IdentifierType.IMO, "IMO number", "7612448", null, null));
        assertThat(e.properties().get("buildDate")).containsExactly("1980");
        assertThat(e.properties().get("type")).containsExactly("General Cargo / Multi Purpose");
        assertThat(e.birthDates()).isEmpty();
        assertThat(e.sanctions()).containsExactly(new Sanction("Global Affairs Canada",
                "Russia / Russie - Schedule 1.1", LocalDate.of(2025, 2, 21), null));
    }

    @Test
    void personWithYearOrMonthOnlyBirthDates() {
        Entity balaba = bySourceId.get("belarus_1-part-1_2");
        assertThat(balaba.names().get(0)).isEqualTo(
                new Name("Dmitry Vladimirovich Balaba", NameKind.PRIMARY, "Dmitry Vladimirovich", "Balaba", null));
        assertThat(balaba.birthDates()).containsExactly(PartialDate.ofYear(1972));

        Entity mikhailov = bySourceId.get("russia_1-part-1_829");
        assertThat(mikhailov.birthDates()).containsExactly(new PartialDate(1971, 3, 0));
        assertThat(mikhailov.names()).contains(Name.of("Сергей Владимирович Михайлов", NameKind.ORIGINAL_SCRIPT));

        Entity rahpeik = bySourceId.get("iran_1-part-2.1_107");
        assertThat(rahpeik.birthDates()).containsExactly(PartialDate.ofYear(1963), PartialDate.ofYear(1964));
    }

    @Test
    void aliasesSplitOnTheSeparatorsTheFileUses() {
        Entity fradkov = bySourceId.get("russia_1-part-1_501");
        assertThat(fradkov.caption()).isEqualTo("Petr Mikhailovich FRADKOV");
        assertThat(fradkov.names()).containsExactly(
                new Name("Petr Mikhailovich FRADKOV", NameKind.PRIMARY, "Petr Mikhailovich", "FRADKOV", null),
                Name.of("Пётр Михайлович Фрадков", NameKind.ORIGINAL_SCRIPT),
                Name.of("Pyotr Mikhailovich Fradkov", NameKind.ALIAS));

        Entity lukashenko = bySourceId.get("belarus_1-part-1_120");
        assertThat(lukashenko.names()).extracting(Name::full, Name::kind, Name::lang).containsExactly(
                tuple("Nikolai Aleksandrovich LUKASHENKO", NameKind.PRIMARY, null),
                tuple("Mikalay Alyaksandravich Lukashenka", NameKind.ALIAS, null),
                tuple("Kolya Lukashenko", NameKind.ALIAS, null),
                tuple("Мікалай Аляксандравіч Лукашэнка", NameKind.ORIGINAL_SCRIPT, "be"),
                tuple("Николай Александрович Лукашенко", NameKind.ORIGINAL_SCRIPT, "ru"),
                tuple("Коля Лукашенко", NameKind.ORIGINAL_SCRIPT, null));

        // the comma before a Russian legal form is part of the company name
        Entity concord = bySourceId.get("russia_1-part-2_351");
        assertThat(concord.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(concord.names()).containsExactly(
                Name.of("Concord Management and Consulting LLC", NameKind.PRIMARY),
                Name.of("Конкорд Менеджмент и консалтинг, ООО", NameKind.ORIGINAL_SCRIPT));
    }

    @Test
    void aliasRulesOnSmallCases() {
        assertThat(CaAliases.split("Alexei, Aleksei ", true, true)).containsExactly(
                Name.of("Alexei", NameKind.WEAK_ALIAS), Name.of("Aleksei", NameKind.WEAK_ALIAS));
        assertThat(CaAliases.split("KGB, Belarusian KGB", false, true)).containsExactly(
                Name.of("KGB", NameKind.ALIAS), Name.of("Belarusian KGB", NameKind.ALIAS));
        assertThat(CaAliases.split("Министерство культуры, спорта и туризма", false, true)).containsExactly(
                Name.of("Министерство культуры, спорта и туризма", NameKind.ORIGINAL_SCRIPT));
        assertThat(CaAliases.split("Ольга КРАВЦОВА / Ольга КРАВЦОВА2, Aleksandr/ Aleksandr Korol", true, true))
                .extracting(Name::full).containsExactly("Ольга КРАВЦОВА", "Ольга КРАВЦОВА2", "Aleksandr/ Aleksandr Korol");
        assertThat(CaAliases.split("Giad Group   Arabic: سودان ماستر", false, true)).containsExactly(
                Name.of("Giad Group", NameKind.ALIAS), new Name("سودان ماستر", NameKind.ORIGINAL_SCRIPT, null, null, "ar"));
    }

    @Test
    void unreadableBirthDatesBecomeNotes() {
        Entity e = bySourceId.get("sudan_part-1_1");
        assertThat(e.birthDates()).isEmpty();
        assertThat(e.notes()).contains("Date of birth: born in the early 1970s");
    }

    @Test
    void acceptsByContent() throws Exception {
        assertThat(FORMAT.accepts(Sniff.of(ListInput.of(REAL)))).isTrue();
        assertThat(FORMAT.accepts(Sniff.of(ListInput.of(SHARED.resolve("data/lists/un/consolidated.xml"))))).isFalse();
        String otherDataSet = "<?xml version=\"1.0\"?><data-set><record><Name>x</Name></record></data-set>";
        assertThat(FORMAT.accepts(new Sniff("x", otherDataSet.getBytes(StandardCharsets.UTF_8), otherDataSet))).isFalse();
        assertThat(FORMAT.accepts(new Sniff("x", new byte[0], ""))).isFalse();
        assertThat(FORMAT.defaultDataset(null)).isEqualTo("ca_sema");
    }

    // ---- bad input ----

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<data-set>\n";
    private static final String ONE = "<record>\n<Country>Iran</Country>\n<LastName>A</LastName>\n"
            + "<Schedule>Part 1</Schedule>\n<Item>1</Item>\n<DateOfListing>2020-01-01</DateOfListing>\n</record>\n";
    private static final String TAIL = "</data-set>\n";

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = tmp.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private ListParseException failure(Path p) {
        Throwable t = catchThrowable(() -> FORMAT.parse(ListInput.of(p), "ca", e -> {}));
        assertThat(t).isInstanceOf(ListParseException.class);
        assertThat(t.getMessage()).startsWith(p.toString());
        return (ListParseException) t;
    }

    @Test
    void smallValidFileParses() throws Exception {
        List<Entity> out = new ArrayList<>();
        FORMAT.parse(ListInput.of(write("ok.xml", HEAD + ONE + TAIL)), "ca", out::add);
        assertThat(out).extracting(Entity::id).containsExactly("ca-iran_part-1_1");
    }

    @Test
    void truncatedRealFile() throws Exception {
        byte[] bytes = Files.readAllBytes(REAL);
        assertThat(failure(write("cut.xml", Arrays.copyOf(bytes, bytes.length / 3))).line()).isGreaterThan(1);
    }

    @Test
    void malformedXml() throws Exception {
        ListParseException e = failure(write("broken.xml", HEAD + "<record>\n<Country>Iran</Countr>\n" + TAIL));
        assertThat(e.line()).isEqualTo(4);
    }

    @Test
    void recordWithoutItemOrNameNamesItsLine() throws Exception {
        ListParseException noItem = failure(write("noitem.xml", HEAD + ONE + ONE.replace("<Item>1</Item>", "") + TAIL));
        assertThat(noItem.line()).isEqualTo(10);
        assertThat(noItem.field()).isEqualTo("Item");
        ListParseException noName = failure(write("noname.xml", HEAD + ONE.replace("<LastName>A</LastName>", "") + TAIL));
        assertThat(noName.line()).isEqualTo(3);
        assertThat(noName.field()).isEqualTo("EntityOrShip");
    }

    @Test
    void repeatedKeyIsAnError() throws Exception {
        // "Part 1" and "part  1" are the same schedule part
        ListParseException e = failure(write("dup.xml", HEAD + ONE + ONE.replace("Part 1", "part  1") + TAIL));
        assertThat(e.line()).isEqualTo(10);
        assertThat(e.getMessage()).contains("line 3");
    }

    @Test
    void wrongRoot() throws Exception {
        assertThat(failure(write("root.xml", "<CONSOLIDATED_LIST/>")).getMessage()).contains("data-set");
    }
}
