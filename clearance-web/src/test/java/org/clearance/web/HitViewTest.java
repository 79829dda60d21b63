package org.clearance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link HitView#marked}: a name as written, cut into words, with the words whose parts met marked. */
class HitViewTest {
    private static List<String> marks(String name, Set<String> met) {
        List<Map<String, Object>> segments = HitView.marked(name, met);
        // nothing of the name is lost or reordered, whatever is marked
        assertThat(String.join("", segments.stream().map(s -> (String) s.get("text")).toList())).isEqualTo(name);
        return segments.stream().filter(s -> (Boolean) s.get("mark")).map(s -> (String) s.get("text")).toList();
    }

    @Test
    void latinWordsAreMarkedByTheirComparableForm() {
        assertThat(marks("ZHU, Hailun", Set.of("zhu", "hailun"))).containsExactly("ZHU", "Hailun");
        assertThat(marks("Müller-Lüdenscheidt GmbH", Set.of("muller"))).containsExactly("Müller");
    }

    @Test
    void joinedPartsMarkBothWordsAndApostrophesStayInTheWord() {
        // the matcher pairs "hai+lun" with "hailun": the page gets both halves as parts that met
        assertThat(marks("Zhu Hai Lun", Set.of("hai", "lun"))).containsExactly("Hai", "Lun");
        assertThat(marks("Ch'en Ch'uan-kuo", Set.of("chen"))).containsExactly("Ch'en");
    }

    @Test
    void eachHanCharacterIsAWordAsTheMatcherReadsThem() {
        assertThat(marks("陈全国", Set.of("chen", "guo"))).containsExactly("陈", "国");
    }

    @Test
    void markupInANameIsJustTextThatMatchesNothing() {
        assertThat(marks("<script>alert(1)</script>", Set.of("zhu"))).isEmpty();
    }
}
