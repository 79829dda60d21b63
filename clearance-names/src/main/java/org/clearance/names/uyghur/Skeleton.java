package org.clearance.names.uyghur;

import com.ibm.icu.text.Transliterator;
import java.util.List;
import java.util.TreeMap;
import org.clearance.io.TsvResource;

/**
 * The phonetic key of {@code skeleton-rules.tsv}: the rules of each step become one ICU
 * transliterator pass, steps run in order. Thread-safe (ICU synchronises each rule set).
 */
final class Skeleton {
    private static final int STEP = 0;
    private static final int RULE = 1;

    private final Transliterator rules;

    private Skeleton(Transliterator rules) {
        this.rules = rules;
    }

    static Skeleton load() {
        return new Skeleton(Transliterator.createFromRules("ug-Skeleton", ruleText(
                TsvResource.rows(Skeleton.class, "skeleton-rules.tsv")), Transliterator.FORWARD));
    }

    /** ICU rule text: one pass per step, passes separated by the null transform. */
    static String ruleText(List<String[]> rows) {
        TreeMap<Integer, StringBuilder> steps = new TreeMap<>();
        for (String[] row : rows) {
            steps.computeIfAbsent(Integer.parseInt(row[STEP].strip()), s -> new StringBuilder())
                    .append(row[RULE]).append('\n');
        }
        return String.join("::Null;\n", steps.values());
    }

    String key(String latinOrPinyin) {
        String letters = LatinFold.letters(latinOrPinyin);
        return letters.isEmpty() ? "" : rules.transliterate(letters);
    }
}
