package org.clearance.supplychain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clearance.io.InputLimits;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;
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
    void aCsvCycleIsRefusedWithItsPath(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("cycle.csv");
        Files.writeString(f, "supplier_id,supplier_name,buyer_id,goods\nspin,Spinner,weave,yarn\nweave,Weaver,dye,fabric\n"
                + "dye,Dyehouse,spin,dyed fabric\n");
        assertThatThrownBy(() -> ChainReader.read(ListInput.of(f)))
                .isInstanceOf(SupplyChain.InvalidChainException.class)
                .hasMessageContaining("cycle.csv: the chain has a cycle: spin -> weave -> dye -> spin");
    }

    @Test
    void aCsvLinkToAPartyWithNoRowNamesTheRow(@TempDir Path tmp) throws Exception {
        // the importer has no row of its own: the error points at the row that names it, not at a link count
        Path f = tmp.resolve("noend.csv");
        Files.writeString(f, "supplier_id,supplier_name,buyer_id,goods\nfarm,Farm,gin,seed cotton\ngin,Ginner,importer,lint\n");
        assertThatThrownBy(() -> ChainReader.read(ListInput.of(f)))
                .isInstanceOf(ListParseException.class)
                .hasMessageContaining("noend.csv:3: field buyer_id: party 'importer'");
        Path self = tmp.resolve("self.csv");
        Files.writeString(self, "supplier_id,supplier_name,buyer_id,goods\nfarm,Farm,farm,seed cotton\n");
        assertThatThrownBy(() -> ChainReader.read(ListInput.of(self)))
                .isInstanceOf(ListParseException.class).hasMessageContaining("self.csv:2: field buyer_id: ");
    }

    @Test
    void aStrayQuoteInCsvNamesTheLine(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("quote.csv");
        Files.writeString(f, "supplier_id,supplier_name,buyer_id,goods\ngin,Ginner,mill,lint\n"
                + "mill,\"Mill \"Best\" Co,end,yarn\nend,End,,\n");
        assertThatThrownBy(() -> ChainReader.read(ListInput.of(f)))
                .isInstanceOf(ListParseException.class).hasMessageContaining("quote.csv:3");
    }

    @Test
    void aDecimalCommaIsRefusedNotReadAsAThousandsSeparator(@TempDir Path tmp) throws Exception {
        // "1,5" is one and a half in most of Europe; read as 15 it would weigh the shares ten times wrong
        for (String q : List.of("1,5", "1.200,5", "12,00")) {
            Path f = tmp.resolve("comma.csv");
            Files.writeString(f, "supplier_id,supplier_name,buyer_id,goods,quantity\na,A,b,yarn,\"" + q + "\"\nb,B,,,\n");
            assertThatThrownBy(() -> ChainReader.read(ListInput.of(f))).as(q)
                    .isInstanceOf(ListParseException.class).hasMessageContaining("comma.csv:2: field quantity");
        }
        Path f = tmp.resolve("grouped.csv");
        Files.writeString(f, "supplier_id,supplier_name,buyer_id,goods,quantity\na,A,b,yarn,\"1,200,000.5\"\nb,B,,,\n");
        assertThat(ChainReader.read(ListInput.of(f)).links().get(0).quantity()).isEqualTo(1_200_000.5);
    }

    @Test
    void jsonThatWouldBeMisreadIsRefused(@TempDir Path tmp) throws Exception {
        // a key given twice keeps only one value in a JSON tree: which one the file meant is unknown
        Path twice = tmp.resolve("twice.json");
        Files.writeString(twice, "{\"parties\": [{\"id\": \"a\", \"name\": \"A\",\n \"name\": \"B\"}], \"links\": []}");
        assertThatThrownBy(() -> ChainReader.read(ListInput.of(twice)))
                .isInstanceOf(ListParseException.class).hasMessageContaining("twice.json:2:").hasMessageContaining("name");
        // documents written as one string would otherwise be read as none held
        Path docs = tmp.resolve("docs.json");
        Files.writeString(docs, """
                {"parties": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
                 "links": [{"from": "a", "to": "b", "documents": "invoice;packing_list"}]}
                """);
        assertThatThrownBy(() -> ChainReader.read(ListInput.of(docs)))
                .isInstanceOf(ListParseException.class).hasMessageContaining("field links[0].documents");
        Path kind = tmp.resolve("kind.json");
        Files.writeString(kind, """
                {"parties": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
                 "links": [{"from": "a", "to": "b", "documents": ["invoice", {"kind": "packing_list"}]}]}
                """);
        assertThatThrownBy(() -> ChainReader.read(ListInput.of(kind)))
                .isInstanceOf(ListParseException.class).hasMessageContaining("field links[0].documents[1]");
        // 3818.00 as a JSON number is 3818.0 by the time it is read: no longer the code that was written
        Path number = tmp.resolve("number.json");
        Files.writeString(number, """
                {"parties": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
                 "links": [{"from": "a", "to": "b", "hs": 5205}, {"from": "a", "to": "b", "hs": 3818.00}]}
                """);
        assertThatThrownBy(() -> ChainReader.read(ListInput.of(number)))
                .isInstanceOf(ListParseException.class).hasMessageContaining("field links[1].hs");
        Path huge = tmp.resolve("huge.json");
        Files.writeString(huge, """
                {"parties": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}], "links": [{"from": "a", "to": "b", "quantity": 1e400}]}
                """);
        assertThatThrownBy(() -> ChainReader.read(ListInput.of(huge)))
                .isInstanceOf(ListParseException.class).hasMessageContaining("field links[0].quantity");
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

    @Test
    void anUnknownFieldIsRefusedRatherThanDroppedWithItsValue(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("csvnames.json");
        Files.writeString(f, """
                {"parties": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
                 "links": [{"from": "a", "to": "b", "hs_code": "5201"}]}
                """);
        assertThatThrownBy(() -> ChainReader.read(ListInput.of(f))).isInstanceOf(ListParseException.class)
                .hasMessageContaining("csvnames.json").hasMessageContaining("links[0].hs_code")
                .hasMessageContaining("unknown field").hasMessageContaining("hs, quantity");
        Path top = tmp.resolve("top.json");
        Files.writeString(top, "{\"product\": \"x\", \"partys\": [], \"links\": []}");
        assertThatThrownBy(() -> ChainReader.read(ListInput.of(top))).hasMessageContaining("partys");
    }

    @Test
    void aJsonArrayOrANonObjectEntryIsNamedAsSuch(@TempDir Path tmp) throws Exception {
        Path array = tmp.resolve("array.json");
        Files.writeString(array, "[{\"id\": \"a\", \"name\": \"A\"}]");
        assertThatThrownBy(() -> ChainReader.read(ListInput.of(array))).isInstanceOf(ListParseException.class)
                .hasMessageContaining("array.json:1:1").hasMessageContaining("a JSON array: a chain file is one object");
        Path entry = tmp.resolve("entry.json");
        Files.writeString(entry, "{\"parties\": [\"a\"], \"links\": []}");
        assertThatThrownBy(() -> ChainReader.read(ListInput.of(entry))).hasMessageContaining("parties[0]")
                .hasMessageContaining("not a JSON object");
    }

    @Test
    void anEmptyOrOversizedChainFileIsRefusedByName(@TempDir Path tmp) throws Exception {
        Path empty = tmp.resolve("empty.csv");
        Files.writeString(empty, "");
        assertThatThrownBy(() -> ChainReader.read(ListInput.of(empty))).isInstanceOf(ListParseException.class)
                .hasMessageContaining("empty.csv");
        Path big = tmp.resolve("big.json");
        Files.writeString(big, "{\"parties\": [], \"links\": []}" + " ".repeat(2048));
        ListInput limited = new ListInput(big, java.util.Map.of(), new InputLimits(1024, 4096, 100));
        assertThatThrownBy(() -> ChainReader.read(limited)).isInstanceOf(ListParseException.class)
                .hasMessageContaining("big.json");
    }
}
