package org.clearance.supplychain.sectors;

/** Reading HS codes as written on trade documents: "5205", "5205.11", "520511", "5205.11.0000". */
final class HsCodes {
    static final int CHAPTER = 2;
    static final int SUBHEADING = 6;
    /** National tariff lines extend the 6-digit subheading to 8 (EU CN), 9 (Japan) or 10 digits (US HTS, China). */
    private static final int NATIONAL_MAX = 10;
    /** HS 2022 chapter 77 is reserved for future use; chapters 98 and 99 are left to national use. */
    private static final int RESERVED_CHAPTER = 77;
    private static final int LAST_CHAPTER = 97;
    /** Longer input cannot be a code; checked before any copying. */
    private static final int MAX_INPUT = 40;

    private HsCodes() {}

    /** The code's digits with the separators written between them removed, or null when it is no HS code. */
    static String digits(String hs) {
        if (hs == null || hs.isEmpty() || hs.length() > MAX_INPUT) {
            return null;
        }
        StringBuilder d = new StringBuilder(NATIONAL_MAX);
        String s = hs.strip();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                d.append(c);
            } else if ((c != '.' && c != ' ' && c != '-') || i == 0 || !isDigit(s, i - 1) || !isDigit(s, i + 1)) {
                return null; // a separator only between digits: "52..05" or "5205." is a typo, not a code
            }
        }
        return isValid(d.toString()) ? d.toString() : null;
    }

    /** Whether digits form a chapter, heading, subheading or national line of an existing HS 2022 chapter. */
    static boolean isValid(String d) {
        int n = d.length();
        if (!(n == CHAPTER || n == 4 || n == SUBHEADING || (n >= 8 && n <= NATIONAL_MAX)) || !d.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int chapter = Integer.parseInt(d.substring(0, 2));
        if (chapter < 1 || chapter > LAST_CHAPTER || chapter == RESERVED_CHAPTER) {
            return false;
        }
        return n == CHAPTER || !d.startsWith("00", 2); // headings are numbered from 01 within their chapter
    }

    /** "520511" as "5205.11", "52" as "52". */
    static String dotted(String d) {
        return d.length() <= 4 ? d : d.substring(0, 4) + "." + d.substring(4);
    }

    private static boolean isDigit(String s, int i) {
        return i >= 0 && i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }
}
