package org.clearance.names.japanese;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearance.io.TsvResource;

/**
 * Kana (hiragana or katakana) to Latin letters: the syllables come from {@code kana-romaji.tsv}; the rules that
 * span syllables are here. A reading is first parsed into morae, then spelt in several {@link Style}s, because
 * lists spell the same Japanese name several ways (Satō as Sato, Satou, Satoh; Shimbun and Shinbun).
 */
final class KanaRomaniser {
    /** Separates the words of one reading: a long vowel never spans it (井上 イ|ノウエ keeps its u). */
    static final char WORD_BOUNDARY = '|';

    private static final char LONG_MARK = 'ー';
    private static final char SMALL_TSU = 'っ';
    private static final char SYLLABIC_N = 'ん';
    private static final int KATAKANA_TO_HIRAGANA = 'ア' - 'あ';
    /** Longest key of the table (yōon and loanword pairs). */
    private static final int MAX_KEY = 2;

    /** How a romanisation system spells a syllable. */
    enum System { HEPBURN, KUNREI, NIHON }

    /** How a long vowel (ō from おう, おお or ー) is written. */
    enum LongVowel {
        /** Modified Hepburn without macrons, as on Japanese passports: Satō → sato. */
        DROPPED,
        /** The kana as written: おう → ou, うう → uu, ー repeats its vowel. */
        AS_WRITTEN,
        /** The passport's optional "oh" for a long o (Satoh, Ohno); other long vowels dropped. */
        OH,
        /** Long vowels doubled: satoo, yuuki. */
        DOUBLED
    }

    /** One way of spelling: syllable system, long vowels, and n before b/m/p written m (Shimbun) or not. */
    record Style(System system, LongVowel longVowel, boolean labialM) {}

    /**
     * Styles likeliest first: modified Hepburn, then its long-vowel spellings, then the traditional m before
     * labials, then Kunrei and Nihon-shiki (used in some official and older records).
     */
    static final List<Style> STYLES = List.of(
            new Style(System.HEPBURN, LongVowel.DROPPED, false),
            new Style(System.HEPBURN, LongVowel.AS_WRITTEN, false),
            new Style(System.HEPBURN, LongVowel.OH, false),
            new Style(System.HEPBURN, LongVowel.DOUBLED, false),
            new Style(System.HEPBURN, LongVowel.DROPPED, true),
            new Style(System.HEPBURN, LongVowel.AS_WRITTEN, true),
            new Style(System.KUNREI, LongVowel.DROPPED, false),
            new Style(System.KUNREI, LongVowel.AS_WRITTEN, false),
            new Style(System.NIHON, LongVowel.DROPPED, false),
            new Style(System.NIHON, LongVowel.AS_WRITTEN, false),
            new Style(System.HEPBURN, LongVowel.OH, true),
            new Style(System.KUNREI, LongVowel.OH, false),
            new Style(System.KUNREI, LongVowel.DOUBLED, false));

    private final Map<String, String[]> syllables;

    private KanaRomaniser(Map<String, String[]> syllables) {
        this.syllables = Map.copyOf(syllables);
    }

    static KanaRomaniser load() {
        Map<String, String[]> map = new HashMap<>();
        for (String[] row : TsvResource.rows(KanaRomaniser.class, "kana-romaji.tsv")) {
            map.put(row[0].strip(), new String[] {row[1].strip(), row[2].strip(), row[3].strip()});
        }
        return new KanaRomaniser(map);
    }

    /** Whether a character is hiragana or katakana that this romaniser reads (the middle dot ・ is not). */
    static boolean isKana(int c) {
        return (c >= 'ぁ' && c <= 'ゖ') || (c >= 'ァ' && c <= 'ヺ') || c == LONG_MARK;
    }

