package org.clearance.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateTextTest {
    @Test
    void readsThePublishersSpellings() {
        assertThat(DateText.parse("1962", true)).hasToString("1962");
        assertThat(DateText.parse("Jan 1958", true)).hasToString("1958-01");
        assertThat(DateText.parse("17 Jan 1958", true)).hasToString("1958-01-17");
        assertThat(DateText.parse("17 January 1958", true)).hasToString("1958-01-17");
        assertThat(DateText.parse("January 17, 1958", true)).hasToString("1958-01-17");
        assertThat(DateText.parse("1958-01-17", true)).hasToString("1958-01-17");
        assertThat(DateText.parse("2025-01-10T00:00:00", true)).hasToString("2025-01-10");
        assertThat(DateText.parse("circa 1960", true)).hasToString("1960");
        assertThat(DateText.parse("02/01/1958", true)).hasToString("1958-01-02");
        assertThat(DateText.parse("02/01/1958", false)).hasToString("1958-02-01");
    }

    @Test
    void refusesWhatIsNoDate() {
        assertThat(DateText.parse("31 Feb 1958", true)).isNull();
        assertThat(DateText.parse("unknown", true)).isNull();
        assertThat(DateText.parse("1962 to 1964", true)).isNull();
        assertThat(DateText.parse("", true)).isNull();
        assertThat(DateText.parse(null, true)).isNull();
    }
}
