package org.clearance.names.transcribed;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.clearance.names.chinese.ChineseNames;
import org.clearance.names.japanese.JapaneseNames;
import org.clearance.names.korean.KoreanNames;
import org.clearance.names.transcribed.TranscriptionTable.Position;
import org.clearance.names.transcribed.TranscriptionTable.Script;
import org.clearance.names.transcribed.TranscriptionTable.Unit;

/**
 * Reads a foreign name written in katakana, Hangul or Chinese characters into {@link TranscribedWord}s: each
 * syllable as the readers of its script give it (Hepburn, jamo, pinyin), split into onset, vowel and final
 * consonant, each looked up in {@code transcription.tsv}. Which names are such transcriptions is the caller's to
 * say (a Korean or a Chinese name is read otherwise); a name with a syllable the table lacks reads as nothing.
 */
public final class TranscribedNames {
    private static final class Holder {
        static final TranscribedNames INSTANCE = new TranscribedNames();
    }

    /** Between the words of a name in characters: spaces, the middle dots, hyphens and the double hyphen ＝. */
    private static final Pattern HAN_WORD_BREAK = Pattern.compile("[\\s\\u3000\\u00b7\\u2022\\u30fb\\u2027\\-\\u2010\\uff0d=\\uff1d]+");
    /** Pinyin initials of two letters; every other initial is one consonant letter. */
    private static final List<String> PINYIN_DIGRAPHS = List.of("zh", "ch", "sh");
    /** The pinyin syllable 尔 er, which the Xinhua tables write for an r alone: the table has it as an onset. */
    private static final String PINYIN_ER = "er";
    private static final String KOREAN_LIQUID = "ㄹ";
    private static final String KOREAN_SIBILANTS = "ㅅㅆㅈㅉㅊ";
    private static final char KOREAN_J = 'ㅈ';
    private static final char KOREAN_CH = 'ㅊ';
    /** The vowels with a y (ㅑ ㅕ ㅛ ㅠ ㅒ ㅖ) and, in the same order, the vowels without it. */
    private static final String KOREAN_Y_VOWELS = "ㅑㅕㅛㅠㅒㅖ";
    private static final String KOREAN_PLAIN_VOWELS = "ㅏㅓㅗㅜㅐㅔ";
    private static final String KOREAN_WI = "ㅟ";
    private static final String KOREAN_I = "ㅣ";
    /** The onset of the katakana that write a syllable-final h with an echo of the vowel before it. */
    private static final String ECHO_ONSET = "h";
    /** Āl, "family of", as the Xinhua tables write it joined to the family name (阿勒沙特 Al Saud, 阿勒萨尼 Al Thani). */
    private static final String HAN_FAMILY_PREFIX = "阿勒";
    private static final String FAMILY = "al";
    /** The fewest characters of a foreign name with a title written onto it (塔拉勒亲王): fewer are a Chinese name's. */
    private static final int MIN_TITLED_NAME = 3;

    private final TranscriptionTable table = TranscriptionTable.load();
    /** The titles Chinese writes before or after a foreign name, longest first. */
    private final List<String> hanTitles = table.titles(Script.ZH);

    private TranscribedNames() {}

    public static TranscribedNames get() {
        return Holder.INSTANCE;
    }

    /** The words of a name written in katakana alone; empty when it is not, or a mora is not in the table. */
    public List<TranscribedWord> katakana(String name) {
        List<TranscribedWord> out = new ArrayList<>();
        for (String written : JapaneseNames.get().katakanaWords(name)) {
            List<Unit[]> syllables = new ArrayList<>();
            for (String mora : JapaneseNames.get().morae(written)) {
                Unit[] units = japaneseMora(mora);
                if (units == null) {
                    return List.of();
                }
                syllables.add(syllables.isEmpty() ? units : echoed(syllables.get(syllables.size() - 1), units));
            }
            if (syllables.isEmpty()) {
                return List.of();
            }
            out.add(word(Script.JA, written, syllables));
        }
        return List.copyOf(out);
    }

