package org.clearance.lists.ftm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clearance.model.Address;
import org.clearance.model.Entity;
import org.clearance.model.Identifier;
import org.clearance.model.IdentifierType;
import org.clearance.model.Name;
import org.clearance.model.NameKind;
import org.clearance.model.PartialDate;
import org.clearance.model.Sanction;
import org.clearance.model.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FtmExporterTest {
    @TempDir
    Path tmp;

    private static String export(List<Entity> entities) throws Exception {
        StringWriter out = new StringWriter();
        FtmExporter exporter = new FtmExporter(out);
        exporter.writeAll(entities);
        exporter.flush();
        return out.toString();
    }

    private record NameKey(String full, NameKind kind) {}

    private record IdKey(IdentifierType type, String value) {}

    @Test
    void realEntitiesSurviveARoundTrip() throws Exception {
        List<Entity> original = new ArrayList<>();
        original.addAll(FtmJsonLinesFormatTest.parse(FtmJsonLinesFormatTest.ZALA, "zala"));
        original.addAll(FtmJsonLinesFormatTest.parse(FtmJsonLinesFormatTest.T1, "t1"));
        original.addAll(FtmJsonLinesFormatTest.parse(FtmJsonLinesFormatTest.WD, "wd"));
        String text = export(original);

        Path file = Files.writeString(tmp.resolve("export.ftm.json"), text, StandardCharsets.UTF_8);
        Map<String, Entity> back = FtmJsonLinesFormatTest.parse(file, "rt").stream()
                .collect(Collectors.toMap(Entity::sourceId, Function.identity()));
        assertThat(back).hasSize(original.size());

        int sanctioned = 0;
        for (Entity o : original) {
            Entity r = back.get(o.id()); // the exported FtM id is our entity id
            assertThat(r).as(o.id()).isNotNull();
            assertThat(r.schema()).isEqualTo(o.schema());
            assertThat(r.names().get(0)).isEqualTo(o.names().get(0));
            assertThat(nameKeys(r)).as(o.id()).isEqualTo(nameKeys(o));
            assertThat(r.birthDates()).as(o.id()).containsExactlyInAnyOrderElementsOf(o.birthDates());
            assertThat(idKeys(r)).as(o.id()).isEqualTo(idKeys(o));
            assertThat(new HashSet<>(r.sanctions())).as(o.id()).isEqualTo(new HashSet<>(o.sanctions()));
            assertThat(r.nationalities()).containsExactlyInAnyOrderElementsOf(o.nationalities());
            assertThat(r.gender()).isEqualTo(o.gender());
            if (!o.sanctions().isEmpty()) {
                sanctioned++;
                assertThat(r.properties().get("topics")).contains("sanction");
            }
        }
        assertThat(sanctioned).as("zala lists sanctioned parties").isPositive();
    }

    @Test
    void everyLineIsAnFtmEntityAndSanctionsPointAtTheirParty() throws Exception {
        List<Entity> original = FtmJsonLinesFormatTest.parse(FtmJsonLinesFormatTest.ZALA, "zala");
        String[] lines = export(original).split("\n");
        int sanctions = original.stream().mapToInt(e -> e.sanctions().size()).sum();
        assertThat(lines).hasSize(original.size() + sanctions);
        ObjectMapper json = new ObjectMapper();
        Set<String> ids = new HashSet<>();
        Set<String> partyIds = original.stream().map(Entity::id).collect(Collectors.toSet());
        for (String line : lines) {
            JsonNode n = json.readTree(line);
            assertThat(n.get("id").isTextual()).isTrue();
            assertThat(n.get("schema").isTextual()).isTrue();
            assertThat(n.get("properties").isObject()).isTrue();
            n.get("properties").fields().forEachRemaining(p -> assertThat(p.getValue().isArray()).isTrue());
            assertThat(ids.add(n.get("id").asText())).as("unique id").isTrue();
            if (n.get("schema").asText().equals("Sanction")) {
                assertThat(n.get("id").asText()).matches(".+-sanction-\\d+");
                assertThat(partyIds).contains(n.get("properties").get("entity").get(0).asText());
            }
        }
    }

    @Test
    void entitiesFromOtherListsUseFtmPropertyNames() throws Exception {
        Entity e = Entity.builder("us_ofac_sdn", "123", Schema.ORGANIZATION)
                .name(new Name("ACME TRADING LLC", NameKind.PRIMARY, null, null, null))
                .name("ACME", NameKind.WEAK_ALIAS)
                .name("OLD ACME", NameKind.FORMER)
                .name(new Name("АКМЕ", NameKind.ORIGINAL_SCRIPT, null, null, "ru"))
                .birthDate(new PartialDate(1999, 4, 0))
                .address(Address.of("1 Main St", "Dubai", null, null, "United Arab Emirates"))
                .identifier(new Identifier(IdentifierType.USCC, "Unified Social Credit Code (USCC)", "91110000X", "China", null))
                .identifier(new Identifier(IdentifierType.SWIFT_BIC, "SWIFT/BIC", "ACMEAEAD", null, null))
                .sanction(new Sanction("US Treasury OFAC", "SDGT", LocalDate.of(2020, 1, 2), "EO 13224"))
                .property("email", "info@acme.example")
                .build();
        String[] lines = export(List.of(e)).split("\n");
        assertThat(lines).hasSize(2);
        JsonNode party = new ObjectMapper().readTree(lines[0]);
        JsonNode p = party.get("properties");
        assertThat(party.get("id").asText()).isEqualTo("us_ofac_sdn-123");
        assertThat(party.get("schema").asText()).isEqualTo("Organization");
        assertThat(p.get("name").toString()).isEqualTo("[\"ACME TRADING LLC\",\"АКМЕ\"]");
        assertThat(p.get("weakAlias").get(0).asText()).isEqualTo("ACME");
        assertThat(p.get("previousName").get(0).asText()).isEqualTo("OLD ACME");
        assertThat(p.get("incorporationDate").get(0).asText()).isEqualTo("1999-04");
        assertThat(p.get("address").get(0).asText()).isEqualTo("1 Main St, Dubai, United Arab Emirates");
        assertThat(p.get("registrationNumber").get(0).asText()).isEqualTo("91110000X");
        assertThat(p.get("swiftBic").get(0).asText()).isEqualTo("ACMEAEAD");
        assertThat(p.get("email").get(0).asText()).isEqualTo("info@acme.example");
        assertThat(p.get("topics").get(0).asText()).isEqualTo("sanction");
        JsonNode s = new ObjectMapper().readTree(lines[1]);
        assertThat(s.get("id").asText()).isEqualTo("us_ofac_sdn-123-sanction-1");
        assertThat(s.get("schema").asText()).isEqualTo("Sanction");
        assertThat(s.get("properties").get("entity").get(0).asText()).isEqualTo("us_ofac_sdn-123");
        assertThat(s.get("properties").get("startDate").get(0).asText()).isEqualTo("2020-01-02");
        assertThat(s.get("properties").get("program").get(0).asText()).isEqualTo("SDGT");
        assertThat(s.get("properties").get("reason").get(0).asText()).isEqualTo("EO 13224");
    }

    private static Set<NameKey> nameKeys(Entity e) {
        return e.names().stream().map(n -> new NameKey(n.full(), n.kind())).collect(Collectors.toSet());
    }

    private static Set<IdKey> idKeys(Entity e) {
        return e.identifiers().stream().map(i -> new IdKey(i.type(), i.value())).collect(Collectors.toSet());
    }
}
