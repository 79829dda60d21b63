package org.clearance.lists.csl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clearance.lists.csl.BadInputs.refuses;
import static org.clearance.lists.csl.BadInputs.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.clearance.io.ListInput;
import org.clearance.io.Sniff;
import org.clearance.model.Address;
import org.clearance.model.Entity;
import org.clearance.model.Identifier;
import org.clearance.model.IdentifierType;
import org.clearance.model.PartialDate;
import org.clearance.model.Sanction;
import org.clearance.model.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CslJsonFormatTest {
    private static final Path SAMPLE = Path.of("src/test/resources/lists/csl/consolidated-sample.json");
    private static final Path CSV_2025 = ParsedList.shared("data/lists/csl/consolidated-partial-2025.csv");

    /** Each result opens with its "id"; sources_used entries have none. */
    private static final Pattern RESULT_ID = Pattern.compile("(?m)^\\s*\"id\": \"");

    private final CslJsonFormat format = new CslJsonFormat();

    @TempDir
    Path tmp;

    @Test
    void acceptsTheJsonDownloadOnly() throws Exception {
        assertThat(format.accepts(Sniff.of(ListInput.of(SAMPLE)))).isTrue();
        assertThat(format.accepts(Sniff.of(ListInput.of(CSV_2025)))).isFalse();
        assertThat(format.accepts(Sniff.of(ListInput.of(
                ParsedList.shared("data/lists/opensanctions/wd_persons-20240310/index.json"))))).isFalse();
        assertThat(new CslCsvFormat().accepts(Sniff.of(ListInput.of(SAMPLE)))).isFalse();
    }

    @Test
    void readsEveryResultAndTheFilesOwnCounts() throws Exception {
        ParsedList list = ParsedList.parse(format, SAMPLE, "us_trade_csl");
        long results = RESULT_ID.matcher(Files.readString(SAMPLE)).results().count();
        assertThat(list.entities()).hasSize((int) results).hasSize(6);
        assertThat(list.metadata().declaredCount()).isEqualTo(6);
        assertThat(list.metadata().entityCount()).isEqualTo(6);
        // the latest last_imported of sources_used, not the latest source_last_updated (2025-06-20)
        assertThat(list.metadata().publicationDate()).isEqualTo(LocalDate.of(2025, 6, 25));
    }

    @Test
    void readsStructuredAddressesIdsAndArrays() throws Exception {
        ParsedList list = ParsedList.parse(format, SAMPLE, "us_trade_csl");
        Entity rim = list.named("RIM, Ryong Nam");
        assertThat(rim.schema()).isEqualTo(Schema.PERSON);
        assertThat(rim.identifiers()).containsExactly(
                new Identifier(IdentifierType.PASSPORT, "Passport", "836238033", "KP", null));
        assertThat(rim.gender()).isEqualTo("male");
        assertThat(rim.birthDates()).containsExactly(new PartialDate(1978, 12, 5));
        assertThat(rim.addresses()).extracting(Address::city).containsExactly("Shenyang", "Pyongyang");
        assertThat(rim.sanctions()).containsExactly(new Sanction("US Treasury OFAC",
                "Specially Designated Nationals (SDN): NPWMD", null, null));
        Entity cetc = list.one(e -> e.caption().startsWith("China Electronics"));
        assertThat(cetc.addresses()).first().isEqualTo(new Address("113 Hezuo Road, Shijiazhuang, Hebei, CN",
                "113 Hezuo Road", "Shijiazhuang", "Hebei", null, "CN"));
        assertThat(cetc.names()).hasSize(7);
        assertThat(cetc.schema()).isEqualTo(Schema.LEGAL_ENTITY);
        Entity tanker = list.named("ADRIAN DARYA 1");
        assertThat(tanker.identifiers()).extracting(Identifier::type).containsExactly(IdentifierType.IMO);
        assertThat(tanker.properties()).containsEntry("pastFlags", List.of("Panama"));
        assertThat(tanker.countries()).containsExactly("Iran");
        Entity ash = list.named("I. ASH");
        assertThat(ash.sanctions()).containsExactly(new Sanction("US Commerce BIS",
                "Denied Persons List (DPL)", LocalDate.of(2002, 3, 4), null));
        assertThat(ash.notes()).contains("End date: 2056-06-29", "50 YEAR DENIAL");
    }

    @Test
    void givesTheSameIdsAsTheCsvOfTheSameRecords() throws Exception {
        Map<String, String> fromCsv = ParsedList.parse(new CslCsvFormat(), CSV_2025, "us_trade_csl").entities()
                .stream().collect(Collectors.toMap(Entity::caption, Entity::id, (a, b) -> a));
        Map<String, String> fromJson = ParsedList.parse(format, SAMPLE, "us_trade_csl").entities()
                .stream().collect(Collectors.toMap(Entity::caption, Entity::id, (a, b) -> a));
        for (String name : List.of("RIM, Ryong Nam", "Mohammed ABU JHEISHEH", "I. ASH",
                "TNK Trading International S.A.",
                "China Electronics Technology Group Corporation 13th Research Institute (CETC 13)")) {
            assertThat(fromJson.get(name)).as(name).isNotNull().isEqualTo(fromCsv.get(name));
        }
    }

    @Test
    void keepsIssueAndExpiryOfADocument() throws Exception {
        Path p = write(tmp, "dates.json", """
                {"results": [{"id": "1", "source": "Specially Designated Nationals (SDN) - Treasury Department",
                  "type": "Individual", "name": "DOE, John",
                  "ids": [{"type": "Passport", "number": "A123", "country": "IR",
                           "issue_date": "2010-01-02", "expiration_date": "2020-01-01"}]}]}
                """);
        Entity e = ParsedList.parse(format, p, "t").entities().get(0);
        assertThat(e.identifiers()).containsExactly(new Identifier(IdentifierType.PASSPORT, "Passport", "A123", "IR",
                "issued 2010-01-02; expires 2020-01-01"));
    }

    @Test
    void refusesATruncatedFile() throws Exception {
        String text = Files.readString(SAMPLE);
        refuses(format, write(tmp, "cut.json", text.substring(0, text.length() / 2)))
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void refusesMalformedJsonNamingTheLine() throws Exception {
        Path p = write(tmp, "bad.json", "{\"results\": [\n{\"name\": \"A\" \"source\": \"B\"}\n]}");
        refuses(format, p).hasMessageContaining(":2:");
    }

    @Test
    void refusesAResultWithoutNameNamingItsLine() throws Exception {
        Path p = write(tmp, "noname.json", "{\"results\": [\n{\"id\": \"1\", \"source\": \"Entity List (EL) - "
                + "Bureau of Industry and Security\", \"name\": \"A\"},\n{\"id\": \"2\", \"source\": \"X\"}\n]}");
        refuses(format, p).hasMessageContaining(":3: field name:");
    }

    @Test
    void refusesJsonOfAnotherShape() throws Exception {
        refuses(format, write(tmp, "array.json", "[{\"name\": \"A\"}]")).hasMessageContaining("not a JSON object");
        refuses(format, write(tmp, "nores.json", "{\"total\": 0}")).hasMessageContaining("no results array");
        refuses(format, write(tmp, "resobj.json", "{\"results\": {}}")).hasMessageContaining("field results");
        refuses(format, write(tmp, "elem.json", "{\"results\": [\"x\"]}")).hasMessageContaining("not an object");
    }
}