    /**
     * A mora of h whose vowel repeats the vowel before it, with that vowel free to leave out: Japanese writes the h
     * that ends an Arabic or Persian syllable as ハ, ヒ, ヘ or ホ echoing the vowel it follows (ファハド Fahd, メヘディ
     * Mehdi, ファタハ Fatah), as it writes other consonants with an epenthetic u or o.
     */
    private static Unit[] echoed(Unit[] before, Unit[] units) {
        Unit last = before[before.length - 1];
        if (units.length != 2 || !ECHO_ONSET.equals(units[0].reading()) || !last.segment().vowel()
                || !last.reading().equals(units[1].reading())) {
            return units;
        }
        Unit vowel = units[1];
        return new Unit[] {units[0], new Unit(vowel.reading(), vowel.segment().epenthetic(), vowel.epenthetic())};
    }

    /** The words of a name written in Hangul; empty when it is not, or a jamo is not in the table. */
    public List<TranscribedWord> hangul(String name) {
        List<TranscribedWord> out = new ArrayList<>();
        for (String written : KoreanNames.get().hangulWords(name)) {
            List<String> jamoWord = KoreanNames.jamo(written);
            List<Unit[]> syllables = new ArrayList<>();
            for (int i = 0; i < jamoWord.size(); i++) {
                String jamo = jamoWord.get(i);
                // the orthography writes an l between vowels as ㄹㄹ (알리 Ali): one l, not two
                boolean liquidTwice = jamo.length() == 3 && jamo.endsWith(KOREAN_LIQUID) && i + 1 < jamoWord.size()
                        && jamoWord.get(i + 1).startsWith(KOREAN_LIQUID);
                Unit[] units = syllable(Script.KO, jamo.substring(0, 1), plainAfterSibilant(jamo),
                        jamo.length() == 3 && !liquidTwice ? jamo.substring(2) : null);
                if (units == null) {
                    return List.of();
                }
                syllables.add(units);
            }
            out.add(word(Script.KO, written, syllables));
        }
        return List.copyOf(out);
    }

    /**
     * A Hangul syllable's vowel, its y left out after ㅅ, ㅆ, ㅈ, ㅉ and ㅊ: the loanword orthography writes sh
     * before a vowel as 샤 셔 쇼 슈 (션 Shaun, 이셔우드 Isherwood), and usage the j and ch of English as 쟈 and 쵸,
     * the y being the palatal consonant's, not a vowel's; 쉬 is usage's sh at a word's end (조쉬 Josh).
     */
    private static String plainAfterSibilant(String jamo) {
        String vowel = jamo.substring(1, 2);
        if (KOREAN_SIBILANTS.indexOf(jamo.charAt(0)) < 0) {
            return vowel;
        }
        int y = KOREAN_Y_VOWELS.indexOf(vowel);
        if (y >= 0) {
            return KOREAN_PLAIN_VOWELS.substring(y, y + 1);
        }
        return vowel.equals(KOREAN_WI) && jamo.charAt(0) != KOREAN_J && jamo.charAt(0) != KOREAN_CH ? KOREAN_I : vowel;
    }

    /** The words of a name written in Han characters; empty when a character's reading is not in the table. */
    public List<TranscribedWord> han(String name) {
        List<TranscribedWord> out = new ArrayList<>();
        for (String word : hanWords(name)) {
            List<Unit[]> syllables = new ArrayList<>();
            int[] chars = word.codePoints().toArray();
            for (int c : chars) {
                String ch = new String(Character.toChars(c));
                String reading = table.hanReading(ch);
                if (reading == null) {
                    List<String> r = ChineseNames.get().characterReadings(ch);
                    if (r.isEmpty()) {
                        return List.of();
                    }
                    reading = r.get(0);
                }
                Unit[] units = pinyin(reading);
                if (units == null) {
                    return List.of();
                }
                syllables.add(units);
            }
            if (!syllables.isEmpty()) {
                out.add(word(Script.ZH, word, syllables));
            }
        }
        return List.copyOf(out);
    }

