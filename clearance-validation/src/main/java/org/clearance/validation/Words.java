package org.clearance.validation;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.clearance.model.Entity;
import org.clearance.model.Name;
import org.clearance.model.NameKind;
import org.clearance.names.NameText;

/** The words of listed names as treatments read them: in natural order, "LAST, First" turned round. */
final class Words {
    private Words() {}

    /** The words of a name in the order it is spoken: "AL-ZAWAHIRI, Ayman" gives [Ayman, AL-ZAWAHIRI]. */
    static List<String> natural(String full) {
        String[] halves = full.split(",");
        String ordered = halves.length == 2 ? halves[1].strip() + " " + halves[0].strip() : full;
        return new ArrayList<>(Arrays.asList(ordered.strip().split("\\s+")));
    }

    /** The words of a name as written, separated by spaces. */
    static List<String> written(String full) {
        return new ArrayList<>(Arrays.asList(full.strip().split("\\s+")));
    }

    static String join(List<String> words) {
        return String.join(" ", words);
    }

    /** The entry's first primary, alias or former name written in Latin letters; weak aliases are not treated. */
    static Optional<Name> latinName(Entity e) {
        return e.names().stream().filter(n -> n.kind() != NameKind.WEAK_ALIAS && script(n.full()) == UScript.LATIN).findFirst();
    }

    /** The entry's first name written in this script. */
    static Optional<Name> nameIn(Entity e, int script) {
        return e.names().stream().filter(n -> n.kind() != NameKind.WEAK_ALIAS && script(n.full()) == script).findFirst();
    }

    /** The ICU script of a name's first letter of any script: Latin, Han, Arabic...; COMMON when it has no letter. */
    static int script(String name) {
        return NameText.script(name);
    }

    /** Index of a word of at least {@code min} letters, chosen at random; -1 when there is none. */
    static int wordOfLength(List<String> words, int min, java.util.random.RandomGenerator random) {
        List<Integer> fit = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).codePointCount(0, words.get(i).length()) >= min && words.get(i).chars().allMatch(Character::isLetter)) {
                fit.add(i);
            }
        }
        return fit.isEmpty() ? -1 : fit.get(random.nextInt(fit.size()));
    }

    static String capitalised(String lower) {
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
