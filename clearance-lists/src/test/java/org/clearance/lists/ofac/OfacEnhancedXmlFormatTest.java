package org.clearance.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;
import org.clearance.io.Sniff;
import org.clearance.lists.ListMetadata;
import org.clearance.model.Address;
import org.clearance.model.Entity;
import org.clearance.model.Identifier;
import org.clearance.model.IdentifierType;
import org.clearance.model.Name;
import org.clearance.model.NameKind;
import org.clearance.model.PartialDate;
import org.clearance.model.Relation;
import org.clearance.model.Sanction;
import org.clearance.model.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfacEnhancedXmlFormatTest {
    static final Path CONS = Path.of(System.getProperty("clearance.shared"),
            "data/lists/ofac/consolidated/CONS_ENHANCED.XML");
    private static final Pattern ENTITY_START = Pattern.compile("<entity id=\"(\\d+)\"");

    private static final OfacEnhancedXmlFormat FORMAT = new OfacEnhancedXmlFormat();
    private static List<Entity> entities;
    private static ListMetadata meta;

    @TempDir
    Path tmp;

    @BeforeAll
    static void parseRealFile() throws Exception {
        entities = new ArrayList<>();
        long start = System.nanoTime();
        meta = FORMAT.parse(ListInput.of(CONS), "us_ofac_cons", entities::add);
        System.out.printf("OFAC enhanced CONS: %d entities in %d ms%n", entities.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private static Entity find(String id) {
        return entities.stream().filter(e -> e.sourceId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void countAndIdsMatchTheEntityElementsOfTheRawText() throws IOException {
        String raw = Files.readString(CONS);
        Set<String> ids = new java.util.LinkedHashSet<>();
        Matcher m = ENTITY_START.matcher(raw);
        while (m.find()) {
            ids.add(m.group(1));
        }
        assertThat(ids).hasSize(443); // SOURCES.md: 443 entity elements
        assertThat(entities).hasSize(ids.size());
        assertThat(meta.entityCount()).isEqualTo(ids.size());
        assertThat(entities.stream().map(Entity::sourceId).collect(Collectors.toList())).containsExactlyElementsOf(ids);
        assertThat(meta.publicationDate()).isEqualTo(LocalDate.of(2025, 1, 10));
        assertThat(meta.declaredCount()).isEqualTo(-1);
        assertThat(entities).allSatisfy(e -> assertThat(e.names().get(0).kind()).isEqualTo(NameKind.PRIMARY));
        // Individuals and Entities by the raw entityType texts
        long individuals = Pattern.compile("<entityType refId=\"\\d+\">Individual</entityType>").matcher(raw).results().count();
        assertThat(entities.stream().filter(e -> e.schema() == Schema.PERSON).count()).isEqualTo(individuals);
    }

    @Test
    void personWithYearOfBirthAliasAndProgramme() {
        Entity h = find("9639");
        assertThat(h.id()).isEqualTo("us_ofac_cons-9639");
        assertThat(h.schema()).isEqualTo(Schema.PERSON);
        assertThat(h.names().get(0)).isEqualTo(
                new Name("HANIYA, Ismail Abdul Salah", NameKind.PRIMARY, "Ismail Abdul Salah", "HANIYA", null));
        assertThat(h.names()).extracting(Name::full, Name::kind)
                .contains(tuple("HANIYA, Ismail", NameKind.ALIAS), tuple("HANIYYA, Ismaeel", NameKind.ALIAS));
        // <value>1962</value> with valueDate 1962-01-01 .. 1962-12-31: a year, not 1 January
        assertThat(h.birthDates()).containsExactly(PartialDate.ofYear(1962));
        assertThat(h.birthPlaces()).containsExactly("Shati");
        // listed on the PLC list 2006-04-12 and the Consolidated List 2014-10-10: first listed 2006-04-12
        assertThat(h.sanctions()).containsExactly(new Sanction("US Treasury OFAC", "NS-PLC",
                LocalDate.of(2006, 4, 12), "General License 4 Under EO 13224 (Terrorism)"));
        assertThat(h.notes()).contains("Sanctions type: Reject");
        assertThat(h.sourceUrl()).isEqualTo("https://sanctionssearch.ofac.treas.gov/Details.aspx?id=9639");
        assertThat(find("9641").addresses()).extracting(Address::region).containsExactly("Gaza");
    }

    @Test
    void personWithPassportCitizenshipAndGender() {
        Entity k = find("26182");
        assertThat(k.names().get(0).full()).isEqualTo("KAYAKIRAN, Evren");
        assertThat(k.birthDates()).containsExactly(new PartialDate(1980, 2, 8));
        assertThat(k.nationalities()).containsExactly("Turkey");
        assertThat(k.gender()).isEqualTo("male");
        assertThat(k.identifiers()).containsExactly(
                new Identifier(IdentifierType.PASSPORT, "Passport", "U00242309", "Turkey", null));
        assertThat(k.sanctions()).extracting(Sanction::program).containsExactly("FSE-IR");
    }

    @Test
    void cyrillicAndChineseTranslationsAreOriginalScriptNames() {
        Entity rzd = find("34736");
        assertThat(rzd.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(rzd.names().get(0)).isEqualTo(Name.of("OPEN JOINT STOCK COMPANY RUSSIAN RAILWAYS", NameKind.PRIMARY));
        assertThat(rzd.names()).extracting(Name::full, Name::kind, Name::lang).contains(
                tuple("ОТКРЫТОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО РОССИЙСКИЕ ЖЕЛЕЗНЫЕ ДОРОГИ", NameKind.ORIGINAL_SCRIPT, null),
                tuple("ОАО РОССИЙСКИЕ ЖЕЛЕЗНЫЕ ДОРОГИ", NameKind.ORIGINAL_SCRIPT, null),
                tuple("ОАО РЖД", NameKind.WEAK_ALIAS, null),
                tuple("JSC RZD", NameKind.WEAK_ALIAS, null),
                tuple("RUSSIAN RAILWAYS", NameKind.ALIAS, null));
        Entity megvii = find("33091");
        assertThat(megvii.names()).containsExactly(
                Name.of("MEGVII TECHNOLOGY LIMITED", NameKind.PRIMARY),
                new Name("旷视科技有限公司", NameKind.ORIGINAL_SCRIPT, null, null, "zh"));
        assertThat(megvii.addresses()).extracting(Address::country).contains("Cayman Islands");
    }

    @Test
    void formerNamesIdentifiersFeaturesAndRelations() {
        Entity kunlun = find("15268");
        assertThat(kunlun.names()).extracting(Name::full, Name::kind).contains(
                tuple("BANK OF KUNLUN CO LTD", NameKind.PRIMARY),
                tuple("KARAMAY URBAN CREDIT COOPERATIVES", NameKind.FORMER));

        Entity vtb = find("17013");
        assertThat(vtb.identifiers()).contains(
                new Identifier(IdentifierType.REGISTRATION, "Registration ID", "1027739609391", "Russia", "issued in Russia"),
                new Identifier(IdentifierType.TAX_ID, "Tax ID No.", "7702070139", "Russia", null),
                new Identifier(IdentifierType.SWIFT_BIC, "SWIFT/BIC", "VTBRRUMM", null, null));
        assertThat(vtb.properties().get("website")).contains("www.vtb.com", "www.vtb.ru");
        assertThat(vtb.notes()).anySatisfy(n -> assertThat(n).startsWith("Executive Order 13662 Directive Determination - "));
        assertThat(vtb.birthDates()).isNotEmpty(); // Organization Established Date

        // 278 "Owned or Controlled By" relationships point at entities of the file, VTB among them
        assertThat(entities).anySatisfy(e -> assertThat(e.relations()).contains(new Relation(
                "owned or controlled by", "VTB BANK PUBLIC JOINT STOCK COMPANY", "us_ofac_cons-17013")));
        assertThat(find("50476").identifiers()).contains(
                new Identifier(IdentifierType.NATIONAL_ID, "National ID No.", "0032768386", "Haiti", null),
                new Identifier(IdentifierType.OTHER, "Driver's License No.", "M634550610520", "United States", null));
    }

    @Test
    void detectionAndDefaultDataset() throws Exception {
        Sniff real = Sniff.of(ListInput.of(CONS));
        assertThat(FORMAT.accepts(real)).isTrue();
        assertThat(FORMAT.defaultDataset(real)).isEqualTo("us_ofac_cons");
        assertThat(FORMAT.defaultDataset(sniff(sample("SDN List", ENTITY_VESSEL)))).isEqualTo("us_ofac_sdn");
        assertThat(FORMAT.accepts(Sniff.of(ListInput.of(CONS.resolveSibling("consolidated.xml"))))).isFalse();
        assertThat(FORMAT.accepts(sniff("<?xml version=\"1.0\"?><sanctionsData xmlns=\"urn:other\"/>"))).isFalse();
        assertThat(FORMAT.accepts(sniff("{\"id\":\"x\"}"))).isFalse();
    }

    // --- a small file in the structure of CONS_ENHANCED.XML, for what the real file lacks ---

    private static final String NS = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ENHANCED_XML";

    private static String sample(String listName, String entitiesXml) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <sanctionsData xmlns="%s">
                  <publicationInfo>
                    <dataAsOf>2025-02-01T00:00:00</dataAsOf>
                    <filters><sanctionsLists><sanctionsList refId="1">%s</sanctionsList></sanctionsLists></filters>
                  </publicationInfo>
                  <referenceValues>
                    <referenceValue refId="1401"><type>ALIAS TYPE</type><value>F.K.A.</value></referenceValue>
                    <referenceValue refId="11171"><type>COUNTRY</type><value>Russia</value><isoCode>RU</isoCode></referenceValue>
                  </referenceValues>
                  <featureTypes>
                    <featureType featureTypeId="3"><type>Vessel Flag</type></featureType>
                  </featureTypes>
                  <entities>
                %s
                  </entities>
                </sanctionsData>
                """.formatted(NS, listName, entitiesXml);
    }

    /** A vessel whose references carry only ids (refId with empty text), as the schema allows. */
    private static final String ENTITY_VESSEL = """
                <entity id="777">
                  <generalInfo><entityType refId="603">Vessel</entityType></generalInfo>
                  <sanctionsPrograms><sanctionsProgram refId="9" id="1">RUSSIA-EO14024</sanctionsProgram></sanctionsPrograms>
                  <names>
                    <name id="1"><isPrimary>true</isPrimary><isLowQuality>false</isLowQuality><translations>
                      <translation id="1"><isPrimary>true</isPrimary><script refId="20122">Latin</script>
                        <formattedFullName>SEA STAR</formattedFullName></translation></translations></name>
                    <name id="2"><isPrimary>false</isPrimary><aliasType refId="1401"/><isLowQuality>false</isLowQuality><translations>
                      <translation id="2"><isPrimary>true</isPrimary><script refId="20122">Latin</script>
                        <formattedFullName>OLD STAR</formattedFullName></translation></translations></name>
                  </names>
                  <features>
                    <feature id="1"><type featureTypeId="3"/><valueRefId>11171</valueRefId><isPrimary>true</isPrimary></feature>
                    <feature id="2"><type featureTypeId="4">Vessel Call Sign</type><value>UBXX7</value></feature>
                    <feature id="3"><type featureTypeId="5">Vessel Year of Build</type><value>1999</value></feature>
                    <feature id="4"><type featureTypeId="6">Birthdate</type><value>1960 to 1962</value>
                      <valueDate><fromDateBegin>1960-01-01</fromDateBegin><toDateEnd>1962-12-31</toDateEnd>
                      <isApproximate>false</isApproximate><isDateRange>true</isDateRange></valueDate></feature>
                  </features>
                  <identityDocuments>
                    <identityDocument id="1"><type refId="1626">Vessel Registration Identification</type>
                      <documentNumber>IMO 9123456</documentNumber><isValid>false</isValid>
                      <issuingCountry refId="11171"/></identityDocument>
                  </identityDocuments>
                </entity>
            """;

    private Path write(String content) throws IOException {
        return Files.writeString(tmp.resolve("f" + System.nanoTime() + ".xml"), content, StandardCharsets.UTF_8);
    }

    private Sniff sniff(String content) throws Exception {
        return Sniff.of(ListInput.of(write(content)));
    }

    @Test
    void referencesGivenOnlyByIdAreResolvedAndVesselFeaturesMapped() throws Exception {
        List<Entity> out = new ArrayList<>();
        ListMetadata m = FORMAT.parse(ListInput.of(write(sample("SDN List", ENTITY_VESSEL))), "us_ofac_sdn", out::add);
        assertThat(m.publicationDate()).isEqualTo(LocalDate.of(2025, 2, 1));
        Entity v = out.get(0);
        assertThat(v.schema()).isEqualTo(Schema.VESSEL);
        assertThat(v.names()).containsExactly(Name.of("SEA STAR", NameKind.PRIMARY), Name.of("OLD STAR", NameKind.FORMER));
        assertThat(v.countries()).containsExactly("Russia");
        assertThat(v.properties()).containsEntry("flag", List.of("Russia"))
                .containsEntry("callSign", List.of("UBXX7")).containsEntry("buildDate", List.of("1999"));
        assertThat(v.identifiers()).containsExactly(new Identifier(IdentifierType.IMO,
                "Vessel Registration Identification", "IMO 9123456", "Russia", "not valid"));
        assertThat(v.birthDates()).isEmpty();
        assertThat(v.notes()).contains("Birthdate: 1960 to 1962");
        assertThat(v.sanctions()).containsExactly(new Sanction("US Treasury OFAC", "RUSSIA-EO14024", null, null));
    }

    // --- bad input ---------------------------------------------------------------------------

    private ListParseException failure(byte[] content) throws IOException {
        Path f = tmp.resolve("bad.xml");
        Files.write(f, content);
        try {
            FORMAT.parse(ListInput.of(f), "x", e -> {});
        } catch (ListParseException e) {
            assertThat(e.getMessage()).startsWith(f.toString());
            return e;
        }
        throw new AssertionError("no ListParseException");
    }

    private ListParseException failure(String content) throws IOException {
        return failure(content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void truncatedRealFileNamesALineInsideTheEntities() throws Exception {
        byte[] all = Files.readAllBytes(CONS);
        ListParseException e = failure(Arrays.copyOf(all, all.length / 2));
        long entitiesLine = Files.readAllLines(CONS).indexOf("  <entities>") + 1;
        assertThat(entitiesLine).isPositive();
        assertThat(e.line()).isGreaterThan(entitiesLine);
    }

    @Test
    void brokenXmlNamesItsLine() throws Exception {
        String broken = sample("SDN List", ENTITY_VESSEL).replace("<value>UBXX7</value>", "<value>UBXX7</valu>");
        ListParseException e = failure(broken);
        long expected = Arrays.asList(broken.split("\n")).indexOf(
                broken.lines().filter(l -> l.contains("</valu>")).findFirst().orElseThrow()) + 1;
        assertThat(e.line()).isEqualTo(expected);
        assertThat(e.getMessage()).contains("malformed XML");
    }

    @Test
    void entityWithoutIdOrPrimaryNameIsAnErrorAtItsLine() throws Exception {
        String noId = sample("SDN List", ENTITY_VESSEL.replace("<entity id=\"777\">", "<entity>"));
        ListParseException e1 = failure(noId);
        assertThat(e1.field()).isEqualTo("entity/@id");
        assertThat(e1.line()).isEqualTo(lineOf(noId, "<entity>"));

        String noPrimary = sample("SDN List", ENTITY_VESSEL.replace(
                "<name id=\"1\"><isPrimary>true</isPrimary>", "<name id=\"1\"><isPrimary>false</isPrimary>"));
        ListParseException e2 = failure(noPrimary);
        assertThat(e2.field()).isEqualTo("names");
        assertThat(e2.line()).isEqualTo(lineOf(noPrimary, "<entity id=\"777\">"));
    }

    @Test
    void otherRootIsRefused() throws Exception {
        ListParseException e = failure("<?xml version=\"1.0\"?>\n<sdnList><sdnEntry/></sdnList>\n");
        assertThat(e.getMessage()).contains("not an OFAC Enhanced XML file");
    }

    private static long lineOf(String text, String needle) {
        List<String> lines = text.lines().collect(Collectors.toList());
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle);
    }
}