    /**
     * The spellings of one kana reading in the given styles, in their order, without repeats; empty when the
     * reading holds something other than kana and word boundaries.
     */
    List<String> spell(String kana, List<Style> styles) {
        List<Mora> morae = parse(kana);
        if (morae.isEmpty()) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (Style style : styles) {
            String s = render(morae, style);
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    /** The modified Hepburn spelling alone. */
    String hepburn(String kana) {
        List<String> s = spell(kana, List.of(STYLES.get(0)));
        return s.isEmpty() ? "" : s.get(0);
    }

    /**
     * The morae of a kana word one by one: a syllable as its Hepburn spelling ("fa", "ru"), and the three marks
     * that are no syllable as written: {@value #SOKUON} (small tsu), {@value #MORAIC_N} (syllabic n) and
     * {@value #LONG_VOWEL} (a long vowel, from ー or a lengthening う/お). Empty when the word holds anything else.
     * Transcriptions of foreign names are aligned mora by mora (org.clearance.names.transcribed), where these
     * marks stand for several Latin spellings or none.
     */
    List<String> morae(String kana) {
        List<Mora> morae = parse(kana);
        List<String> out = new ArrayList<>(morae.size());
        for (Mora m : morae) {
            out.add(switch (m.kind()) {
                case SYLLABLE -> m.spelling(System.HEPBURN);
                case SOKUON -> SOKUON;
                case N -> MORAIC_N;
                case LONG -> LONG_VOWEL;
            });
        }
        return out;
    }

    static final String SOKUON = "ッ";
    static final String MORAIC_N = "ン";
    static final String LONG_VOWEL = "ー";

    // --- parsing into morae ---

    private enum Kind { SYLLABLE, SOKUON, N, LONG }

    /** A mora: a syllable's three spellings, a doubling mark, syllabic n, or a long vowel (with its kana vowel). */
    private record Mora(Kind kind, String[] spellings, char vowel, String written) {
        String spelling(System s) {
            return spellings[s.ordinal()];
        }
    }

    private List<Mora> parse(String text) {
        String kana = toHiragana(text);
        List<Mora> morae = new ArrayList<>();
        boolean wordStart = true;
        int i = 0;
        while (i < kana.length()) {
            char c = kana.charAt(i);
            if (c == WORD_BOUNDARY) {
                wordStart = true;
                i++;
                continue;
            }
            if (c == SMALL_TSU) {
                morae.add(new Mora(Kind.SOKUON, null, ' ', ""));
            } else if (c == SYLLABIC_N) {
                morae.add(new Mora(Kind.N, null, ' ', ""));
            } else if (c == LONG_MARK) {
                char v = lastVowel(morae);
                if (v != ' ') {
                    morae.add(new Mora(Kind.LONG, null, v, null));
                }
            } else {
                String[] found = null;
                int n = Math.min(MAX_KEY, kana.length() - i);
                for (; n > 0; n--) {
                    found = syllables.get(kana.substring(i, i + n));
                    if (found != null) {
                        break;
                    }
                }
                if (found == null) {
                    return List.of();
                }
                String hep = found[0];
                boolean bareVowel = hep.length() == 1;
                char prev = wordStart ? ' ' : lastVowel(morae);
                boolean nextIsVowel = i + n < kana.length() && startsWithVowel(kana.substring(i + n));
                // う after an o or u, お after an o, lengthen that vowel (さとう, おおの) unless a vowel follows,
                // where the う begins its own syllable pair (いのうえ, inoue).
                if (bareVowel && !nextIsVowel && ((hep.equals("u") && (prev == 'o' || prev == 'u'))
                        || (hep.equals("o") && prev == 'o'))) {
                    morae.add(new Mora(Kind.LONG, null, prev, hep));
                } else {
                    morae.add(new Mora(Kind.SYLLABLE, found, hep.charAt(hep.length() - 1), null));
                }
                i += n;
                wordStart = false;
                continue;
            }
            wordStart = false;
            i++;
        }
        return morae;
    }

    private boolean startsWithVowel(String rest) {
        String[] s = syllables.get(rest.substring(0, 1));
        return s != null && s[0].length() == 1;
    }

    private static char lastVowel(List<Mora> morae) {
        for (int i = morae.size() - 1; i >= 0; i--) {
            Mora m = morae.get(i);
            if (m.kind() == Kind.SYLLABLE || m.kind() == Kind.LONG) {
                return m.vowel();
            }
            if (m.kind() == Kind.N) {
                return ' ';
            }
        }
        return ' ';
    }

    private static String toHiragana(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(c >= 'ァ' && c <= 'ヶ' ? (char) (c - KATAKANA_TO_HIRAGANA) : c);
        }
        return b.toString();
    }

    // --- spelling ---

    private static String render(List<Mora> morae, Style style) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < morae.size(); i++) {
            Mora m = morae.get(i);
            switch (m.kind()) {
                case SYLLABLE -> {
                    String s = m.spelling(style.system());
                    if (i > 0 && morae.get(i - 1).kind() == Kind.SOKUON && !isVowel(s.charAt(0))) {
                        // Hepburn doubles ch as tch (matcha); every other consonant doubles itself.
                        b.append(s.startsWith("ch") ? 't' : s.charAt(0));
                    }
                    b.append(s);
                }
                case N -> {
                    String next = i + 1 < morae.size() && morae.get(i + 1).kind() == Kind.SYLLABLE
                            ? morae.get(i + 1).spelling(style.system()) : "";
                    boolean labial = !next.isEmpty() && "bmp".indexOf(next.charAt(0)) >= 0;
                    b.append(labial && style.labialM() ? 'm' : 'n');
                }
                case LONG -> b.append(longVowel(m, style.longVowel()));
                case SOKUON -> { }
                default -> throw new IllegalStateException(m.kind().toString());
            }
        }
        return b.toString();
    }

    private static String longVowel(Mora m, LongVowel how) {
        return switch (how) {
            case DROPPED -> "";
            case AS_WRITTEN -> m.written() != null ? m.written() : String.valueOf(m.vowel());
            case OH -> m.vowel() == 'o' ? "h" : "";
            case DOUBLED -> String.valueOf(m.vowel());
        };
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
