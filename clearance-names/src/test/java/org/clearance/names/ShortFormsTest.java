package org.clearance.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The short forms of given names of short-forms.tsv, both ways, without the words that are something else too. */
class ShortFormsTest {
    @Test
    void aShortFormAndItsNameKnowEachOther() {
        assertThat(ShortForms.related("william")).contains("bill", "billy", "will");
        assertThat(ShortForms.related("bill")).contains("william");
        assertThat(ShortForms.related("ted")).contains("theodore");
        assertThat(ShortForms.related("peggy")).contains("margaret");
    }

    @Test
    void twoLetterFormsLinkWordsAndInitialsAreLeftOut() {
        // Al stands for Albert, Alfred and Alexander and is the Arabic article; Ben is also "son of"
        assertThat(ShortForms.related("al")).isEmpty();
        assertThat(ShortForms.related("ben")).isEmpty();
        assertThat(ShortForms.related("alexander")).contains("alec", "alex").doesNotContain("al");
        assertThat(ShortForms.related("casey")).allMatch(f -> f.chars().allMatch(Character::isLetter));
    }

    @Test
    void aNameTheTableDoesNotKnowHasNone() {
        assertThat(ShortForms.related("tuniyaz")).isEmpty();
    }

    @Test
    void shaikhIsATitle() {
        assertThat(Titles.isTitle("shaikh")).isTrue();
        assertThat(Titles.isTitle("cheikh")).isTrue();
    }
}
