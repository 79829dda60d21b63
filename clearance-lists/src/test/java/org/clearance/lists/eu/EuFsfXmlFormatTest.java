package org.clearance.lists.eu;

import org.clearance.testing.SharedData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;
import org.clearance.io.Sniff;
import org.clearance.model.Entity;
import org.clearance.model.IdentifierType;
import org.clearance.model.Name;
import org.clearance.model.NameKind;
import org.clearance.model.PartialDate;
import org.clearance.model.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EuFsfXmlFormatTest {
    private final EuFsfXmlFormat format = new EuFsfXmlFormat();

    @TempDir
    Path tmp;

    @Test
    void entityCountMatchesTheSanctionEntityElementsInTheRawText() throws Exception {
        String raw = Files.readString(EuSamples.XML);
        int elements = count(raw, "<sanctionEntity\\s");
        int persons = count(raw, "<subjectType code=\"person\"");

        SharedData.Parsed p = EuSamples.parse(format, EuSamples.XML);

        assertThat(elements).isEqualTo(7);
        assertThat(p.entities()).hasSize(elements);
        assertThat(p.metadata().entityCount()).isEqualTo(elements);
        assertThat(p.metadata().declaredCount()).isEqualTo(-1);
        assertThat(p.metadata().publicationDate()).isEqualTo(LocalDate.of(2024, 5, 17));
        assertThat(p.entities().stream().filter(e -> e.schema() == Schema.PERSON)).hasSize(persons);
        assertThat(p.entities().stream().filter(e -> e.schema() == Schema.ORGANIZATION)).hasSize(elements - persons);
        assertThat(p.entities()).extracting(Entity::id).doesNotHaveDuplicates().allMatch(id -> id.startsWith("eu_fsf-9001"));
    }

    @Test
    void aPersonWithEveryKindOfFact() throws Exception {
        Entity e = EuSamples.parse(format, EuSamples.XML).byId("eu_fsf-900101");

        assertThat(e.sourceId()).isEqualTo("900101");
        assertThat(e.schema()).isEqualTo(Schema.PERSON);
        assertThat(e.names().get(0)).isEqualTo(new Name("Ivan Petrovich SOKOLOV", NameKind.PRIMARY, "Ivan Petrovich", "SOKOLOV", null));
        assertThat(e.names()).contains(new Name("Иван Петрович СОКОЛОВ", NameKind.ORIGINAL_SCRIPT, "Иван Петрович", "СОКОЛОВ", "ru"));
        assertThat(e.names()).contains(Name.of("Vanya Sokol", NameKind.WEAK_ALIAS));
        assertThat(e.birthDates()).containsExactly(new PartialDate(1965, 3, 14));
        assertThat(e.birthPlaces()).containsExactly("Tula, RUSSIAN FEDERATION");
        assertThat(e.nationalities()).containsExactly("RUSSIAN FEDERATION");
        assertThat(e.gender()).isEqualTo("male");
        assertThat(e.positions()).containsExactly("Deputy Minister of Industry");
        assertThat(e.identifiers()).anySatisfy(id -> {
            assertThat(id.type()).isEqualTo(IdentifierType.PASSPORT);
            assertThat(id.label()).isEqualTo("National passport");
            assertThat(id.value()).isEqualTo("7512345678");
            assertThat(id.country()).isEqualTo("RUSSIAN FEDERATION");
        });
        assertThat(e.identifiers()).anySatisfy(id -> {
            assertThat(id.type()).isEqualTo(IdentifierType.TAX_ID);
            assertThat(id.value()).isEqualTo("771234567890");
            assertThat(id.note()).isEqualTo("INN");
        });
        assertThat(e.addresses()).hasSize(2);
        assertThat(e.addresses().get(1).full()).isEqualTo("Makariou III Avenue 101, Limassol, 3020, CYPRUS");
        assertThat(e.addresses().get(1).city()).isEqualTo("Limassol");
        assertThat(e.sanctions()).singleElement().satisfies(s -> {
            assertThat(s.authority()).isEqualTo("European Union");
            assertThat(s.program()).isEqualTo("RUS");
            assertThat(s.listedOn()).isEqualTo(LocalDate.of(2022, 2, 28));
        });
        assertThat(e.properties()).containsEntry("authorityId", List.of("EU.9001.12"));
        assertThat(e.notes()).contains("Deputy Minister of Industry. Responsible for supplying military equipment.");
        assertThat(e.sourceUrl()).isEqualTo("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32022R0336");
    }

    @Test
    void anEnterpriseListedTwiceUnderOneProgrammeKeepsTheFirstListingDate() throws Exception {
        Entity e = EuSamples.parse(format, EuSamples.XML).byId("eu_fsf-900102");

        assertThat(e.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(e.caption()).isEqualTo("Joint Stock Company Northern Avionics Works");
        assertThat(e.names()).extracting(Name::kind)
                .containsExactly(NameKind.PRIMARY, NameKind.ALIAS, NameKind.ORIGINAL_SCRIPT);
        assertThat(e.sanctions()).singleElement().satisfies(s -> assertThat(s.listedOn()).isEqualTo(LocalDate.of(2022, 4, 8)));
        assertThat(e.identifiers()).singleElement().satisfies(id -> {
            assertThat(id.type()).isEqualTo(IdentifierType.REGISTRATION);
            assertThat(id.value()).isEqualTo("1027700123456");
        });
        assertThat(e.properties()).containsEntry("phone", List.of("+7 812 555 0142"))
                .containsEntry("website", List.of("www.naw-example.ru"));
        assertThat(e.gender()).isNull();
    }

    @Test
    void partialAndApproximateBirthDates() throws Exception {
        Entity e = EuSamples.parse(format, EuSamples.XML).byId("eu_fsf-900103");

        assertThat(e.birthDates()).containsExactly(PartialDate.ofYear(1960), new PartialDate(1958, 7, 0));
        assertThat(e.notes()).contains("birth date 1960 is approximate (circa)");
        // the second birth date's country is "UNKNOWN" / "00": no place
        assertThat(e.birthPlaces()).containsExactly("Qom, IRAN (ISLAMIC REPUBLIC OF)");
        assertThat(e.names()).contains(new Name("حسین رحیمی‌تبار", NameKind.ORIGINAL_SCRIPT, null, null, "fa"));
        assertThat(e.properties()).containsEntry("title", List.of("Brigadier General"));

        Entity lina = EuSamples.parse(format, EuSamples.XML).byId("eu_fsf-900104");
        assertThat(lina.birthDates()).containsExactly(new PartialDate(1972, 5, 0));
        assertThat(lina.gender()).isEqualTo("female");
        assertThat(lina.identifiers()).singleElement().satisfies(id -> assertThat(id.note()).isEqualTo(
                "issued by Ministry of Foreign Affairs; issued 2009-06-01; valid from 2009-06-01; valid to 2014-05-31;"
                        + " diplomatic document; known to be expired"));
    }

    @Test
    void designationDetailsAreTheReasonAndUnIdsAreKept() throws Exception {
        Entity e = EuSamples.parse(format, EuSamples.XML).byId("eu_fsf-900105");

        assertThat(e.sanctions()).singleElement().satisfies(s -> {
            assertThat(s.program()).isEqualTo("EUAQ");
            assertThat(s.reason()).isEqualTo("Listed for participating in the financing of terrorist acts.");
            assertThat(s.listedOn()).isEqualTo(LocalDate.of(2003, 10, 8));
        });
        assertThat(e.properties()).containsEntry("unscId", List.of("QDe.999"));
        assertThat(e.names()).contains(Name.of("Nur Relief", NameKind.WEAK_ALIAS),
                new Name("Fondation de secours caritatif Al-Nour", NameKind.ALIAS, null, null, "fr"));
        assertThat(e.addresses()).extracting(a -> a.full())
                .containsExactly("PO Box 1234, University Town, Peshawar, Khyber Pakhtunkhwa, PAKISTAN", "Mogadishu, SOMALIA");
        assertThat(e.notes()).contains("Branch office.");
    }

    @Test
    void aChineseCompanyWithItsCreditCode() throws Exception {
        Entity e = EuSamples.parse(format, EuSamples.XML).byId("eu_fsf-900107");

        assertThat(e.names()).contains(new Name("深圳光明微电子贸易有限公司", NameKind.ORIGINAL_SCRIPT, null, null, "zh"));
        assertThat(e.identifiers()).singleElement().satisfies(id -> {
            assertThat(id.type()).isEqualTo(IdentifierType.USCC);
            assertThat(id.value()).isEqualTo("91440300MA5F123456");
            assertThat(id.country()).isEqualTo("CHINA");
        });
        assertThat(e.addresses()).hasSize(2);
    }

    @Test
    void acceptsByRootAndNamespaceOnly() throws Exception {
        assertThat(format.accepts(Sniff.of(ListInput.of(EuSamples.XML)))).isTrue();
        assertThat(format.accepts(Sniff.of(ListInput.of(EuSamples.CSV)))).isFalse();
        Path otherExport = EuSamples.write(tmp, "other.xml", "<?xml version=\"1.0\"?><export><x/></export>");
        assertThat(format.accepts(Sniff.of(ListInput.of(otherExport)))).isFalse();
        Path un = Path.of(System.getProperty("clearance.shared"), "data/lists/un/consolidated.xml");
        if (Files.exists(un)) {
            assertThat(format.accepts(Sniff.of(ListInput.of(un)))).isFalse();
        }
    }

    @Test
    void readsGzip() throws Exception {
        Path gz = tmp.resolve("eu.xml.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(EuSamples.XML));
        }
        assertThat(EuSamples.parse(format, gz).entities()).hasSize(7);
    }

    @Test
    void anUnreadableBirthDateBecomesANote() throws Exception {
        Path f = EuSamples.write(tmp, "eu.xml", entity("logicalId=\"5\"",
                "<nameAlias wholeName=\"A B\" strong=\"true\"/><birthdate year=\"19xx\" monthOfYear=\"4\"/>"));
        Entity e = EuSamples.parse(format, f).entities().get(0);
        assertThat(e.birthDates()).isEmpty();
        assertThat(e.notes()).contains("birth date not understood: 19xx-4");
    }

    @Test
    void refusesATruncatedFileNamingTheLine() throws Exception {
        String raw = Files.readString(EuSamples.XML);
        Path f = EuSamples.write(tmp, "cut.xml", raw.substring(0, raw.indexOf("logicalId=\"900104\"")));
        int lines = (int) raw.substring(0, raw.indexOf("logicalId=\"900104\"")).lines().count();
        assertThatThrownBy(() -> EuSamples.parse(format, f)).isInstanceOf(ListParseException.class)
                .hasMessageStartingWith(f.toString() + ":" + lines + ":");
    }

    @Test
    void refusesBrokenXml() throws Exception {
        Path f = EuSamples.write(tmp, "broken.xml", entity("logicalId=\"5\"",
                "\n<nameAlias wholeName=\"A\" strong=\"true\">\n</sanctionEntity>"));
        assertThatThrownBy(() -> EuSamples.parse(format, f)).isInstanceOf(ListParseException.class)
                .hasMessageStartingWith(f + ":5:").hasMessageContaining("malformed XML");
    }

    @Test
    void refusesLatin1BytesInAUtf8File() throws Exception {
        Path f = tmp.resolve("latin1.xml");
        Files.write(f, entity("logicalId=\"5\"", "<nameAlias wholeName=\"Jos\u00e9\"/>").getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> EuSamples.parse(format, f)).isInstanceOf(ListParseException.class)
                .hasMessageStartingWith(f + ":3:");
    }

    @Test
    void anEntryWithoutIdOrNameIsAnErrorAtItsLine() throws Exception {
        Path noId = EuSamples.write(tmp, "noid.xml", entity("euReferenceNumber=\"EU.1\"", "<nameAlias wholeName=\"A\"/>"));
        assertThatThrownBy(() -> EuSamples.parse(format, noId)).isInstanceOf(ListParseException.class)
                .hasMessageStartingWith(noId + ":3:").hasMessageContaining("logicalId");
        Path noName = EuSamples.write(tmp, "noname.xml", entity("logicalId=\"77\"", "\n<nameAlias wholeName=\"\"/>"));
        assertThatThrownBy(() -> EuSamples.parse(format, noName)).isInstanceOf(ListParseException.class)
                .hasMessageStartingWith(noName + ":3").hasMessageContaining("77 has no name");
    }

    @Test
    void aLargeFileStreams() throws Exception {
        String raw = Files.readString(EuSamples.XML);
        int from = raw.indexOf("<sanctionEntity ");
        int to = raw.lastIndexOf("</export>");
        String body = raw.substring(from, to);
        Path big = tmp.resolve("big.xml");
        int copies = 800;
        try (var w = Files.newBufferedWriter(big)) {
            w.write(raw.substring(0, from));
            for (int i = 0; i < copies; i++) {
                w.write(body.replace("logicalId=\"9001", "logicalId=\"" + i + "x"));
            }
            w.write("</export>\n");
        }
        List<Entity> out = new ArrayList<>();
        long start = System.nanoTime();
        format.parse(ListInput.of(big), "eu_fsf", out::add);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("eu-fsf-xml: %,d entities from %,d bytes in %d ms%n", out.size(), Files.size(big), ms);
        assertThat(out).hasSize(copies * 7);
    }

    private static String entity(String attributes, String children) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<export xmlns=\"" + EuFsfXmlFormat.NAMESPACE + "\">\n"
                + "<sanctionEntity " + attributes + "><subjectType code=\"person\"/>" + children + "</sanctionEntity>\n</export>\n";
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
