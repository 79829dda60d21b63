package org.clearance.lists;

import static org.assertj.core.api.Assertions.assertThat;

import org.clearance.model.IdentifierType;
import org.junit.jupiter.api.Test;

class IdentifierTypesTest {
    @Test
    void classifiesLabelsFromRealLists() {
        assertThat(IdentifierTypes.classify("Passport")).isEqualTo(IdentifierType.PASSPORT);
        assertThat(IdentifierTypes.classify("National ID No.")).isEqualTo(IdentifierType.NATIONAL_ID);
        assertThat(IdentifierTypes.classify("Unified Social Credit Code (USCC)")).isEqualTo(IdentifierType.USCC);
        assertThat(IdentifierTypes.classify("Vessel Registration Identification IMO")).isEqualTo(IdentifierType.IMO);
        assertThat(IdentifierTypes.classify("MMSI")).isEqualTo(IdentifierType.MMSI);
        assertThat(IdentifierTypes.classify("Tax ID No.")).isEqualTo(IdentifierType.TAX_ID);
        assertThat(IdentifierTypes.classify("SWIFT/BIC")).isEqualTo(IdentifierType.SWIFT_BIC);
        assertThat(IdentifierTypes.classify("Digital Currency Address - XBT")).isEqualTo(IdentifierType.CRYPTO_WALLET);
    }

    @Test
    void keywordsMatchWholeWordsOnly() {
        // "Linnaeus" contains "inn", "Client" contains "lei": neither is a tax id or an LEI
        assertThat(IdentifierTypes.classify("Linnaeus number")).isEqualTo(IdentifierType.OTHER);
        assertThat(IdentifierTypes.classify("Client reference")).isEqualTo(IdentifierType.OTHER);
    }
}
