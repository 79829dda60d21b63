package org.clearance.names;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.clearance.io.TsvResource;

/**
 * One given name in its Russian, Ukrainian and Belarusian forms and their Latin spellings ({@code given-name-forms.tsv},
 * with its sources): Aleksandr, Alexander, Oleksandr and Aliaksandr are one name, as Vladimir, Volodymyr and Uladzimir
 * are, though no spelling rule makes one of the other. The caller pairs two parts that are forms of one name as two
 * readings of it.
 */
public final class GivenNameForms {
    private static final Map<String, String> NAME_BY_FORM = load();

    private GivenNameForms() {}

    /**
     * The name a part is a form of, as one key for all its forms (the Russian form as BGN/PCGN writes it: aleksandr for
     * oleksandr, aliaksandr and alexander); null for a part that is no form the table knows.
     */
    public static String name(String part) {
        return NAME_BY_FORM.get(part);
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        for (String[] row : TsvResource.rows(GivenNameForms.class, "given-name-forms.tsv")) {
            String key = String.join("", NameText.tokens(row[0]));
            Set<String> forms = new LinkedHashSet<>();
            for (int language = 0; language < 3; language++) {
                // one word each, as the matcher reads Cyrillic: its BGN/PCGN spelling and its ISO 9 one
                forms.add(String.join("", NameText.tokens(row[language])));
                forms.add(String.join("", NameText.otherTokens(row[language])));
            }
            for (String latin : row[3].split(",")) {
                forms.add(latin.strip());
            }
            forms.remove("");
            for (String form : forms) {
                String before = out.put(form, key);
                if (before != null && !before.equals(key)) {
                    throw new IllegalStateException("given-name-forms.tsv: " + form + " is a form of both " + before + " and " + key);
                }
            }
        }
        return Map.copyOf(out);
    }
}
