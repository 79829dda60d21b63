package org.clearance.supplychain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clearance.io.ListInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChainWriterTest {
    private static SupplyChain readBack(SupplyChain chain, Path dir) throws Exception {
        StringWriter w = new StringWriter();
        ChainWriter.writeJson(chain, w);
        return ChainReader.read(ListInput.of(Files.writeString(dir.resolve("chain.json"), w.toString())));
    }

    @Test
    void theExampleChainReadsBackEqual(@TempDir Path dir) throws Exception {
        SupplyChain example = ChainReader.read(ListInput.of(Path.of(System.getProperty("clearance.root"), "examples",
                "cotton-tshirt.json")));
        SupplyChain back = readBack(example, dir);
        assertThat(back.product()).isEqualTo(example.product());
        assertThat(back.parties()).isEqualTo(example.parties());
        assertThat(back.links()).isEqualTo(example.links());
    }

    @Test
    void quotesScriptsMissingFieldsAndFractionsSurvive(@TempDir Path dir) throws Exception {
        SupplyChain chain = SupplyChain.of("test", null, List.of(
                new Party("a", "\"Tianshan\" Wool \\ Cashmere Co.", "ئاقسۇ شەھىرى، شىنجاڭ", "CN", null),
                new Party("b", "无锡恒泰纺织有限公司", null, null, "spinner")),
                List.of(new Link("a", "b", "wool, 2nd grade", "5101.11", 12.5, "t", List.of())));
        SupplyChain back = readBack(chain, dir);
        assertThat(back.product()).isNull();
        assertThat(back.parties()).isEqualTo(chain.parties());
        assertThat(back.links()).containsExactly(new Link("a", "b", "wool, 2nd grade", "5101.11", 12.5, "t", List.of()));
    }

    @Test
    void eachPartyAndLinkIsOnALineOfItsOwn() throws Exception {
        SupplyChain chain = SupplyChain.of("test", "chairs", List.of(new Party("a", "A", null, null, null),
                new Party("b", "B", null, null, null)),
                List.of(new Link("a", "b", "chairs", "9401.61", 21000.0, "pcs", List.of("invoice", "packing_list"))));
        StringWriter w = new StringWriter();
        ChainWriter.writeJson(chain, w);
        assertThat(w.toString().lines()).containsExactly(
                "{\"product\":\"chairs\",\"parties\":[",
                "  {\"id\":\"a\",\"name\":\"A\"},",
                "  {\"id\":\"b\",\"name\":\"B\"}",
                "],\"links\":[",
                "  {\"from\":\"a\",\"to\":\"b\",\"goods\":\"chairs\",\"hs\":\"9401.61\",\"quantity\":21000,\"unit\":\"pcs\","
                        + "\"documents\":[\"invoice\",\"packing_list\"]}",
                "]}");
    }
}
