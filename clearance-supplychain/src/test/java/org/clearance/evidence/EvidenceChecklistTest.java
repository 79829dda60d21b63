package org.clearance.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clearance.supplychain.Link;
import org.clearance.supplychain.Party;
import org.clearance.supplychain.SupplyChain;
import org.junit.jupiter.api.Test;

class EvidenceChecklistTest {
    private static final List<String> ALL_EVERY = List.of("purchase_order", "invoice", "packing_list", "bill_of_lading",
            "proof_of_payment", "production_records");

    private static SupplyChain chain(Link... links) throws Exception {
        return SupplyChain.of("t", "p", List.of(new Party("farm", "Farm", null, null, null),
                new Party("gin", "Ginner", null, null, null), new Party("mill", "Mill", null, null, null)), List.of(links));
    }

    @Test
    void aLinkWithEveryExpectedDocumentIsDocumented() throws Exception {
        Link l = new Link("gin", "mill", "cotton lint", "5201", null, null, ALL_EVERY);
        Link raw = new Link("farm", "gin", "seed cotton", "5201", null, null, List.of());
        LinkEvidence e = EvidenceChecklist.check(chain(raw, l), l, true);
        assertThat(e.documented()).isTrue();
        assertThat(e.missing()).isEmpty();
        assertThat(e.expected()).containsExactlyElementsOf(ALL_EVERY);
    }

    @Test
    void aLinkWithoutDocumentsIsAGapNamingWhatEachMissingOneBlocks() throws Exception {
        Link raw = new Link("farm", "gin", "seed cotton", "5201", null, null, List.of("invoice"));
        LinkEvidence e = EvidenceChecklist.check(chain(raw), raw, true);
        assertThat(e.documented()).isFalse();
        assertThat(e.missing()).extracting(DocumentKind::kind)
                .contains("purchase_order", "proof_of_payment", "origin_certificate", "isotope_test")
                .doesNotContain("invoice");
        assertThat(e.missing()).allSatisfy(k -> assertThat(k.blocks()).isNotBlank());
    }

    @Test
    void transportRecordsStandInForABillOfLadingAndAnIsotopeTestForAnOriginCertificate() throws Exception {
        List<String> docs = List.of("purchase_order", "invoice", "packing_list", "transport_records", "proof_of_payment",
                "production_records", "isotope_test");
        Link raw = new Link("farm", "gin", "seed cotton", "5201", null, null, docs);
        assertThat(EvidenceChecklist.check(chain(raw), raw, true).documented()).isTrue();
    }

    @Test
    void originEvidenceIsAskedOnlyOfRawMaterialLinks() throws Exception {
        Link raw = new Link("farm", "gin", "seed cotton", "5201", null, null, List.of());
        Link later = new Link("gin", "mill", "lint", "5201", null, null, List.of());
        SupplyChain c = chain(raw, later);
        assertThat(EvidenceChecklist.check(c, later, true).expected()).doesNotContain("origin_certificate", "isotope_test");
        assertThat(EvidenceChecklist.check(c, raw, false).expected()).contains("origin_certificate").doesNotContain("isotope_test");
    }

    @Test
    void aMisspeltDocumentKindIsReportedAndNotCountedAsHeld() throws Exception {
        Link l = new Link("a", "b", "steel", "7326.90", null, null, List.of("invoce", "Purchase_Order", "supply_chain_map"));
        SupplyChain c = SupplyChain.of("t", "x", List.of(new Party("a", "A", null, null, null), new Party("b", "B", null, null, null)),
                List.of(l));
        LinkEvidence e = EvidenceChecklist.check(c, l, false);
        assertThat(e.unrecognised()).containsExactly("invoce");
        assertThat(e.missing()).extracting(DocumentKind::kind).contains("invoice").doesNotContain("purchase_order");
        assertThat(e.expected()).doesNotContain("supply_chain_map"); // a whole-chain document, not one per link
    }
}
