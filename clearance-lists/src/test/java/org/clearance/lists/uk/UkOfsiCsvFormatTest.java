package org.clearance.lists.uk;

import org.clearance.testing.SharedData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;
import org.clearance.io.Sniff;
import org.clearance.model.Address;
import org.clearance.model.Entity;
import org.clearance.model.Identifier;
import org.clearance.model.IdentifierType;
import org.clearance.model.Name;
import org.clearance.model.NameKind;
import org.clearance.model.PartialDate;
import org.clearance.model.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UkOfsiCsvFormatTest {
    private final UkOfsiCsvFormat format = new UkOfsiCsvFormat();

    @TempDir
    Path tmp;

    @Test
    void oneEntityPerDistinctGroupIdInTheLastColumn() throws Exception {
        List<String> lines = Files.readAllLines(UkSamples.OFSI);
        Set<String> groups = new LinkedHashSet<>();
        Set<String> individuals = new LinkedHashSet<>();
        for (String line : lines.subList(2, lines.size())) {
            String id = line.substring(line.lastIndexOf(',') + 1); // Group ID is last and never quoted
            groups.add(id);
            if (line.contains(",Individual,")) {
                individuals.add(id);
            }
        }

        SharedData.Parsed p = UkSamples.parse(format, UkSamples.OFSI);

        assertThat(lines.size() - 2).isEqualTo(15);
        assertThat(groups).hasSize(7);
        assertThat(p.entities()).extracting(Entity::sourceId).containsExactlyElementsOf(groups);
        assertThat(p.metadata().entityCount()).isEqualTo(7);
        assertThat(p.metadata().publicationDate()).isEqualTo(LocalDate.of(2024, 5, 17));
        assertThat(p.entities().stream().filter(e -> e.schema() == Schema.PERSON).map(Entity::sourceId))
                .containsExactlyInAnyOrderElementsOf(individuals);
    }

    @Test
    void aPersonMergedFromThreeRows() throws Exception {
        Entity e = UkSamples.parse(format, UkSamples.OFSI).byId("gb_sanctions-15890");

        assertThat(e.schema()).isEqualTo(Schema.PERSON);
        assertThat(e.names()).containsExactly(
                new Name("Ivan Petrovich SOKOLOV", NameKind.PRIMARY, "Ivan Petrovich", "SOKOLOV", null),
                new Name("Vanya SOKOL", NameKind.WEAK_ALIAS, "Vanya", "SOKOL", null),
                new Name("Иван Петрович СОКОЛОВ", NameKind.ORIGINAL_SCRIPT, null, null, "ru"));
        assertThat(e.birthDates()).containsExactly(new PartialDate(1965, 3, 14));
        assertThat(e.birthPlaces()).containsExactly("Tula, Russia");
        assertThat(e.nationalities()).containsExactly("Russia");
        assertThat(e.gender()).isEqualTo("male");
        assertThat(e.addresses()).extracting(Address::full).containsExactly(
                "Kitaygorodsky proezd 7, Moscow, 109074, Russia", "Makariou III Avenue 101, Limassol, 3020, Cyprus");
        assertThat(e.countries()).containsExactly("Russia", "Cyprus");
        assertThat(e.identifiers()).containsExactly(
                new Identifier(IdentifierType.PASSPORT, "Passport", "7512345678", null, "Russian passport"),
                new Identifier(IdentifierType.TAX_ID, "National Identification Number", "771234567890", null,
                        "Tax Identification Number (INN)"));
        assertThat(e.sanctions()).singleElement().satisfies(s -> {
            assertThat(s.authority()).isEqualTo("UK OFSI / FCDO");
            assertThat(s.program()).isEqualTo("Russia");
            assertThat(s.listedOn()).isEqualTo(LocalDate.of(2022, 3, 15));
            assertThat(s.reason()).isEqualTo("Deputy Minister of Industry responsible for supplying military equipment used in Ukraine.");
        });
        assertThat(e.properties()).containsEntry("authorityId", List.of("RUS1501"));
    }

    @Test
    void numberedValuesPartialDatesAndRowsFarApart() throws Exception {
        Entity e = UkSamples.parse(format, UkSamples.OFSI).byId("gb_sanctions-7111");

        // the AKA row (line 3) comes before the primary row (line 17): the primary still comes first
        assertThat(e.names()).extracting(Name::full, Name::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Abdul Rahman ZAHIR", NameKind.PRIMARY),
                org.assertj.core.groups.Tuple.tuple("Zahir ABDUL RAHMAN", NameKind.ALIAS));
        assertThat(e.birthDates()).containsExactlyInAnyOrder(new PartialDate(1963, 1, 1), PartialDate.ofYear(1962));
        assertThat(e.nationalities()).containsExactly("Afghanistan", "Pakistan");
        assertThat(e.positions()).containsExactly("Governor of Kandahar Province",
                "Deputy Minister of Interior under the Taliban regime");
        assertThat(e.identifiers()).extracting(Identifier::value, Identifier::note).containsExactly(
                org.assertj.core.groups.Tuple.tuple("OR801168", "Afghan passport issued 28 Feb 2006"),
                org.assertj.core.groups.Tuple.tuple("D000994", "Pakistani passport, expired"));
        assertThat(e.properties()).containsEntry("title", List.of("Maulavi")).containsEntry("unscId", List.of("TAi.999"));
        assertThat(e.sanctions()).singleElement().satisfies(s -> assertThat(s.listedOn()).isEqualTo(LocalDate.of(2001, 1, 25)));
    }

    @Test
    void anEntityWithAFormerNameAndTwoAddresses() throws Exception {
        Entity e = UkSamples.parse(format, UkSamples.OFSI).byId("gb_sanctions-15891");

        assertThat(e.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(e.names()).containsExactly(
                Name.of("NORTHERN AVIONICS WORKS JSC", NameKind.PRIMARY),
                Name.of("AO SEVERNY AVIAPRIBORNY ZAVOD", NameKind.FORMER),
                Name.of("NAW", NameKind.ALIAS),
                new Name("АО «Северный авиаприборный завод»", NameKind.ORIGINAL_SCRIPT, null, null, "ru"));
        assertThat(e.addresses()).extracting(Address::full).containsExactly(
                "Obukhovskoy Oborony prospekt 120, Saint Petersburg, 192012, Russia",
                "Unit 5, 17/F, Tower 2, 88 Nathan Road, Kowloon, Hong Kong, China");
        assertThat(e.properties()).containsEntry("phone", List.of("+7 812 555 0142"))
                .containsEntry("website", List.of("www.naw-example.ru"))
                .containsEntry("email", List.of("info@naw-example.ru"));
        assertThat(e.notes()).singleElement().asString().startsWith("(UK Sanctions List Ref):RUS1502.");
    }

    @Test
    void aShipAndAMonthOnlyBirthDate() throws Exception {
        SharedData.Parsed p = UkSamples.parse(format, UkSamples.OFSI);
        Entity ship = p.byId("gb_sanctions-15999");
        assertThat(ship.schema()).isEqualTo(Schema.VESSEL);
        assertThat(ship.names()).extracting(Name::full).containsExactly("OCEAN PEARL", "SEA PEARL");
        assertThat(ship.identifiers()).containsExactly(new Identifier(IdentifierType.IMO, "IMO number", "9876543", null, null));

        Entity wang = p.byId("gb_sanctions-14500");
        assertThat(wang.birthDates()).containsExactly(new PartialDate(1975, 5, 0));
        assertThat(wang.gender()).isEqualTo("female");
        assertThat(wang.names()).contains(new Name("王丽", NameKind.ORIGINAL_SCRIPT, null, null, "zh"));

        Entity lazurite = p.byId("gb_sanctions-14001");
        assertThat(lazurite.names()).contains(Name.of("LAZURITE TEAM", NameKind.WEAK_ALIAS));
        assertThat(lazurite.addresses()).isEmpty();
        assertThat(lazurite.countries()).containsExactly("Russia");
    }

    @Test
    void acceptsByTheBannerAndHeader() throws Exception {
        assertThat(format.accepts(Sniff.of(ListInput.of(UkSamples.OFSI)))).isTrue();
        assertThat(format.accepts(Sniff.of(ListInput.of(UkSamples.FCDO)))).isFalse();
        String header = Files.readAllLines(UkSamples.OFSI).get(1);
        Path noBanner = UkSamples.write(tmp, "nobanner.csv", header + "\n");
        assertThat(format.accepts(Sniff.of(ListInput.of(noBanner)))).isTrue();
        Path other = UkSamples.write(tmp, "other.csv", "Last Updated,01/01/2024\nName,Country\n");
        assertThat(format.accepts(Sniff.of(ListInput.of(other)))).isFalse();
    }

    @Test
    void anUnreadableDateOfBirthBecomesANote() throws Exception {
        Path f = UkSamples.write(tmp, "dob.csv", csv(row("DOE", "John", "31/02/1960", "1")));
        Entity e = UkSamples.parse(format, f).entities().get(0);
        assertThat(e.birthDates()).isEmpty();
        assertThat(e.notes()).contains("date of birth not understood: 31/02/1960");
    }

    @Test
    void aRowWithoutGroupIdOrNameIsAnErrorAtItsLine() throws Exception {
        Path noId = UkSamples.write(tmp, "noid.csv", csv(row("DOE", "John", "", "1"), row("ROE", "Jane", "", "")));
        assertThatThrownBy(() -> UkSamples.parse(format, noId)).isInstanceOf(ListParseException.class)
                .hasMessageStartingWith(noId + ":4: field Group ID");
        Path noName = UkSamples.write(tmp, "noname.csv", csv(row("DOE", "John", "", "1"), row("", "", "", "2")));
        assertThatThrownBy(() -> UkSamples.parse(format, noName)).isInstanceOf(ListParseException.class)
                .hasMessageStartingWith(noName + ":4: field Name 6").hasMessageContaining("group 2");
    }

    @Test
    void refusesAHeaderWithoutGroupIdAndABadBannerDate() throws Exception {
        Path f = UkSamples.write(tmp, "h.csv", "Last Updated,17/05/2024\nName 6,Name 1\nDOE,John\n");
        assertThatThrownBy(() -> UkSamples.parse(format, f)).isInstanceOf(ListParseException.class)
                .hasMessageStartingWith(f + ":2: field Group ID");
        Path banner = UkSamples.write(tmp, "b.csv", "Last Updated,yesterday\n" + HEADER + "\n");
        assertThatThrownBy(() -> UkSamples.parse(format, banner)).isInstanceOf(ListParseException.class)
                .hasMessageStartingWith(banner + ":1: field Last Updated");
    }

    @Test
    void refusesATruncatedFileAtItsLastLine() throws Exception {
        String raw = Files.readString(UkSamples.OFSI);
        String cut = raw.substring(0, raw.length() - 60);
        Path f = UkSamples.write(tmp, "cut.csv", cut);
        long lastLine = cut.lines().count();
        assertThatThrownBy(() -> UkSamples.parse(format, f)).isInstanceOf(ListParseException.class)
                .hasMessageStartingWith(f + ":" + lastLine + ":").hasMessageContaining("where the header has 36");
    }

    @Test
    void refusesBrokenQuotingNamingTheLine() throws Exception {
        Path f = UkSamples.write(tmp, "quote.csv", csv(row("DOE", "John", "", "1"), row("\"ROE\" x", "Jane", "", "2")));
        assertThatThrownBy(() -> UkSamples.parse(format, f)).isInstanceOf(ListParseException.class)
                .hasMessageStartingWith(f + ":4:").hasMessageContaining("malformed CSV");
    }

    @Test
    void aLargeFileParses() throws Exception {
        List<String> lines = Files.readAllLines(UkSamples.OFSI);
        Path big = tmp.resolve("big.csv");
        int copies = 4000;
        try (var w = Files.newBufferedWriter(big)) {
            w.write(lines.get(0) + "\r\n" + lines.get(1) + "\r\n");
            for (int i = 0; i < copies; i++) {
                for (String line : lines.subList(2, lines.size())) {
                    w.write(line + i + "\r\n"); // a new Group ID per copy
                }
            }
        }
        List<Entity> out = new ArrayList<>();
        long start = System.nanoTime();
        format.parse(ListInput.of(big), "gb_sanctions", out::add);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("uk-ofsi-csv: %,d entities from %,d bytes in %d ms%n", out.size(), Files.size(big), ms);
        assertThat(out).hasSize(copies * 7);
    }

    private static final String HEADER = "Name 6,Name 1,Name 2,Name 3,Name 4,Name 5,Title,Name Non-Latin Script,"
            + "Non-Latin Script Type,Non-Latin Script Language,DOB,Town of Birth,Country of Birth,Nationality,"
            + "Passport Number,Passport Details,National Identification Number,National Identification Details,"
            + "Position,Address 1,Address 2,Address 3,Address 4,Address 5,Address 6,Post/Zip Code,Country,"
            + "Other Information,Group Type,Alias Type,Alias Quality,Regime,Listed On,"
            + "UK Sanctions List Date Designated,Last Updated,Group ID";

    private static String csv(String... rows) {
        return "Last Updated,17/05/2024\n" + HEADER + "\n" + String.join("\n", rows) + "\n";
    }

    /** A 36-field row with the names, DOB and Group ID given and the rest empty. */
    private static String row(String name6, String name1, String dob, String groupId) {
        return name6 + "," + name1 + ",,,,,,,,," + dob + ",,,,,,,,,,,,,,,,,,Individual,Primary name,,Test,,,," + groupId;
    }
}
