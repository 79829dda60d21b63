package org.clearance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartialDateTest {
    @Test
    void writesAndReadsIsoAtItsPrecision() {
        for (String s : new String[] {"1962", "1958-01", "1958-01-17"}) {
            assertThat(PartialDate.parseIso(s)).hasToString(s);
        }
    }

    @Test
    void refusesImpossibleDates() {
        assertThatThrownBy(() -> new PartialDate(1958, 2, 30)).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> new PartialDate(1958, 0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDate.parseIso("1958-xx")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ordersByYearThenMonthThenDay() {
        assertThat(PartialDate.parseIso("1958")).isLessThan(PartialDate.parseIso("1958-01"));
        assertThat(PartialDate.parseIso("1958-02")).isLessThan(PartialDate.parseIso("1958-02-01"));
    }
}
