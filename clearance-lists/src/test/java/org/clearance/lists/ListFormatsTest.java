package org.clearance.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;
import org.clearance.io.Sniff;
import org.clearance.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Detection by content: each real file (and each schema-written sample) is taken by exactly one format. */
class ListFormatsTest {
    static List<Object[]> files() throws Exception {
        Map<String, String> shared = Map.ofEntries(
                Map.entry("lists/ofac/sdn.csv", "ofac-legacy-csv"),
                Map.entry("lists/ofac/history/sdn-2021-08-18.csv.gz", "ofac-legacy-csv"),
                Map.entry("lists/ofac/consolidated/cons_prim.csv", "ofac-legacy-csv"),
                Map.entry("lists/ofac/consolidated/consolidated.xml", "ofac-legacy-xml"),
                Map.entry("lists/ofac/consolidated/CONS_ENHANCED.XML", "ofac-enhanced-xml"),
                Map.entry("lists/un/consolidated.xml", "un-consolidated-xml"),
                Map.entry("lists/ca/sema-autonomous-sanctions.xml", "ca-sema-xml"),
                Map.entry("lists/csl/consolidated-partial-2019.csv", "trade-csl-csv"),
                Map.entry("lists/csl/consolidated-partial-2025.csv", "trade-csl-csv"),
                Map.entry("lists/csl/dpl-2021.txt", "bis-dpl-txt"),
                Map.entry("lists/opensanctions/zala/entities.ftm.json", "ftm-json"),
                Map.entry("lists/opensanctions/wd_persons-20240310/entities.ftm.json", "ftm-json"),
                Map.entry("uflpa/uflpa_entity_list.csv", "uflpa-csv"));
        Map<String, String> samples = Map.of(
                "lists/uflpa/uflpa-entity-list-sample.html", "uflpa-dhs-html",
                "lists/uk/fcdo-uk-sanctions-list-sample.xml", "uk-fcdo-xml",
                "lists/uk/ofsi-conlist-sample.csv", "uk-ofsi-csv",
                "lists/csl/consolidated-sample.json", "trade-csl-json",
                "lists/eu/eu-fsf-sample.csv", "eu-fsf-csv",
                "lists/eu/eu-fsf-sample.xml", "eu-fsf-xml");
        List<Object[]> out = new java.util.ArrayList<>();
        shared.forEach((p, id) -> out.add(new Object[] {SharedData.path(p), id}));
        for (var e : samples.entrySet()) {
            out.add(new Object[] {Path.of(ListFormatsTest.class.getResource("/" + e.getKey()).toURI()), e.getValue()});
        }
        return out;
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("files")
    void exactlyOneFormatTakesEachFile(Path file, String expected) throws Exception {
        Sniff sniff = Sniff.of(ListInput.of(file));
        List<String> takers = ListFormats.all().stream().filter(f -> f.accepts(sniff)).map(ListFormat::id).toList();
        assertThat(takers).containsExactly(expected);
        assertThat(ListFormats.all().stream().map(ListFormat::id)).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "companion {0}")
    @MethodSource("companions")
    void companionFilesAreNoListsOnTheirOwn(Path file) throws Exception {
        Sniff sniff = Sniff.of(ListInput.of(file));
        assertThat(ListFormats.all()).noneMatch(f -> f.accepts(sniff));
    }

    static List<Path> companions() {
        return List.of("add.csv", "alt.csv", "sdn_comments.csv").stream()
                .map(f -> SharedData.path("lists/ofac/csv-2021-07/" + f)).toList();
    }

    @Test
    void aFileOfNoKnownFormatSaysWhatItStartsWith(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("notes.txt");
        Files.writeString(f, "Dear compliance team,\nplease screen these.\n");
        assertThatThrownBy(() -> ListFormats.detect(ListInput.of(f)))
                .isInstanceOf(ListParseException.class)
                .hasMessageContaining("notes.txt: not a list format")
                .hasMessageContaining("Dear compliance team");
    }
}
