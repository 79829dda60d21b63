package org.clearance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clearance.api.ApiException;
import org.clearance.evidence.Assessment;
import org.clearance.supplychain.Link;
import org.clearance.supplychain.Party;
import org.clearance.supplychain.SupplyChain;
import org.clearance.supplychain.Tracer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The graph's layout and classes, and reading uploads, without a server: the examples traced with no list screen. */
class ChainGraphTest {
    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final Messages TEXTS = Messages.of(Locale.ENGLISH);

    private static Assessment trace(SupplyChain c) {
        return Assessment.of(new Tracer(p -> List.of()).trace(c));
    }

    private static SupplyChain example(String name) throws Exception {
        return ChainUpload.read(name, Files.readAllBytes(EXAMPLES.resolve(name)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cotton-tshirt.json", "solar-module.json", "tomato-paste.csv"})
    void everyLinkRunsLeftToRightAndNoTwoPartiesShareAPlace(String file) throws Exception {
        SupplyChain c = example(file);
        JsonNode g = new ObjectMapper().readTree(ChainGraph.json(trace(c), TEXTS));
        Map<String, double[]> at = new HashMap<>();
        g.get("nodes").forEach(n -> at.put(n.get("data").get("id").asText(),
                new double[] {n.get("position").get("x").asDouble(), n.get("position").get("y").asDouble()}));
        assertThat(at).hasSize(c.parties().size());
        for (Link l : c.links()) {
            assertThat(at.get(l.supplier())[0]).as(l.supplier() + " -> " + l.buyer()).isLessThan(at.get(l.buyer())[0]);
        }
        Set<String> places = new java.util.HashSet<>();
        at.values().forEach(p -> assertThat(places.add(p[0] + "," + p[1])).isTrue());
        assertThat(g.get("edges")).hasSize(c.links().size());
        assertThat(g.get("omitted").asInt()).isZero();
    }

    @Test
    void aLargeChainDrawsTheFinishedGoodAndThePathsToRiskOnly() throws Exception {
        // a listed origin feeding a straight line of MAX_PARTIES parties, and as many clear suppliers on the side
        List<Party> parties = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        int line = ChainGraph.MAX_PARTIES - 10;
        for (int i = 0; i < line; i++) {
            parties.add(new Party("p" + i, "Party " + i, null, null, null));
            if (i > 0) {
                links.add(new Link("p" + (i - 1), "p" + i, "parts", null, 1.0, "t", List.of()));
            }
        }
        for (int i = 0; i < ChainGraph.MAX_PARTIES; i++) {
            parties.add(new Party("side" + i, "Side " + i, null, null, null));
            links.add(new Link("side" + i, "p" + (line - 1), "parts", null, 1.0, "t", List.of()));
        }
        SupplyChain c = SupplyChain.of("big.json", "widget", parties, links);
        Assessment a = Assessment.of(new Tracer(p -> p.id().equals("p0") ? List.of(new org.clearance.supplychain.Finding(
                p.id(), org.clearance.supplychain.Finding.Kind.UFLPA_LISTED, "matches", "x", 0.9)) : List.of()).trace(c));
        JsonNode g = new ObjectMapper().readTree(ChainGraph.json(a, TEXTS));
        assertThat(g.get("nodes")).hasSize(line);
        assertThat(g.get("omitted").asInt()).isEqualTo(ChainGraph.MAX_PARTIES);
        assertThat(g.get("nodes").get(0).get("classes").asText()).contains("risk").contains("uflpa-listed").contains("risk-path");
        assertThat(g.get("nodes").get(0).get("data").get("label").asText()).contains("⚠ UFLPA list");
    }

    @Test
    void uploadErrorsNameTheFileAsTheUserCalledIt() {
        byte[] csv = "supplier_id,supplier_name,buyer_id,goods\na,A,b,cotton\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ChainUpload.read("my chain.csv", csv)).isInstanceOf(ApiException.class)
                .hasMessage("my chain.csv:2: field buyer_id: party 'b' has no row of its own"
                        + " (the end of the chain needs a row with an empty buyer_id)");
        assertThatThrownBy(() -> ChainUpload.read("empty.json", new byte[0])).isInstanceOf(ApiException.class)
                .hasMessageStartingWith("empty.json: ");
        assertThat(ChainUpload.name("C:\\Users\\ana\\chains\\tee.csv")).isEqualTo("tee.csv");
        assertThat(ChainUpload.name("../../etc/passwd")).isEqualTo("passwd");
        assertThat(ChainUpload.name("")).isEqualTo("chain");
    }
}
