package org.clearance.supplychain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clearance.lists.ListInput;
import org.clearance.lists.ListParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChainReaderTest {
    /** A worked example from the repository's examples folder. */
    private static Path example(String name) {
        return Path.of(System.getProperty("clearance.root"), "examples", name);
    }

    @Test
    void theTshirtExampleReadsTheSameFromJsonAndCsv() throws Exception {
        SupplyChain json = ChainReader.read(ListInput.of(example("cotton-tshirt.json")));
        SupplyChain csv = ChainReader.read(ListInput.of(example("cotton-tshirt.csv")));
        assertThat(json.parties()).hasSize(6);
        assertThat(json.links()).hasSize(5);
        assertThat(csv.parties()).isEqualTo(json.parties());
        assertThat(csv.links()).isEqualTo(json.links());
        assertThat(json.product()).isEqualTo(csv.product()).startsWith("Men's cotton T-shirt");
        assertThat(json.ends()).extracting(Party::id).containsExactly("importer");
        assertThat(json.inputsOf("knitter")).singleElement().satisfies(l -> {
            assertThat(l.supplier()).isEqualTo("spinner");
            assertThat(l.hsCode()).isEqualTo("5205.24");
            assertThat(l.quantity()).isEqualTo(18500.0);
            assertThat(l.documents()).contains("bill_of_lading", "production_records");
        });
        assertThat(json.parties().get("ginner").address()).isEqualTo("阿克苏市 纺织工业城");
    }

    @Test
    void aCycleIsRefusedWithItsPath(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("cycle.json");
        Files.writeString(f, """
                {"parties": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}, {"id": "c", "name": "C"}],
                 "links": [{"from": "a", "to": "b"}, {"from": "b", "to": "c"}, {"from": "c", "to": "a"}]}
                """);
        assertThatThrownBy(() -> ChainReader.read(ListInput.of(f)))
                .isInstanceOf(SupplyChain.InvalidChainException.class)
                .hasMessageContaining("cycle.json: the chain has a cycle: a -> b -> c -> a");
    }

    @Test
    void aLinkToAnUnknownPartyIsNamed(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("unknown.json");
        Files.writeString(f, """
                {"parties": [{"id": "a", "name": "A"}], "links": [{"from": "a", "to": "nowhere"}]}
                """);
        assertThatThrownBy(() -> ChainReader.read(ListInput.of(f)))
                .isInstanceOf(SupplyChain.InvalidChainException.class)
                .hasMessageContaining("link 1 (a -> nowhere) names party 'nowhere'");
    }

    @Test
    void brokenFilesNameTheLineOrField(@TempDir Path tmp) throws Exception {
        Path json = tmp.resolve("broken.json");
        Files.writeString(json, "{\"parties\": [{\"id\": \"a\", \"name\": \"A\"},\n {\"id\": \"b\" \"name\": \"B\"}]}");
        assertThatThrownBy(() -> ChainReader.read(ListInput.of(json)))
                .isInstanceOf(ListParseException.class).hasMessageContaining("broken.json:2:").hasMessageContaining("malformed JSON");
        Path noName = tmp.resolve("noname.json");
        Files.writeString(noName, "{\"parties\": [{\"id\": \"a\"}], \"links\": []}");
        assertThatThrownBy(() -> ChainReader.read(ListInput.of(noName)))
                .isInstanceOf(ListParseException.class).hasMessageContaining("field parties[0].name: missing or empty");
        Path csv = tmp.resolve("bad.csv");
        Files.writeString(csv, "supplier_id,supplier_name,buyer_id,goods,quantity\nx,X,y,yarn,lots\ny,Y,,,\n");
        assertThatThrownBy(() -> ChainReader.read(ListInput.of(csv)))
                .isInstanceOf(ListParseException.class).hasMessageContaining("bad.csv:2").hasMessageContaining("field quantity");
        Path missing = tmp.resolve("missing.csv");
        Files.writeString(missing, "supplier,buyer\nx,y\n");
        assertThatThrownBy(() -> ChainReader.read(ListInput.of(missing)))
                .isInstanceOf(ListParseException.class).hasMessageContaining("no column 'supplier_id'");
    }

    @Test
    void aHundredThousandLinkChainReadsWithoutOverflow(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("long.csv");
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("supplier_id,supplier_name,buyer_id,goods\n");
            for (int i = 0; i < 100_000; i++) {
                w.write("p" + i + ",Party " + i + ",p" + (i + 1) + ",part " + i + "\n");
            }
            w.write("p100000,End,,\n");
        }
        SupplyChain chain = ChainReader.read(ListInput.of(f));
        assertThat(chain.links()).hasSize(100_000);
        assertThat(chain.ends()).extracting(Party::id).containsExactly("p100000");
    }
}
