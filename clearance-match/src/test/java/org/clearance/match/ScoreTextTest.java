package org.clearance.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Scores in explanations read as String.format wrote them, in any locale. */
class ScoreTextTest {
    @Test
    void twoDecimalsAsFormatterRoundsThem() {
        Random random = new Random(20261208L);
        double[] edges = {0, -0.0, 1, -1, 0.005, 0.015, 0.125, 0.135, 0.145, 0.285, 0.995, 0.9949999, -0.001, -0.005, 0.7,
                0.93, 1e-9, 123.456, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double x : edges) {
            assertThat(ScoreText.of(x)).as("%s", x).isEqualTo(String.format(Locale.ROOT, "%.2f", x));
            assertThat(ScoreText.signed(x)).as("%s", x).isEqualTo(String.format(Locale.ROOT, "%+.2f", x));
        }
        for (int i = 0; i < 200_000; i++) {
            // scores and their steps: thousandths, as sums of weights make them, and any double in [-1, 1]
            double x = i % 2 == 0 ? Math.round(random.nextDouble() * 2000 - 1000) / 1000.0 : random.nextDouble() * 2 - 1;
            assertThat(ScoreText.of(x)).as("%s", x).isEqualTo(String.format(Locale.ROOT, "%.2f", x));
        }
    }

    @Test
    void aDecimalPointWhateverTheLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(ScoreText.of(0.93)).isEqualTo("0.93");
            NameAlignment.PreparedNameView name = new NameAlignment.PreparedNameView("a", "PRIMARY");
            assertThat(new NameAlignment(name, name, 0.78, List.of(new NameAlignment.Pair("a", "b", 0.93)), List.of(), List.of(),
                    0, 0.15).describe()).isEqualTo("'a'~'b' 0.93; a distinctive part differs: -0.15");
        } finally {
            Locale.setDefault(before);
        }
    }
}
