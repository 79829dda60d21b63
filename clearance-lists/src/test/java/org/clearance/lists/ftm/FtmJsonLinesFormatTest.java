package org.clearance.lists.ftm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FtmJsonLinesFormatTest {
    static final Path OS = Path.of(System.getProperty("clearance.shared"), "data/lists/opensanctions");
    static final Path ZALA = OS.resolve("zala/entities.ftm.json");
    static final Path WD = OS.resolve("wd_persons-20240310/entities.ftm.json");
    static final Path T1 = OS.resolve("delta-t1/entities.ftm.json");

    /** The schema of a line is the first "schema" key: in FtM lines it precedes the properties. */
    private static final Pattern SCHEMA = Pattern.compile("\"schema\"\\s*:\\s*\"([A-Za-z]+)\"");
    private static final Set<String> PARTIES = Set.of(
            "Person", "Organization", "Company", "LegalEntity", "PublicBody", "Vessel", "Airplane");

    private final FtmJsonLinesFormat format = new FtmJsonLinesFormat();

    @TempDir
    Path tmp;

    static List<Entity> parse(Path file, String dataset) throws Exception {
        List<Entity> out = new ArrayList<>();
        new FtmJsonLinesFormat().parse(ListInput.of(file), dataset, out::add);
        return out;
    }

    private static long partyLines(Path file) throws IOException {
        long n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher m = SCHEMA.matcher(line);
            if (m.find() && PARTIES.contains(m.group(1))) {
                n++;
            }
        }
        return n;
    }

    private static Entity find(List<Entity> entities, String sourceId) {
        return entities.stream().filter(e -> e.sourceId().equals(sourceId)).findFirst().orElseThrow();
    }

    @Test
    void countsEqualPartyLinesOfEachRealFile() throws Exception {
        for (Path file : List.of(ZALA, WD, T1)) {
            List<Entity> entities = new ArrayList<>();
            long start = System.nanoTime();
            ListMetadata meta = format.parse(ListInput.of(file), "os", entities::add);
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("FtM %s: %d entities in %d ms%n", file.getParent().getFileName(), entities.size(), ms);
            long expected = partyLines(file);
            assertThat(expected).isPositive();
            assertThat(entities).hasSize((int) expected);
            assertThat(meta.entityCount()).isEqualTo(expected);
            assertThat(meta.publicationDate()).isNull();
            assertThat(meta.declaredCount()).isEqualTo(-1);
            assertThat(entities).allSatisfy(e -> assertThat(e.names().get(0).kind()).isEqualTo(NameKind.PRIMARY));
            assertThat(entities.stream().map(Entity::id).distinct().count()).isEqualTo(expected);
        }
    }

    @Test
    void helperEntitiesAreFoldedIntoTheirParty() throws Exception {
        List<Entity> all = parse(ZALA, "os");
        Entity z = find(all, "NK-aU5ybkbRFJucf8YMwsJvDw");
        assertThat(z.id()).isEqualTo("os-NK-aU5ybkbRFJucf8YMwsJvDw");
        assertThat(z.schema()).isEqualTo(Schema.PERSON);
        // the caption leads; the other name values are renderings in Latin or another script
        assertThat(z.names().get(0).full()).isEqualTo("Alexander Vyacheslavovich ZAKHAROV");
        // firstName lists "Alexander", "Aleksandr", ...: the value this name contains is its given name
        assertThat(z.names().get(0).given()).isEqualTo("Alexander");
        assertThat(z.names().get(0).family()).isEqualTo("ZAKHAROV");
        assertThat(z.names()).contains(
                new Name("Александр Вячеславович Захаров", NameKind.ORIGINAL_SCRIPT, "Александр", "Захаров", null));
        assertThat(z.names()).extracting(Name::full, Name::kind)
                .contains(org.assertj.core.groups.Tuple.tuple("Aleksandr Vyacheslavovich Zakharov", NameKind.ALIAS));
        assertThat(z.birthDates()).containsExactly(new PartialDate(1965, 9, 21));
        assertThat(z.birthPlaces()).contains("Izhevsk, Russian Federation");
        assertThat(z.countries()).contains("ru");
        assertThat(z.properties().get("middleName")).contains("Vyacheslavovich");

        // 13 Sanction entities name him; the US SAM one gives listingDate 2025-02-14 and startDate 2023-11-02
        long sanctionLines = Files.readAllLines(ZALA).stream()
                .filter(l -> l.contains("\"entity\": [\"NK-aU5ybkbRFJucf8YMwsJvDw\"]")).count();
        assertThat(sanctionLines).isEqualTo(13);
        assertThat(z.sanctions()).hasSizeBetween(2, 13)
                .contains(new Sanction("OFAC", "Reciprocal", LocalDate.of(2025, 2, 14), null))
                .anySatisfy(s -> assertThat(s.authority()).isEqualTo("Office of Foreign Assets Control"));

        // his addressEntity resolves to a structured Address; the plain text variant stays as text
        assertThat(z.addresses()).contains(
                new Address("272 Pushkinskaya Street, Apt 41, Izhevsk, 426008", "272 Pushkinskaya Street, Apt 41",
                        "Izhevsk", null, "426008", "ru"),
                new Address("IZHEVSK, 426008", null, null, null, null, null));
        assertThat(z.addresses()).extracting(Address::full)
                .containsOnlyOnce("272 Pushkinskaya Street, Apt 41, Izhevsk, 426008");

        // Directorship to LLC CST, a party of the file: linked by id and named by its caption
        assertThat(z.relations()).contains(new Relation("director of (leader or official of)", "LLC CST",
                "os-NK-abdzbEBkqyT29GyREbiURZ"));
        // the Passport entity that names him carries no number: kept as a note, not an identifier
        assertThat(z.notes()).anySatisfy(n -> assertThat(n).startsWith("Passport ").endsWith("without a number"));

        Entity cst = find(all, "NK-abdzbEBkqyT29GyREbiURZ");
        assertThat(cst.schema()).isEqualTo(Schema.COMPANY);
        assertThat(cst.relations()).contains(new Relation("directed by (leader or official of)",
                "Alexander Vyacheslavovich ZAKHAROV", "os-NK-aU5ybkbRFJucf8YMwsJvDw"));
        assertThat(cst.identifiers()).extracting(Identifier::type).contains(IdentifierType.TAX_ID, IdentifierType.REGISTRATION);
    }

    @Test
    void identifiersAndScriptsFromTheSmallFile() throws Exception {
        Entity k = find(parse(T1, "t1"), "NK-2Ka3UvopqbpZmVDFjWd4LA");
        assertThat(k.names().get(0)).isEqualTo(new Name("Vitaly Yurievich KUZMENKO", NameKind.PRIMARY, "Vitaly", "KUZMENKO", null));
        assertThat(k.names()).extracting(Name::full, Name::kind).contains(
                org.assertj.core.groups.Tuple.tuple("Виталий Юрьевич КУЗЬМЕНКО", NameKind.ORIGINAL_SCRIPT),
                org.assertj.core.groups.Tuple.tuple("Vitalij Kuzmenko", NameKind.ALIAS));
        assertThat(k.birthDates()).containsExactly(new PartialDate(1971, 1, 22));
        assertThat(k.identifiers()).containsExactly(
                new Identifier(IdentifierType.TAX_ID, "taxNumber", "366510784303", null, null));
        assertThat(k.gender()).isEqualTo("male");
        assertThat(k.nationalities()).containsExactly("ru");
        assertThat(k.positions()).containsExactly("General Director of JSC 163 Armor Repair Plant");
        assertThat(k.properties().get("topics")).containsExactly("sanction");
        assertThat(k.notes()).containsExactly("The plant is part of the High Precision Systems holding company of Rostec");
    }

    @Test
    void quirksOfTheWikidataExport() throws Exception {
        List<Entity> all = parse(WD, "wd");
        Entity a = find(all, "Q100165767");
        assertThat(a.birthDates()).containsExactly(PartialDate.ofYear(1914));
        assertThat(a.relations()).anySatisfy(r -> {
            assertThat(r.kind()).isEqualTo("relative (sibling)");
            assertThat(r.targetId()).isEqualTo("wd-Q100158039");
        });
        // no "name" property at all: the caption is the name
        Entity noName = find(all, "Q60195440");
        assertThat(noName.caption()).isEqualTo("Abdullah bin Bandar bin Abdulaziz Al Saud");
        // a bare string where FtM writes an array is still a value
        assertThat(noName.properties().get("birthCountry")).containsExactly("sa");
        assertThat(noName.names()).extracting(Name::full).contains("عبدالله بن بندر بن عبدالعزيز آل سعود");
        // "unknown" is no date: kept as a note
        Entity unknown = find(all, "Q106829332");
        assertThat(unknown.birthDates()).isEmpty();
        assertThat(unknown.notes()).contains("birthDate: unknown");
        assertThat(unknown.relations()).extracting(Relation::kind).contains("relative of (mother)", "relative of (daughter)");
    }

    @Test
    void acceptsFtmLinesAndRefusesOtherShapes() throws Exception {
        for (Path f : List.of(ZALA, WD, T1)) {
            assertThat(format.accepts(Sniff.of(ListInput.of(f)))).as(f.toString()).isTrue();
        }
        assertThat(format.accepts(sniff("{\"op\":\"ADD\",\"entity\":{\"id\":\"x\",\"schema\":\"Person\",\"properties\":{}}}\n"))).isFalse();
        assertThat(format.accepts(Sniff.of(ListInput.of(OS.resolve("wd_persons-20240310/targets.nested.json"))))).isFalse();
        assertThat(format.accepts(sniff("<?xml version=\"1.0\"?><CONSOLIDATED_LIST/>"))).isFalse();
        assertThat(format.accepts(sniff("id,schema,name\n1,Person,x\n"))).isFalse();
        assertThat(format.accepts(sniff("{\"id\": 1}\n"))).isFalse();
    }

    @Test
    void defaultDatasetIsTheFirstEntitysFirstDataset() throws Exception {
        String first = new ObjectMapper().readTree(Files.readAllLines(ZALA).get(0)).get("datasets").get(0).asText();
        assertThat(format.defaultDataset(Sniff.of(ListInput.of(ZALA)))).isEqualTo(first);
        assertThat(format.defaultDataset(sniff("{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A\"]}}\n")))
                .isEqualTo("opensanctions");
    }

    private Sniff sniff(String text) throws Exception {
        Path f = Files.writeString(tmp.resolve("sniff-" + System.nanoTime() + ".json"), text);
        return Sniff.of(ListInput.of(f));
    }

    // --- bad input ---------------------------------------------------------------------------

    private ListParseException failure(byte[] content) throws IOException {
        Path f = tmp.resolve("bad.json");
        Files.write(f, content);
        try {
            format.parse(ListInput.of(f), "x", e -> {});
        } catch (ListParseException e) {
            assertThat(e.getMessage()).startsWith(f.toString());
            return e;
        }
        throw new AssertionError("no ListParseException for " + new String(content, StandardCharsets.UTF_8));
    }

    private ListParseException failure(String content) throws IOException {
        return failure(content.getBytes(StandardCharsets.UTF_8));
    }

    private static final String GOOD = "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Ann\"]}}\n";

    @Test
    void blankFilesAreRefused() throws Exception {
        assertThat(failure("\n\n  \n").getMessage()).contains("no JSON object");
    }

    @Test
    void truncatedFileNamesTheLineWhereItEnds() throws Exception {
        byte[] all = Files.readAllBytes(ZALA);
        int secondNewline = 0;
        for (int i = 0, seen = 0; seen < 2; i++) {
            if (all[i] == '\n') {
                seen++;
                secondNewline = i;
            }
        }
        // 40 bytes into line 3: cut inside its first fields, which are ASCII
        ListParseException e = failure(Arrays.copyOf(all, secondNewline + 41));
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("malformed JSON");
    }

    @Test
    void malformedJsonNamesLineAndColumn() throws Exception {
        ListParseException e = failure(GOOD + "{\"id\":\"b\",\"schema\":\"Person\" \"properties\":{}}\n");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isPositive();
    }

    @Test
    void recordsWithoutIdSchemaOrNameAreErrorsOnTheirLine() throws Exception {
        ListParseException noId = failure(GOOD + "{\"schema\":\"Person\",\"properties\":{\"name\":[\"B\"]}}\n");
        assertThat(noId.line()).isEqualTo(2);
        assertThat(noId.field()).isEqualTo("id");
        ListParseException noSchema = failure(GOOD + GOOD + "{\"id\":\"c\",\"properties\":{}}\n");
        assertThat(noSchema.line()).isEqualTo(3);
        assertThat(noSchema.field()).isEqualTo("schema");
        ListParseException noName = failure(GOOD + "{\"id\":\"n\",\"schema\":\"Company\",\"properties\":{\"country\":[\"ru\"]}}\n");
        assertThat(noName.line()).isEqualTo(2);
        assertThat(noName.field()).isEqualTo("name");
        ListParseException badProps = failure("{\"id\":\"p\",\"schema\":\"Person\",\"properties\":[\"x\"]}\n");
        assertThat(badProps.field()).isEqualTo("properties");
        ListParseException notObject = failure(GOOD + "[1, 2]\n");
        assertThat(notObject.line()).isEqualTo(2);
    }

    @Test
    void helperWithoutPartyIsIgnoredAndUnparseableDatesBecomeNotes() throws Exception {
        Path f = tmp.resolve("small.json");
        Files.writeString(f, String.join("\n",
                "{\"id\":\"s1\",\"schema\":\"Sanction\",\"properties\":{\"entity\":[\"p1\"],\"authority\":[\"UN\"],"
                        + "\"program\":[\"1267\"],\"startDate\":[\"2001\"],\"endDate\":[\"2020-01-01\"]}}",
                "{\"id\":\"s2\",\"schema\":\"Sanction\",\"properties\":{\"entity\":[\"elsewhere\"],\"program\":[\"X\"]}}",
                "{\"id\":\"p1\",\"schema\":\"Vessel\",\"properties\":{\"name\":[\"SEA STAR\"],\"imoNumber\":[\"9123456\"],"
                        + "\"flag\":[\"pa\"],\"callSign\":[\"3FXX\"],\"gender\":[\"other\"]}}",
                "{\"id\":\"i1\",\"schema\":\"Identification\",\"properties\":{\"holder\":[\"p1\"],\"number\":[\"REG-1\"],"
                        + "\"type\":[\"Registration Number\"],\"country\":[\"pa\"]}}"));
        List<Entity> out = parse(f, "t");
        assertThat(out).hasSize(1);
        Entity v = out.get(0);
        assertThat(v.schema()).isEqualTo(Schema.VESSEL);
        assertThat(v.sanctions()).containsExactly(new Sanction("UN", "1267", null, null));
        assertThat(v.notes()).contains("sanction 1267: listed 2001", "sanction 1267: ended 2020-01-01");
        assertThat(v.identifiers()).contains(
                new Identifier(IdentifierType.IMO, "imoNumber", "9123456", null, null),
                new Identifier(IdentifierType.REGISTRATION, "Registration Number", "REG-1", "pa", null));
        assertThat(v.countries()).containsExactly("pa");
        assertThat(v.properties()).containsEntry("flag", List.of("pa")).containsEntry("callSign", List.of("3FXX"))
                .containsEntry("gender", List.of("other"));
        assertThat(v.gender()).isNull();
    }
}
