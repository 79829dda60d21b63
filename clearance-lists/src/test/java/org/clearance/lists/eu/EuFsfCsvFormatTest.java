package org.clearance.lists.eu;

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
import org.clearance.model.Entity;
import org.clearance.model.Identifier;
import org.clearance.model.Name;
import org.clearance.model.NameKind;
import org.clearance.model.PartialDate;
import org.clearance.model.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EuFsfCsvFormatTest {
    private final EuFsfCsvFormat format = new EuFsfCsvFormat();

    @TempDir
    Path tmp;

    @Test
    void entityCountMatchesTheDistinctIdsOfAPlainSplit() throws Exception {
        List<String> lines = Files.readAllLines(EuSamples.CSV);
        Set<String> ids = new LinkedHashSet<>();
        Set<String> persons = new LinkedHashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(";", -1); // the id and subject type come before any quoted cell
            ids.add(cells[1]);
            if (cells[7].equals("P")) {
                persons.add(cells[1]);
            }
        }

        SharedData.Parsed p = EuSamples.parse(format, EuSamples.CSV);

        assertThat(ids).hasSize(7);
        assertThat(p.entities()).extracting(Entity::sourceId).containsExactlyElementsOf(ids);
        assertThat(p.metadata().entityCount()).isEqualTo(ids.size());
        assertThat(p.metadata().publicationDate()).isEqualTo(LocalDate.of(2024, 5, 17));
        assertThat(p.entities().stream().filter(e -> e.schema() == Schema.PERSON).map(Entity::sourceId))
                .containsExactlyElementsOf(persons);
    }

    /** The CSV is the XML sample written the other way: every fact the CSV can carry must come out alike. */
    @Test
    void givesTheSameFactsAsTheXmlSample() throws Exception {
        List<Entity> fromCsv = EuSamples.parse(format, EuSamples.CSV).entities();
        List<Entity> fromXml = EuSamples.parse(new EuFsfXmlFormat(), EuSamples.XML).entities();

        assertThat(fromCsv).hasSameSizeAs(fromXml);
        for (int i = 0; i < fromXml.size(); i++) {
            Entity c = fromCsv.get(i);
            Entity x = fromXml.get(i);
            assertThat(c.id()).isEqualTo(x.id());
            assertThat(c.schema()).isEqualTo(x.schema());
            assertThat(c.names()).extracting(Name::full).containsExactlyElementsOf(x.names().stream().map(Name::full).toList());
            assertThat(c.names().get(0)).isEqualTo(x.names().get(0));
            assertThat(c.birthDates()).isEqualTo(x.birthDates());
            assertThat(c.birthPlaces()).isEqualTo(x.birthPlaces());
            assertThat(c.nationalities()).isEqualTo(x.nationalities());
            assertThat(c.addresses()).isEqualTo(x.addresses());
            assertThat(c.identifiers()).isEqualTo(x.identifiers());
            assertThat(c.sanctions()).isEqualTo(x.sanctions());
            assertThat(c.gender()).isEqualTo(x.gender());
            assertThat(c.positions()).isEqualTo(x.positions());
            assertThat(c.sourceUrl()).isEqualTo(x.sourceUrl());
        }
    }

    @Test
    void spotChecks() throws Exception {
        SharedData.Parsed p = EuSamples.parse(format, EuSamples.CSV);
        Entity sokolov = p.byId("eu_fsf-900101");
        assertThat(sokolov.names()).contains(new Name("Иван Петрович СОКОЛОВ", NameKind.ORIGINAL_SCRIPT, "Иван Петрович", "СОКОЛОВ", "ru"));
        // no "strong" column in the CSV: the weak alias of the XML is a plain alias here
        assertThat(sokolov.names()).contains(Name.of("Vanya Sokol", NameKind.ALIAS));
        Entity works = p.byId("eu_fsf-900102");
        assertThat(works.sanctions()).singleElement().satisfies(s -> assertThat(s.listedOn()).isEqualTo(LocalDate.of(2022, 4, 8)));
        assertThat(works.notes()).contains("contact: PHONE: +7 812 555 0142; WEB: www.naw-example.ru",
                "regulation 2023/429 (OJ L59I) (RUS)");
        Entity rahimi = p.byId("eu_fsf-900103");
        assertThat(rahimi.birthDates()).containsExactly(PartialDate.ofYear(1960), new PartialDate(1958, 7, 0));
        assertThat(rahimi.notes()).contains("birth date 1960 is approximate (circa)");
        assertThat(p.byId("eu_fsf-900104").identifiers()).extracting(Identifier::note).singleElement()
                .asString().contains("diplomatic document", "known to be expired");
    }

    @Test
    void acceptsByHeaderOnly() throws Exception {
        assertThat(format.accepts(Sniff.of(ListInput.of(EuSamples.CSV)))).isTrue();
        assertThat(format.accepts(Sniff.of(ListInput.of(EuSamples.XML)))).isFalse();
        Path commas = EuSamples.write(tmp, "c.csv", "Entity_LogicalId,NameAlias_WholeName\n1,A\n");
        assertThat(format.accepts(Sniff.of(ListInput.of(commas)))).isFalse();
        Path csl = Path.of(System.getProperty("clearance.shared"), "data/lists/csl/consolidated-partial-2025.csv");
        if (Files.exists(csl)) {
            assertThat(format.accepts(Sniff.of(ListInput.of(csl)))).isFalse();
        }
    }

    @Test
    void anIdThatComesBackAfterAnotherEntityIsRefusedAtItsLine() throws Exception {
        Path f = EuSamples.write(tmp, "resorted.csv", HEADER + "1;person;Anna A\n1;person;Anna B\n2;person;Boris\n1;person;Anna C\n");
        assertThatThrownBy(() -> EuSamples.parse(format, f)).isInstanceOf(ListParseException.class)
                .hasMessageStartingWith(f + ":5: field Entity_LogicalId")
                .hasMessageContaining("entity 1 comes back").hasMessageContaining("began at line 2");
    }

    @Test
    void aRowWithoutIdOrAnEntityWithoutNameIsAnErrorAtItsLine() throws Exception {
        Path noId = EuSamples.write(tmp, "noid.csv", HEADER + "1;person;Anna\n;person;Boris\n");
        assertThatThrownBy(() -> EuSamples.parse(format, noId)).isInstanceOf(ListParseException.class)
                .hasMessageStartingWith(noId + ":3: field Entity_LogicalId");
        Path noName = EuSamples.write(tmp, "noname.csv", HEADER + "1;person;Anna\n2;person;\n2;person;\n");
        assertThatThrownBy(() -> EuSamples.parse(format, noName)).isInstanceOf(ListParseException.class)
                .hasMessageStartingWith(noName + ":3: field NameAlias_WholeName").hasMessageContaining("entity 2");
    }

    @Test
    void aHeaderWithoutTheIdColumnIsRefused() throws Exception {
        Path f = EuSamples.write(tmp, "h.csv", "Entity_Id;NameAlias_WholeName\n1;A\n");
        assertThatThrownBy(() -> EuSamples.parse(format, f)).isInstanceOf(ListParseException.class)
                .hasMessageStartingWith(f + ":1: field Entity_LogicalId");
    }

    @Test
    void refusesATruncatedFileAtItsLastLine() throws Exception {
        String raw = Files.readString(EuSamples.CSV);
        String cut = raw.substring(0, raw.length() - 200);
        Path f = EuSamples.write(tmp, "cut.csv", cut);
        long lastLine = cut.lines().count();
        assertThatThrownBy(() -> EuSamples.parse(format, f)).isInstanceOf(ListParseException.class)
                .hasMessageStartingWith(f + ":" + lastLine + ":").hasMessageContaining("fields where the header has 118");
    }

    @Test
    void refusesBrokenQuotingNamingTheLine() throws Exception {
        Path f = EuSamples.write(tmp, "quote.csv", HEADER + "1;person;Anna\n2;person;\"Boris\" x\n");
        assertThatThrownBy(() -> EuSamples.parse(format, f)).isInstanceOf(ListParseException.class)
                .hasMessageStartingWith(f + ":3:").hasMessageContaining("malformed CSV");
        Path open = EuSamples.write(tmp, "open.csv", HEADER + "1;person;Anna\n2;person;\"Boris\n3;person;Clara\n");
        assertThatThrownBy(() -> EuSamples.parse(format, open)).isInstanceOf(ListParseException.class)
                .hasMessageStartingWith(open + ":3:").hasMessageContaining("malformed CSV");
    }

    @Test
    void aLargeFileStreams() throws Exception {
        List<String> lines = Files.readAllLines(EuSamples.CSV);
        Path big = tmp.resolve("big.csv");
        int copies = 1500;
        try (var w = Files.newBufferedWriter(big)) {
            w.write(lines.get(0) + "\n");
            for (int i = 0; i < copies; i++) {
                for (String line : lines.subList(1, lines.size())) {
                    w.write(line.replaceFirst(";9001", ";" + i + "x") + "\n");
                }
            }
        }
        List<Entity> out = new ArrayList<>();
        long start = System.nanoTime();
        format.parse(ListInput.of(big), "eu_fsf", out::add);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("eu-fsf-csv: %,d entities from %,d bytes in %d ms%n", out.size(), Files.size(big), ms);
        assertThat(out).hasSize(copies * 7);
    }

    private static final String HEADER = "Entity_LogicalId;Entity_SubjectType_ClassificationCode;NameAlias_WholeName\n";
}
