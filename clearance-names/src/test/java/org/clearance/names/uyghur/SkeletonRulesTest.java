package org.clearance.names.uyghur;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.clearance.io.TsvResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule's documented example pair ("ULY / pinyin") gets one key: the table proves itself. */
class SkeletonRulesTest {
    static List<String[]> examples() {
        List<String[]> pairs = new ArrayList<>();
        for (String[] row : TsvResource.rows(Skeleton.class, "skeleton-rules.tsv")) {
            for (String example : row[3].split(",")) {
                String[] sides = example.split("/");
                for (int i = 1; i < sides.length; i++) {
                    pairs.add(new String[] {row[1], sides[0].strip(), sides[i].strip()});
                }
            }
        }
        return pairs;
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @MethodSource("examples")
    void exampleMeets(String rule, String one, String other) {
        UyghurNames names = UyghurNames.get();
        assertThat(names.skeleton(one)).as(rule).isNotEmpty().isEqualTo(names.skeleton(other));
    }
}