    /** The words of a name in characters, a title written onto a word (塔拉勒亲王, 国王萨勒曼) taken apart from it. */
    private List<String> hanWords(String name) {
        List<String> out = new ArrayList<>();
        for (String word : HAN_WORD_BREAK.split(name.strip())) {
            String title = hanTitleOf(word);
            if (title == null) {
                out.add(word);
            } else if (word.endsWith(title)) {
                out.add(word.substring(0, word.length() - title.length()));
                out.add(title);
            } else {
                out.add(title);
                out.add(word.substring(title.length()));
            }
        }
        return out;
    }

    /**
     * The title a Han word begins or ends with, the rest being a foreign name of three characters at least; else
     * null. A Chinese name may hold a title's characters (王子文 Wang Ziwen, 李国王 Li Guowang), in two or three.
     */
    private String hanTitleOf(String word) {
        for (String title : hanTitles) {
            if (word.length() >= title.length() + MIN_TITLED_NAME && (word.endsWith(title) || word.startsWith(title))) {
                return title;
            }
        }
        return null;
    }

    /**
     * Whether a name in characters has a word with a title written onto it (塔拉勒亲王 Prince Talal): a foreign
     * name, which Chinese writes with no middle dot when it has one word.
     */
    public boolean hasHanTitle(String name) {
        for (String word : HAN_WORD_BREAK.split(name.strip())) {
            if (hanTitleOf(word) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word written in Han characters is a name particle the table knows (本 bin, 伊本 ibn). */
    public boolean isHanParticle(String word) {
        return !table.particle(Script.ZH, word).isEmpty();
    }

    /** A mora as Hepburn letters ("fa") or a mark (ッ ン ー). */
    private Unit[] japaneseMora(String mora) {
        Unit mark = table.unit(Script.JA, Position.CODA, mora);
        if (mark != null) {
            return new Unit[] {mark};
        }
        int v = firstVowel(mora);
        if (v < 0) {
            Unit vowel = table.unit(Script.JA, Position.VOWEL, mora); // the long-vowel mark
            return vowel == null ? null : new Unit[] {vowel};
        }
        return syllable(Script.JA, v == 0 ? TranscriptionTable.NO_ONSET : mora.substring(0, v), mora.substring(v), null);
    }

    /** A toneless pinyin syllable as initial, vowel and a final n, ng or the r of 尔. */
    private Unit[] pinyin(String syllable) {
        if (syllable.equals(PINYIN_ER)) {
            Unit r = table.unit(Script.ZH, Position.ONSET, PINYIN_ER);
            return new Unit[] {r};
        }
        int onset = PINYIN_DIGRAPHS.stream().anyMatch(syllable::startsWith) ? 2 : firstVowel(syllable) == 0 ? 0 : 1;
        String rest = syllable.substring(onset);
        String coda = rest.endsWith("ng") ? "ng" : rest.endsWith("n") ? "n" : null;
        String vowel = coda == null ? rest : rest.substring(0, rest.length() - coda.length());
        return syllable(Script.ZH, onset == 0 ? TranscriptionTable.NO_ONSET : syllable.substring(0, onset), vowel, coda);
    }

    /** The units of one syllable, null when the table lacks one; the coda may be null. */
    private Unit[] syllable(Script script, String onset, String vowel, String coda) {
        Unit o = table.unit(script, Position.ONSET, onset);
        Unit v = table.unit(script, Position.VOWEL, vowel);
        Unit c = coda == null ? null : table.unit(script, Position.CODA, coda);
        if (o == null || v == null || (coda != null && c == null)) {
            return null;
        }
        // a vowel written only because the syllable needs one: never before a final consonant, which needs it
        Unit vowelUnit = c == null && o.epenthetic().contains(vowel) ? new Unit(vowel, v.segment().epenthetic(), v.epenthetic()) : v;
        return c == null ? new Unit[] {o, vowelUnit} : new Unit[] {o, vowelUnit, c};
    }

    /** A word from its syllables' units: a particle when the table lists it; its text is its Latin reading. */
    private TranscribedWord word(Script script, String written, List<Unit[]> syllables) {
        List<Segment> segments = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < syllables.size(); s++) {
            Unit[] units = syllables.get(s);
            Unit[] next = s + 1 < syllables.size() ? syllables.get(s + 1) : null;
            for (int u = 0; u < units.length; u++) {
                Segment seg = units[u].segment();
                boolean last = u == units.length - 1;
                if (last && seg.vowel() && next != null && isLengthMark(next) && seg.leftOut() == 0) {
                    // a vowel the script lengthens (ルー) was heard, so it is no epenthetic vowel
                    seg = seg.leftOutFor(TranscribedAlignment.VOWEL_LEFT_OUT);
                } else if (last && seg.vowel() && seg.leftOut() > 0 && next != null && startsWithBareVowel(next)) {
                    Segment pair = table.pair(script, units[u].reading(), next[1].reading());
                    if (pair != null) {
                        // two vowels Latin may write as one: the next syllable's vowel is part of this one
                        seg = pair;
                        syllables.set(s + 1, new Unit[] {next[0]});
                    }
                } else if (last && !seg.vowel() && (u > 0 || units.length == 1) && next != null && sameConsonant(seg, next[0].segment())) {
                    // a final consonant the next syllable begins with again (アンナ, 안나, 安娜 Anna): Latin may write it once
                    seg = seg.leftOutFor(0);
                }
                segments.add(seg);
                if (seg.spellings().length > 0 && !isLengthMark(units)) {
                    text.append(seg.spellings()[0]);
                }
            }
        }
        List<String> particle = table.particle(script, written);
        List<String> title = table.title(script, written);
        List<String> latin = !particle.isEmpty() ? particle : !title.isEmpty() ? title : conventional(script, written);
        TranscribedWord.Kind kind = !particle.isEmpty() ? TranscribedWord.Kind.PARTICLE
                : !title.isEmpty() ? TranscribedWord.Kind.TITLE : TranscribedWord.Kind.NAME;
        return new TranscribedWord(latin.isEmpty() ? text.toString() : latin.get(0), latin, kind, segments);
    }

    /**
     * The Latin forms of a word written in a form fixed by custom, also after Āl joined to it (阿勒沙特 alsaud, which
     * a Latin name writes as Al Saud or Alsaud); an empty list for any other word.
     */
    private List<String> conventional(Script script, String written) {
        List<String> forms = table.conventional(script, written);
        if (forms.isEmpty() && script == Script.ZH && written.startsWith(HAN_FAMILY_PREFIX)) {
            return table.conventional(script, written.substring(HAN_FAMILY_PREFIX.length())).stream().map(f -> FAMILY + f).toList();
        }
        return forms;
    }

    /** Whether a syllable is a vowel alone: a silent onset and its vowel. */
    private static boolean startsWithBareVowel(Unit[] units) {
        return units.length == 2 && units[0].segment().spellings().length == 0 && units[1].segment().vowel();
    }

    private static boolean sameConsonant(Segment coda, Segment onset) {
        return coda.spellings().length > 0 && onset.spellings().length > 0 && !onset.vowel()
                && coda.spellings()[0].equals(onset.spellings()[0]);
    }

    private static boolean isLengthMark(Unit[] units) {
        return units.length == 1 && units[0].segment().vowel() && units[0].segment().leftOut() == 0;
    }

    private static int firstVowel(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (org.clearance.names.LatinLetters.isVowel(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
