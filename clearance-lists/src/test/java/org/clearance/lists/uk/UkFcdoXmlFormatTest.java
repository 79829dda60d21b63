package org.clearance.lists.uk;

import org.clearance.testing.SharedData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;
import org.clearance.io.Sniff;
import org.clearance.model.Entity;
import org.clearance.model.Identifier;
import org.clearance.model.IdentifierType;
import org.clearance.model.Name;
import org.clearance.model.NameKind;
import org.clearance.model.PartialDate;
import org.clearance.model.Relation;
import org.clearance.model.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UkFcdoXmlFormatTest {
    private final UkFcdoXmlFormat format = new UkFcdoXmlFormat();

    @TempDir
    Path tmp;

    @Test
    void oneEntityPerDesignationWithTheGroupIdOrElseTheUniqueId() throws Exception {
        String raw = Files.readString(UkSamples.FCDO);
        List<String> expectedIds = new ArrayList<>();
        Matcher block = Pattern.compile("(?s)<Designation>(.*?)</Designation>").matcher(raw);
        while (block.find()) {
            Matcher group = Pattern.compile("<OFSIGroupID>(.*?)</OFSIGroupID>").matcher(block.group(1));
            Matcher unique = Pattern.compile("<UniqueID>(.*?)</UniqueID>").matcher(block.group(1));
            expectedIds.add(group.find() ? group.group(1) : unique.find() ? unique.group(1) : "?");
        }

        SharedData.Parsed p = UkSamples.parse(format, UkSamples.FCDO);

        assertThat(expectedIds).hasSize(8).contains("DPR0099");
        assertThat(p.entities()).extracting(Entity::sourceId).containsExactlyElementsOf(expectedIds);
        assertThat(p.metadata().entityCount()).isEqualTo(8);
        assertThat(p.metadata().publicationDate()).isEqualTo(LocalDate.of(2024, 5, 17));
        assertThat(p.entities().stream().filter(e -> e.schema() == Schema.PERSON))
                .hasSize(count(raw, "<IndividualEntityShip>Individual<"));
        assertThat(p.entities().stream().filter(e -> e.schema() == Schema.VESSEL))
                .hasSize(count(raw, "<IndividualEntityShip>Ship<"));
        assertThat(p.entities().stream().filter(e -> e.schema() == Schema.ORGANIZATION))
                .hasSize(count(raw, "<IndividualEntityShip>Entity<"));
    }

    @Test
    void aPersonWithEveryKindOfFact() throws Exception {
        Entity e = UkSamples.parse(format, UkSamples.FCDO).byId("gb_sanctions-15890");

        assertThat(e.names()).containsExactly(
                new Name("Ivan Petrovich SOKOLOV", NameKind.PRIMARY, "Ivan Petrovich", "SOKOLOV", null),
                new Name("Vanya SOKOL", NameKind.WEAK_ALIAS, "Vanya", "SOKOL", null),
                new Name("Иван Петрович СОКОЛОВ", NameKind.ORIGINAL_SCRIPT, null, null, "ru"));
        assertThat(e.birthDates()).containsExactly(new PartialDate(1965, 3, 14));
        assertThat(e.birthPlaces()).containsExactly("Tula, Russia");
        assertThat(e.gender()).isEqualTo("male");
        assertThat(e.addresses()).hasSize(2);
        assertThat(e.addresses().get(0).postalCode()).isEqualTo("109074");
        assertThat(e.identifiers()).containsExactly(
                new Identifier(IdentifierType.PASSPORT, "Passport", "7512345678", null, "Russian passport"),
                new Identifier(IdentifierType.TAX_ID, "National Identifier", "771234567890", null, "Tax Identification Number (INN)"));
        assertThat(e.properties()).containsEntry("authorityId", List.of("RUS1501"));
        assertThat(e.sanctions()).singleElement().satisfies(s -> {
            assertThat(s.authority()).isEqualTo("UK OFSI / FCDO");
            assertThat(s.program()).isEqualTo("The Russia (Sanctions) (EU Exit) Regulations 2019");
            assertThat(s.listedOn()).isEqualTo(LocalDate.of(2022, 3, 15));
            assertThat(s.reason()).startsWith("Deputy Minister of Industry");
        });
        assertThat(e.notes()).contains("designation source: UK", "sanctions imposed: Asset freeze|Trust services sanctions|Travel Ban");
    }

    @Test
    void aUnDesignationWithPlaceholderDatesAndAliasStrengths() throws Exception {
        Entity e = UkSamples.parse(format, UkSamples.FCDO).byId("gb_sanctions-7111");

        assertThat(e.names()).extracting(Name::full, Name::kind).containsExactly(
                tuple("Abdul Rahman ZAHIR", NameKind.PRIMARY),
                tuple("Zahir ABDUL RAHMAN", NameKind.ALIAS),
                tuple("Mullah Zahir", NameKind.WEAK_ALIAS),
                tuple("Abdurrahman ZAHEER", NameKind.ALIAS),
                tuple("عبد الرحمن ظاهر", NameKind.ORIGINAL_SCRIPT));
        assertThat(e.names().get(4).lang()).isEqualTo("ar");
        assertThat(e.birthDates()).containsExactly(PartialDate.ofYear(1962), new PartialDate(1963, 1, 1));
        assertThat(e.nationalities()).containsExactly("Afghanistan", "Pakistan");
        assertThat(e.identifiers()).extracting(Identifier::value).containsExactly("OR801168", "D000994");
        assertThat(e.properties()).containsEntry("unscId", List.of("TAi.999")).containsEntry("title", List.of("Maulavi"));
        assertThat(e.notes()).contains("designation source: UN", "Believed to be in the Afghanistan/Pakistan border area.");

        Entity wang = UkSamples.parse(format, UkSamples.FCDO).byId("gb_sanctions-14500");
        assertThat(wang.birthDates()).containsExactly(new PartialDate(1975, 5, 0));
    }

    @Test
    void anEntityWithRegistrationNumbersAndRelations() throws Exception {
        Entity e = UkSamples.parse(format, UkSamples.FCDO).byId("gb_sanctions-15891");

        assertThat(e.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(e.names().get(0)).isEqualTo(Name.of("NORTHERN AVIONICS WORKS JSC", NameKind.PRIMARY));
        assertThat(e.identifiers()).extracting(Identifier::type, Identifier::value).containsExactly(
                tuple(IdentifierType.REGISTRATION, "1027700123456"),
                tuple(IdentifierType.TAX_ID, "Tax Identification Number: INN 7805012345"));
        assertThat(e.relations()).containsExactly(new Relation("parent company", "Example Aerospace Holding JSC", null),
                new Relation("subsidiary", "NAW Service LLC", null));
        assertThat(e.properties()).containsEntry("legalForm", List.of("Joint Stock Company"))
                .containsEntry("phone", List.of("+7 812 555 0142"))
                .containsEntry("email", List.of("info@naw-example.ru"))
                .containsEntry("website", List.of("www.naw-example.ru"));
        assertThat(e.addresses()).extracting(a -> a.full()).containsExactly(
                "Obukhovskoy Oborony prospekt 120, Saint Petersburg, 192012, Russia",
                "Unit 5, 17/F, Tower 2, 88 Nathan Road, Kowloon, Hong Kong, China");
    }

    @Test
    void shipsAreVesselsWithImoNumbers() throws Exception {
        SharedData.Parsed p = UkSamples.parse(format, UkSamples.FCDO);
        Entity pearl = p.byId("gb_sanctions-15999");
        assertThat(pearl.schema()).isEqualTo(Schema.VESSEL);
        assertThat(pearl.identifiers()).containsExactly(new Identifier(IdentifierType.IMO, "IMO number", "9876543", null, null));
        assertThat(pearl.properties()).containsEntry("flag", List.of("Cameroon"))
                .containsEntry("pastFlags", List.of("Panama", "Liberia"))
                .containsEntry("type", List.of("Crude Oil Tanker"))
                .containsEntry("tonnage", List.of("62775"))
                .containsEntry("buildDate", List.of("2004"));
        assertThat(pearl.relations()).containsExactly(new Relation("owner/operator", "Example Marine Ltd", null));

        Entity petrel = p.byId("gb_sanctions-DPR0099");
        assertThat(petrel.schema()).isEqualTo(Schema.VESSEL);
        assertThat(petrel.identifiers()).extracting(Identifier::value).containsExactly("IMO9562200");
        assertThat(petrel.properties()).containsEntry("authorityId", List.of("DPR0099"));
    }

    /** The same designations on both UK lists must meet under one entity id. */
    @Test
    void agreesWithTheOfsiListOnSharedDesignations() throws Exception {
        List<Entity> ofsi = UkSamples.parse(new UkOfsiCsvFormat(), UkSamples.OFSI).entities();
        SharedData.Parsed fcdo = UkSamples.parse(format, UkSamples.FCDO);
        assertThat(ofsi).hasSize(7);
        for (Entity o : ofsi) {
            Entity f = fcdo.byId(o.id());
            assertThat(f.schema()).as(o.id()).isEqualTo(o.schema());
            assertThat(f.names().get(0)).as(o.id()).isEqualTo(o.names().get(0));
            assertThat(new HashSet<>(f.birthDates())).as(o.id()).isEqualTo(new HashSet<>(o.birthDates()));
            assertThat(f.nationalities()).as(o.id()).isEqualTo(o.nationalities());
            assertThat(f.sanctions().get(0).reason()).as(o.id()).isEqualTo(o.sanctions().get(0).reason());
            assertThat(f.properties().get("authorityId")).as(o.id()).isEqualTo(o.properties().get("authorityId"));
        }
    }

    @Test
    void acceptsByRootAndContent() throws Exception {
        assertThat(format.accepts(Sniff.of(ListInput.of(UkSamples.FCDO)))).isTrue();
        assertThat(format.accepts(Sniff.of(ListInput.of(UkSamples.OFSI)))).isFalse();
        Path un = Path.of(System.getProperty("clearance.shared"), "data/lists/un/consolidated.xml");
        if (Files.exists(un)) {
            assertThat(format.accepts(Sniff.of(ListInput.of(un)))).isFalse();
        }
        Path old = UkSamples.write(tmp, "old.xml", "<?xml version=\"1.0\"?><ArrayOfFinalDesignation><FinalDesignation>"
                + "<UniqueID>AFG0001</UniqueID><Names><Name><Name6>X</Name6><NameType>Primary Name</NameType></Name></Names>"
                + "<IndividualEntityShip>Entity</IndividualEntityShip></FinalDesignation></ArrayOfFinalDesignation>");
        assertThat(format.accepts(Sniff.of(ListInput.of(old)))).isTrue();
        assertThat(UkSamples.parse(format, old).entities()).extracting(Entity::id).containsExactly("gb_sanctions-AFG0001");
    }

    @Test
    void anUnreadableDateOfBirthBecomesANote() throws Exception {
        Path f = UkSamples.write(tmp, "dob.xml", designation("<UniqueID>X1</UniqueID>" + NAME
                + "<IndividualDetails><Individual><DOBs><DOB>circa 1960s</DOB></DOBs></Individual></IndividualDetails>"));
        Entity e = UkSamples.parse(format, f).entities().get(0);
        assertThat(e.birthDates()).isEmpty();
        assertThat(e.notes()).contains("date of birth not understood: circa 1960s");
    }

    @Test
    void aDesignationWithoutIdOrNameIsAnErrorAtItsLine() throws Exception {
        Path noId = UkSamples.write(tmp, "noid.xml", designation(NAME));
        assertThatThrownBy(() -> UkSamples.parse(format, noId)).isInstanceOf(ListParseException.class)
                .hasMessageStartingWith(noId + ":3:").hasMessageContaining("field UniqueID");
        Path noName = UkSamples.write(tmp, "noname.xml", designation("<UniqueID>X2</UniqueID><Names/>"));
        assertThatThrownBy(() -> UkSamples.parse(format, noName)).isInstanceOf(ListParseException.class)
                .hasMessageStartingWith(noName + ":3:").hasMessageContaining("X2 has no name");
    }

    @Test
    void refusesATruncatedFileNamingTheLine() throws Exception {
        String raw = Files.readString(UkSamples.FCDO);
        String cut = raw.substring(0, raw.indexOf("<UniqueID>CYB0099"));
        Path f = UkSamples.write(tmp, "cut.xml", cut);
        assertThatThrownBy(() -> UkSamples.parse(format, f)).isInstanceOf(ListParseException.class)
                .hasMessageStartingWith(f + ":" + cut.lines().count() + ":");
    }

    @Test
    void refusesBrokenXml() throws Exception {
        Path f = UkSamples.write(tmp, "broken.xml", designation("<UniqueID>X1</UniqueID>\n" + NAME + "\n<RegimeName>Cyber</Regime>"));
        assertThatThrownBy(() -> UkSamples.parse(format, f)).isInstanceOf(ListParseException.class)
                .hasMessageStartingWith(f + ":5:").hasMessageContaining("malformed XML");
    }

    @Test
    void refusesLatin1BytesInAUtf8File() throws Exception {
        Path f = tmp.resolve("latin1.xml");
        Files.write(f, designation("<UniqueID>X1</UniqueID>\n<Names><Name><Name6>JOS\u00c9</Name6></Name></Names>")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> UkSamples.parse(format, f)).isInstanceOf(ListParseException.class)
                .hasMessageStartingWith(f + ":4:");
    }

    @Test
    void aLargeFileStreams() throws Exception {
        String raw = Files.readString(UkSamples.FCDO);
        int from = raw.indexOf("<Designation>", raw.indexOf("-->")); // after the comment, which names the elements
        int to = raw.lastIndexOf("</Designations>");
        String body = raw.substring(from, to);
        Path big = tmp.resolve("big.xml");
        int copies = 5000;
        try (var w = Files.newBufferedWriter(big)) {
            w.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Designations><DateGenerated>17/05/2024</DateGenerated>\n");
            for (int i = 0; i < copies; i++) {
                w.write(body.replace("<OFSIGroupID>", "<OFSIGroupID>" + i + "-").replace("<UniqueID>DPR0099", "<UniqueID>DPR0099-" + i));
            }
            w.write("</Designations>\n");
        }
        List<Entity> out = new ArrayList<>();
        long start = System.nanoTime();
        format.parse(ListInput.of(big), "gb_sanctions", out::add);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("uk-fcdo-xml: %,d entities from %,d bytes in %d ms%n", out.size(), Files.size(big), ms);
        assertThat(out).hasSize(copies * 8);
    }

    private static final String NAME = "<Names><Name><Name6>DOE</Name6><NameType>Primary Name</NameType></Name></Names>";

    private static String designation(String children) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Designations>\n<Designation>"
                + "<IndividualEntityShip>Individual</IndividualEntityShip>" + children + "</Designation>\n</Designations>\n";
    }

    private static int count(String text, String literal) {
        int n = 0;
        for (int i = text.indexOf(literal); i >= 0; i = text.indexOf(literal, i + 1)) {
            n++;
        }
        return n;
    }
}
