package org.clearance.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BatchCsvTest {
    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasGetAnApostrophe() {
        for (String f : new String[] {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"}) {
            assertThat(BatchCsv.safe(f)).isEqualTo("'" + f);
        }
        assertThat(BatchCsv.safe("Banco Nacional de Cuba")).isEqualTo("Banco Nacional de Cuba");
        assertThat(BatchCsv.safe("")).isEmpty();
        assertThat(BatchCsv.safe("a=b")).isEqualTo("a=b");
    }
}
