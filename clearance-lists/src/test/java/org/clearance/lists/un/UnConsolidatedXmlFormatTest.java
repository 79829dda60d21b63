package org.clearance.lists.un;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

class UnConsolidatedXmlFormatTest {
    private static final Path SHARED = Path.of(System.getProperty("clearance.shared", "/work/shared"));
    private static final Path CURRENT = SHARED.resolve("data/lists/un/consolidated.xml");
    private static final Path OLDER = SHARED.resolve("data/lists/un/history/consolidated-2025-04-19.xml");

    private static final UnConsolidatedXmlFormat FORMAT = new UnConsolidatedXmlFormat();

    private static Parsed current;
    private static Parsed older;

    @TempDir
    Path tmp;

    record Parsed(ListMetadata meta, Map<String, Entity> bySourceId, List<Entity> all) {}

    @BeforeAll
    static void parseRealFiles() throws Exception {
        current = parse(CURRENT);
        older = parse(OLDER);
    }

    private static Parsed parse(Path p) throws IOException, ListParseException {
        List<Entity> all = new ArrayList<>();
        long t0 = System.nanoTime();
        ListMetadata meta = FORMAT.parse(ListInput.of(p), "un_sc_sanctions", all::add);
        System.out.printf("UN parse of %s: %d entities in %.1f ms%n", p.getFileName(), all.size(),
                (System.nanoTime() - t0) / 1e6);
        Map<String, Entity> by = new HashMap<>();
        all.forEach(e -> by.put(e.sourceId(), e));
        return new Parsed(meta, by, all);
    }

