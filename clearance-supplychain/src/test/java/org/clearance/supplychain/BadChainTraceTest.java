package org.clearance.supplychain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clearance.evidence.Assessment;
import org.clearance.evidence.Exposure;
import org.clearance.evidence.LinkEvidence;
import org.clearance.io.ListInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chain files with problems that tracing must report and work around: what can be read is still traced,
 * nothing is dropped without a word. The list screen finds nothing here, so that every finding comes
 * from an address or a sector.
 */
class BadChainTraceTest {
    private static final Tracer TRACER = new Tracer(p -> List.of());
    private static final String ALL_DOCS = "purchase_order;invoice;packing_list;bill_of_lading;proof_of_payment;production_records";

    @Test
    void anInvalidHsCodeAndAMixedScriptAddressAreTracedWithAWarningNamingTheLink(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("chain.csv");
        Files.writeString(f, "supplier_id,supplier_name,supplier_address,buyer_id,goods,hs_code,quantity,unit,documents\n"
                + "gin,Ginner,\"Room 3, 阿克苏市 Renmin Road\",spin,cotton lint,5201.00,100,kg,invoice\n"
                + "spin,Spinner,\"Wuxi, Jiangsu\",weave,combed cotton yarn,9999.99,90,kg," + ALL_DOCS + "\n"
                + "weave,Weaver,Dhaka,,,,,,\n");
        Assessment a = Assessment.of(TRACER.trace(ChainReader.read(ListInput.of(f))));
        Tracer.Trace t = a.trace();
        assertThat(t.warnings()).singleElement().asString()
                .startsWith("link 2 (spin -> weave): HS code '9999.99' is not a valid HS code");
        // the bad code costs the link its HS sector, not its description's, and nothing else
        assertThat(t.findings()).extracting(x -> x.kind() + " " + x.partyId() + " " + x.reference()).containsExactlyInAnyOrder(
                "XINJIANG_LOCATION gin 阿克苏市", "HIGH_PRIORITY_SECTOR gin cotton_apparel", "HIGH_PRIORITY_SECTOR spin cotton_apparel");
        assertThat(t.pathsToRisk().get("weave")).containsExactly(List.of("weave", "spin", "gin"));
        assertThat(a.evidence()).extracting(LinkEvidence::documented).containsExactly(false, true);
        assertThat(a.exposure().get("weave").atRisk()).isEqualTo(1.0);
    }

    /**
     * 100,000 links in a web, as a large importer's full map might be: 99,000 raw suppliers each sell to one
     * of 1,000 first-tier suppliers (99 each), which all sell to the importer. One raw supplier is in Kashgar.
     */
    @Test
    void aHundredThousandLinkJsonChainIsReadTracedAndAssessed(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("web.json");
        String docs = "\"documents\": [\"" + String.join("\", \"", (ALL_DOCS + ";origin_certificate").split(";")) + "\"]";
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("{\"product\": \"garden chairs\", \"parties\": [{\"id\": \"importer\", \"name\": \"Importer\"}");
            for (int i = 0; i < 1_000; i++) {
                w.write(",\n{\"id\": \"m" + i + "\", \"name\": \"Maker " + i + "\"}");
            }
            for (int i = 0; i < 99_000; i++) {
                String address = i == 77_077 ? ", \"address\": \"新疆喀什市\"" : "";
                w.write(",\n{\"id\": \"s" + i + "\", \"name\": \"Supplier " + i + "\"" + address + "}");
            }
            w.write("],\n\"links\": [");
            for (int i = 0; i < 1_000; i++) {
                w.write((i == 0 ? "" : ",\n") + "{\"from\": \"m" + i + "\", \"to\": \"importer\", \"goods\": \"wooden chairs\","
                        + " \"hs\": \"9401.61\", \"quantity\": 99, \"unit\": \"pcs\", " + docs + "}");
            }
            for (int i = 0; i < 99_000; i++) {
                w.write(",\n{\"from\": \"s" + i + "\", \"to\": \"m" + (i % 1_000) + "\", \"goods\": \"sawn oak\", \"hs\": \"4407.91\","
                        + " \"quantity\": 1, \"unit\": \"m3\", " + docs + "}");
            }
            w.write("]}\n");
        }
        SupplyChain chain = ChainReader.read(ListInput.of(f));
        assertThat(chain.links()).hasSize(100_000);
        Assessment a = Assessment.of(TRACER.trace(chain));
        Tracer.Trace t = a.trace();
        // s77077 sells to m77 (77077 mod 1000)
        assertThat(t.findings()).extracting(x -> x.kind() + " " + x.partyId()).containsExactly("XINJIANG_LOCATION s77077");
        assertThat(t.pathsToRisk()).containsOnlyKeys("importer");
        assertThat(t.pathsToRisk().get("importer")).containsExactly(List.of("importer", "m77", "s77077"));
        assertThat(t.warnings()).isEmpty();
        assertThat(a.evidence()).hasSize(100_000).allMatch(LinkEvidence::documented);
        // m77: 1 of 99 equal inputs at risk; the importer: 1 of 1,000 equal inputs is m77
        Exposure end = a.exposure().get("importer");
        assertThat(end.atRisk()).isCloseTo(1.0 / 99 / 1_000, within(1e-12));
        assertThat(end.clean()).isCloseTo(1 - 1.0 / 99 / 1_000, within(1e-12));
    }
}
