package org.clearance.names.chinese;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.clearance.io.TsvResource;
import org.clearance.names.Scripts;

/**
 * Pinyin syllables of a name written in Han characters: ICU's "Han-Latin; Latin-ASCII" for every
 * character, except that the leading surname takes its surname reading ({@code han-surname-readings.tsv}),
 * where ICU gives the character's everyday reading (单 dan, but the surname is shan).
 */
final class HanReader {
    /** Longest entry in han-surname-readings.tsv. */
    private static final int MAX_SURNAME_CHARS = 2;
    /** Transcribed foreign names (迪丽热巴·迪力木拉提, 查尔斯·达尔文) separate parts with these dots. */
    private static final String FOREIGN_NAME_DOTS = "\u00B7\u2022\u30FB\u2027\u2219\uFF0E";

    // ICU transliterators are not documented as safe for concurrent use: one per thread.
    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII"));
    private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

    private final Map<String, List<String>> surnameReadings;
    // ICU reads Han character by character but takes ~30 µs a name; remembering each character's
    // result (at most the ~100,000 Han code points) makes a name a few map look-ups.
    private final Map<Integer, String> simplifiedByChar = new ConcurrentHashMap<>();
    private final Map<Integer, String> syllableByChar = new ConcurrentHashMap<>();

    private HanReader(Map<String, List<String>> surnameReadings) {
        this.surnameReadings = Map.copyOf(surnameReadings);
    }

    static HanReader load() {
        Map<String, List<String>> map = new HashMap<>();
        for (String[] row : TsvResource.rows(HanReader.class, "han-surname-readings.tsv")) {
            map.put(row[0].strip(), List.of(row[1].strip().split(" ")));
        }
        return new HanReader(map);
    }

    List<String> syllables(String text) {
        List<String> out = new ArrayList<>();
        read(text, out, null);
        return List.copyOf(out);
    }

    /** The characters, in simplified form, that {@link #syllables} reads, one for each syllable, in its order. */
    List<String> syllableCharacters(String text) {
        List<String> out = new ArrayList<>();
        read(text, new ArrayList<>(), out);
        return List.copyOf(out);
    }

    private void read(String text, List<String> syllables, List<String> characters) {
        if (text == null || text.isEmpty()) {
            return;
        }
        String simplified = simplifiedHan(text);
        if (simplified.isEmpty()) {
            return;
        }
        int rest = 0;
        if (startsWithHan(text) && !isForeignTranscription(text)) {
            for (int n = Math.min(MAX_SURNAME_CHARS, simplified.length()); n > 0 && rest == 0; n--) {
                List<String> reading = surnameReadings.get(simplified.substring(0, n));
                if (reading != null) {
                    syllables.addAll(reading);
                    rest = n;
                }
            }
        }
        if (characters != null) {
            // han-surname-readings.tsv gives one syllable per character
            simplified.substring(0, rest).codePoints().forEach(cp -> characters.add(Character.toString(cp)));
        }
        characters(simplified.substring(rest), syllables, characters);
    }

    /**
     * The Han characters of a Chinese name in simplified form, the first being its surname's; empty for a text
     * not beginning with Han or a foreign name transcribed, which has no surname.
     */
    String nameCharacters(String text) {
        return text == null || !startsWithHan(text) || isForeignTranscription(text) ? "" : simplifiedHan(text);
    }

    /** Each character's own reading, no surname read as one: a foreign name transcribed has no surname. */
    List<String> characterReadings(String text) {
        List<String> out = new ArrayList<>();
        characters(simplifiedHan(text), out, null);
        return out;
    }

    /** Each character's reading into {@code syllables}, and the character itself into {@code characters} if given. */
    private void characters(String simplified, List<String> syllables, List<String> characters) {
        simplified.codePoints().forEach(cp -> {
            String syllable = syllableByChar.computeIfAbsent(cp, HanReader::readOne);
            if (!syllable.isEmpty()) {
                syllables.add(syllable);
                if (characters != null) {
                    characters.add(Character.toString(cp));
                }
            }
        });
    }

    /** The text with each Han character in simplified form, character for character; other characters kept. */
    String simplified(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> b.append(Scripts.isHan(cp) ? simplifiedByChar.computeIfAbsent(cp, HanReader::simplifyOne)
                : Character.toString(cp)));
        return b.toString();
    }

    /** The Han characters of the text in simplified form, in order; other characters dropped. */
    private String simplifiedHan(String text) {
        StringBuilder b = new StringBuilder();
        text.codePoints().filter(Scripts::isHan)
                .forEach(cp -> b.append(simplifiedByChar.computeIfAbsent(cp, HanReader::simplifyOne)));
        return b.toString();
    }

    private static String simplifyOne(int cp) {
        return TO_SIMPLIFIED.get().transliterate(new String(Character.toChars(cp)));
    }

    /** ICU's reading of one character; empty when ICU has none (it then returns the character). */
    private static String readOne(int cp) {
        return lettersOnly(TO_LATIN.get().transliterate(new String(Character.toChars(cp))));
    }

    private static boolean startsWithHan(String text) {
        return text.codePoints().filter(Character::isLetter).findFirst().stream().anyMatch(Scripts::isHan);
    }

    private static boolean isForeignTranscription(String text) {
        return text.chars().anyMatch(c -> FOREIGN_NAME_DOTS.indexOf(c) >= 0);
    }

    private static String lettersOnly(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                b.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                b.append((char) (c + ('a' - 'A')));
            }
        }
        return b.toString();
    }
}
