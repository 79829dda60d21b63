package org.clearance.lists.eu;

/**
 * Tells names in Latin script from names in other scripts. The EU gives a name's language
 * ({@code nameLanguage}) but not its script, and Latin-script transliterations into French or
 * German carry a language too; only the letters themselves say whether a name is an original-script
 * rendering.
 */
final class Scripts {
    private Scripts() {}

    /** True when every letter of the text is Latin (digits, spaces and punctuation do not count). */
    static boolean isLatin(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
                return false;
            }
        }
        return true;
    }
}
