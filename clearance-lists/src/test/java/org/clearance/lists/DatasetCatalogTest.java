package org.clearance.lists;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatasetCatalogTest {
    @Test
    void collectionsComeFromTheCatalog() {
        assertThat(DatasetCatalog.collections()).containsOnlyKeys("sanctions", "uflpa");
        assertThat(DatasetCatalog.collections().get("sanctions")).containsExactlyInAnyOrder(
                "us_ofac_sdn", "us_ofac_cons", "un_sc_sanctions", "eu_fsf", "gb_sanctions", "ca_sema");
        assertThat(DatasetCatalog.collections().get("uflpa")).containsExactly("us_dhs_uflpa");
        assertThat(DatasetCatalog.byId("us_trade_csl").orElseThrow().collections()).isEmpty();
    }
}