    /** Counts start tags in the raw text, without any XML parser. */
    private static long countTags(Path p, String tag) throws IOException {
        Matcher m = Pattern.compile("<" + tag + ">").matcher(Files.readString(p));
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void entityCountsMatchTheRawTagCounts() throws IOException {
        for (Parsed parsed : List.of(current, older)) {
            Path p = parsed == current ? CURRENT : OLDER;
            long individuals = countTags(p, "INDIVIDUAL");
            long entities = countTags(p, "ENTITY");
            assertThat(parsed.all()).hasSize((int) (individuals + entities));
            assertThat(parsed.meta().entityCount()).isEqualTo(individuals + entities);
            assertThat(parsed.all().stream().filter(e -> e.schema() == Schema.PERSON)).hasSize((int) individuals);
            assertThat(parsed.bySourceId()).hasSize(parsed.all().size()); // ids unique
        }
        // the counts SOURCES.md gives for the two files
        assertThat(countTags(CURRENT, "INDIVIDUAL")).isEqualTo(730);
        assertThat(countTags(CURRENT, "ENTITY")).isEqualTo(273);
        assertThat(current.all()).hasSize(1003);
        assertThat(older.all()).hasSize(877);
    }

    @Test
    void publicationDateIsDateGenerated() {
        assertThat(current.meta().publicationDate()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(older.meta().publicationDate()).isEqualTo(LocalDate.of(2025, 4, 19));
        assertThat(current.meta().declaredCount()).isEqualTo(-1);
    }

    @Test
    void personWithYearOnlyBirthDateOriginalScriptAliasesAndPassport() {
        Entity e = current.bySourceId().get("QDi.231");
        assertThat(e.id()).isEqualTo("un_sc_sanctions-QDi.231");
        assertThat(e.schema()).isEqualTo(Schema.PERSON);
        assertThat(e.caption()).isEqualTo("SALEM NOR ELDIN AMOHAMED AL-DABSKI");
        assertThat(e.names().get(0).kind()).isEqualTo(NameKind.PRIMARY);
        assertThat(e.names()).contains(
                Name.of("سالم نور الدين امحمد الدبيسكي", NameKind.ORIGINAL_SCRIPT),
                Name.of("Abu Al-Ward", NameKind.ALIAS),
                Name.of("Abu Naim", NameKind.WEAK_ALIAS),
                Name.of("Abdallah al- Masri", NameKind.WEAK_ALIAS));
        assertThat(e.birthDates()).containsExactly(PartialDate.ofYear(1963));
        assertThat(e.birthDates().get(0).hasMonth()).isFalse();
        assertThat(e.birthPlaces()).containsExactly("Tripoli, Libya");
        assertThat(e.nationalities()).containsExactly("Libya");
        assertThat(e.identifiers()).contains(
                new Identifier(IdentifierType.PASSPORT, "Passport", "1990/345751", "Libya", null),
                new Identifier(IdentifierType.NATIONAL_ID, "National Identification Number (national identification)",
                        "220334", "Libya", null));
        assertThat(e.addresses()).extracting(a -> a.full()).containsExactly("Bab Ben Ghasheer, Tripoli, Libya");
        assertThat(e.countries()).containsExactly("Libya");
        Sanction s = e.sanctions().get(0);
        assertThat(s.authority()).isEqualTo("UN Security Council");
        assertThat(s.program()).isEqualTo("Al-Qaida");
        assertThat(s.listedOn()).isEqualTo(LocalDate.of(2007, 6, 8));
        assertThat(s.reason()).startsWith("Mother's name is Kalthoum Abdul Salam al-Shaftari.");
        assertThat(e.properties().get("modifiedAt")).containsExactly("2011-12-13", "2019-05-01", "2022-11-08");
        assertThat(e.properties().get("unscId")).containsExactly("QDi.231");
        assertThat(e.sourceUrl()).startsWith("https://scsanctions.un.org/");
    }

    @Test
    void birthDateOnlyInTheNoteAndBetweenRange() {
        Entity kaina = current.bySourceId().get("CDi.004");
        assertThat(kaina.birthDates()).containsExactly(new PartialDate(1973, 11, 0));
        assertThat(kaina.names()).contains(Name.of("India Queen", NameKind.WEAK_ALIAS));
        assertThat(kaina.gender()).isEqualTo("male");
        assertThat(kaina.positions()).containsExactly("Former M23 Deputy Commander");
        assertThat(kaina.birthPlaces()).containsExactly(
                "Bunagana, Rutshuru territory, Democratic Republic of the Congo");
        assertThat(kaina.notes()).contains("Address Uganda: as of early 2016");

        Entity taganda = current.bySourceId().get("CDi.030");
        assertThat(taganda.birthDates()).containsExactly(PartialDate.ofYear(1973), PartialDate.ofYear(1974));
    }

    @Test
    void documentTypeRefinedByTheSecondType() {
        Entity e = current.bySourceId().get("CDi.019");
        assertThat(e.identifiers()).contains(new Identifier(IdentifierType.NATIONAL_ID,
                "National Identification Number (FARDC ID)", "1-78-09-44621-80", null, null));
    }

    @Test
    void entityWithFormerNamesAndCountries() {
        Entity e = current.bySourceId().get("QDe.014");
        assertThat(e.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(e.caption()).isEqualTo("THE ORGANIZATION OF AL-QAIDA IN THE ISLAMIC MAGHREB");
        assertThat(e.names()).contains(
                Name.of("AQIM", NameKind.ALIAS),
                Name.of("Salafist Group For Call and Combat", NameKind.FORMER),
                Name.of("تنظيم القا عدة ببلاد المغرب الاسلامي", NameKind.ORIGINAL_SCRIPT));
        assertThat(e.countries()).containsExactly("Algeria", "Mali", "Mauritania", "Morocco", "Niger", "Tunisia");
    }

    @Test
    void idsStayStableWhereDataIdsChangedBetweenVersions() {
        // HTi.002 has DATAID 6909003 in the 2025 file and 6909378 in the 2026 file
        Entity before = older.bySourceId().get("HTi.002");
        Entity after = current.bySourceId().get("HTi.002");
        assertThat(before.id()).isEqualTo(after.id());
        assertThat(before.notes()).contains("UN record DATAID 6909003, version 1");
        assertThat(after.notes()).contains("UN record DATAID 6909378, version 1");
        assertThat(after.names()).contains(Name.of("IZO", NameKind.WEAK_ALIAS));
    }

    @Test
    void acceptsByRootElementOnly() throws Exception {
        assertThat(FORMAT.accepts(Sniff.of(ListInput.of(CURRENT)))).isTrue();
        assertThat(FORMAT.accepts(Sniff.of(ListInput.of(OLDER)))).isTrue();
        assertThat(FORMAT.accepts(Sniff.of(ListInput.of(SHARED.resolve("data/lists/ca/sema-autonomous-sanctions.xml")))))
                .isFalse();
        assertThat(FORMAT.accepts(Sniff.of(ListInput.of(SHARED.resolve("data/lists/ofac/consolidated/consolidated.xml")))))
                .isFalse();
        assertThat(FORMAT.accepts(new Sniff("x", new byte[0], ""))).isFalse();
        assertThat(FORMAT.defaultDataset(null)).isEqualTo("un_sc_sanctions");
    }

    // ---- bad input ----

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = tmp.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private ListParseException failure(Path p) {
        Throwable t = catchThrowable(() -> FORMAT.parse(ListInput.of(p), "un", e -> {}));
        assertThat(t).isInstanceOf(ListParseException.class);
        assertThat(t.getMessage()).startsWith(p.toString());
        return (ListParseException) t;
    }

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<CONSOLIDATED_LIST dateGenerated=\"2026-02-27T00:00:09.554Z\">\n<INDIVIDUALS>\n";
    private static final String ONE = "<INDIVIDUAL>\n<DATAID>1</DATAID>\n<FIRST_NAME>A</FIRST_NAME>\n"
            + "<REFERENCE_NUMBER>QDi.001</REFERENCE_NUMBER>\n</INDIVIDUAL>\n";
    private static final String TAIL = "</INDIVIDUALS>\n<ENTITIES/>\n</CONSOLIDATED_LIST>\n";

    @Test
    void smallValidFileParses() throws Exception {
        List<Entity> out = new ArrayList<>();
        ListMetadata m = FORMAT.parse(ListInput.of(write("ok.xml", HEAD + ONE + TAIL)), "un", out::add);
        assertThat(out).extracting(Entity::id).containsExactly("un-QDi.001");
        assertThat(m.entityCount()).isEqualTo(1);
    }

    @Test
    void truncatedRealFile() throws Exception {
        byte[] all = Files.readAllBytes(CURRENT);
        ListParseException e = failure(write("truncated.xml", Arrays.copyOf(all, all.length / 2)));
        assertThat(e.line()).isGreaterThan(1);
    }

    @Test
    void malformedXml() throws Exception {
        ListParseException e = failure(write("broken.xml", HEAD + "<INDIVIDUAL>\n<DATAID>1</DATAI>\n" + TAIL));
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.getMessage()).contains("malformed XML");
    }

    @Test
    void latin1BytesInAUtf8File() throws Exception {
        byte[] bytes = (HEAD + ONE.replace(">A<", ">Bé<") + TAIL).getBytes(StandardCharsets.ISO_8859_1);
        ListParseException e = failure(write("latin1.xml", bytes));
        assertThat(e.line()).isEqualTo(6);
    }

    @Test
    void recordWithoutReferenceNumberNamesItsLine() throws Exception {
        String rec = "<INDIVIDUAL>\n<DATAID>1</DATAID>\n<FIRST_NAME>A</FIRST_NAME>\n</INDIVIDUAL>\n";
        ListParseException e = failure(write("noref.xml", HEAD + ONE + rec + TAIL));
        assertThat(e.line()).isEqualTo(9);
        assertThat(e.field()).isEqualTo("REFERENCE_NUMBER");
    }

    @Test
    void recordWithoutNameNamesItsLine() throws Exception {
        String rec = "<INDIVIDUAL>\n<REFERENCE_NUMBER>QDi.002</REFERENCE_NUMBER>\n</INDIVIDUAL>\n";
        ListParseException e = failure(write("noname.xml", HEAD + rec + TAIL));
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.field()).isEqualTo("FIRST_NAME");
    }

    @Test
    void duplicateReferenceNumberIsAnError() throws Exception {
        ListParseException e = failure(write("dup.xml", HEAD + ONE + ONE + TAIL));
        assertThat(e.line()).isEqualTo(9);
        assertThat(e.getMessage()).contains("QDi.001").contains("line 4");
    }

    @Test
    void wrongRootAndBadGeneratedDate() throws Exception {
        assertThat(failure(write("root.xml", "<sdnList/>")).getMessage()).contains("CONSOLIDATED_LIST");
        ListParseException e = failure(write("date.xml", HEAD.replace("2026-02-27T", "27/02/2026T") + ONE + TAIL));
        assertThat(e.field()).isEqualTo("dateGenerated");
    }

    @Test
    void unparseableOptionalValuesBecomeNotes() throws Exception {
        String rec = "<INDIVIDUAL>\n<FIRST_NAME>A</FIRST_NAME>\n<REFERENCE_NUMBER>QDi.009</REFERENCE_NUMBER>\n"
                + "<LISTED_ON>soon</LISTED_ON>\n<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE>"
                + "<NOTE>24/06/1402 (Hijri Calendar)</NOTE></INDIVIDUAL_DATE_OF_BIRTH>\n"
                + "<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1979-02-31</DATE></INDIVIDUAL_DATE_OF_BIRTH>\n"
                + "<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>APPROXIMATELY</TYPE_OF_DATE><YEAR>1960</YEAR></INDIVIDUAL_DATE_OF_BIRTH>\n"
                + "</INDIVIDUAL>\n";
        List<Entity> out = new ArrayList<>();
        FORMAT.parse(ListInput.of(write("notes.xml", HEAD + rec + TAIL)), "un", out::add);
        Entity e = out.get(0);
        assertThat(e.birthDates()).containsExactly(PartialDate.ofYear(1960));
        assertThat(e.sanctions().get(0).listedOn()).isNull();
        assertThat(e.notes()).contains("Listed on: soon", "Date of birth: 24/06/1402 (Hijri Calendar)",
                "Date of birth (not a date): 1979-02-31", "Date of birth approximately 1960");
    }
}
