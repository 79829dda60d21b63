package org.clearance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clearance.store.VersionInfo;
import org.clearance.update.FetchRecord;
import org.junit.jupiter.api.Test;

/** A list's age since publication beside the days since it was last fetched from its publisher. */
class ListFreshnessTest {
    private static VersionInfo version(String dataset, String published) {
        return new VersionInfo(1, dataset, "un-xml", LocalDate.parse(published), "file", "0".repeat(64),
                Instant.parse("2026-03-01T00:00:00Z"), "consolidated.xml", 1003, 2000);
    }

    @Test
    void aListFetchedTodayButPublishedLongAgoIsOldAndFreshlyChecked() {
        LocalDate today = LocalDate.parse("2026-12-06");
        FetchRecord un = new FetchRecord("un_sc_sanctions", "https://scsanctions.un.org/resources/xml/en/consolidated.xml",
                Instant.parse("2026-12-06T06:00:00Z"), "unchanged", null, Instant.parse("2026-12-06T06:00:00Z"),
                Instant.parse("2026-03-01T06:00:00Z"), null, "Fri, 27 Feb 2026 16:02:33 GMT", "a".repeat(64), 2_030_620);
        FetchRecord failedOnly = new FetchRecord("ca_sema", "https://www.international.gc.ca/x.xml",
                Instant.parse("2026-12-06T06:00:00Z"), "failed", "HTTP 503", null, null, null, null, null, 0);
        List<ListFreshness.Age> ages = ListFreshness.of(List.of(version("un_sc_sanctions", "2026-02-27"),
                version("ca_sema", "2025-03-20")), List.of(un, failedOnly), today);
        assertThat(ages.get(0).days()).isEqualTo(282);
        assertThat(ages.get(0).stale()).isTrue();
        assertThat(ages.get(0).fetchedDays()).isZero();
        assertThat(ages.get(0).fetchedText()).isEqualTo("0");
        assertThat(ages.get(1).fetchedDays()).as("tried, never fetched").isNull();
        assertThat(ages.get(1).fetchedText()).isNull();
    }
}
