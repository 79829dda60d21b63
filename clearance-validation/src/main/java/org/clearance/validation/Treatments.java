package org.clearance.validation;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.clearance.model.Entity;
import org.clearance.model.Name;
import org.clearance.model.PartialDate;
import org.clearance.model.Schema;
import org.clearance.names.NameText;
import org.clearance.names.chinese.ChineseNames;
import org.clearance.names.org.OrgNames;
import org.clearance.names.org.OrgTokenKind;
import org.clearance.names.uyghur.UyghurNames;

/**
 * Every treatment of above-the-line testing, in the order the report lists them. Each is named, says what it
 * does, and draws its choices only from the random generator it is handed, so a seed reproduces every case.
 * The tables that shape a case (the keyboard, the titles, the legal forms, the middle names) are here, once.
 */
public final class Treatments {
    private Treatments() {}

    /** Neighbouring keys on a QWERTY keyboard: the slips of a typist. */
    static final Map<Character, String> NEIGHBOUR_KEYS = Map.ofEntries(
            Map.entry('q', "wa"), Map.entry('w', "qes"), Map.entry('e', "wrd"), Map.entry('r', "etf"), Map.entry('t', "ryg"),
            Map.entry('y', "tuh"), Map.entry('u', "yij"), Map.entry('i', "uok"), Map.entry('o', "ipl"), Map.entry('p', "ol"),
            Map.entry('a', "qsz"), Map.entry('s', "adw"), Map.entry('d', "sfe"), Map.entry('f', "dgr"), Map.entry('g', "fht"),
            Map.entry('h', "gjy"), Map.entry('j', "hku"), Map.entry('k', "jli"), Map.entry('l', "ko"), Map.entry('z', "xa"),
            Map.entry('x', "zcs"), Map.entry('c', "xvd"), Map.entry('v', "cbf"), Map.entry('b', "vng"), Map.entry('n', "bmh"),
            Map.entry('m', "nj"));
    /** Titles and honorifics written before a person's name in payment and customer records. */
    static final List<String> TITLES = List.of("Mr", "Mrs", "Dr", "Sheikh", "General", "Haji", "Colonel", "Prof.");
    /**
     * Legal forms put in place of an organisation's own, or added where it has none: the forms of the
     * jurisdictions whose companies the lists name most (US, UK, China, Russia, Germany, Iran, UAE).
     */
    static final List<String> LEGAL_FORMS = List.of("LLC", "Limited", "Co., Ltd.", "Inc.", "JSC", "GmbH", "Corporation", "FZE");
    /** Given names put in as an extra middle name: common across the lists' regions, none a title or legal form. */
    static final List<String> MIDDLE_NAMES = List.of("Ali", "Maria", "John", "Ahmed", "Anna", "Jose", "Ivan", "Hassan", "Marie", "Lee");

    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    /** The catalogue, in report order. */
    public static final List<Treatment> ALL = List.of(
            sampled("typo-swap", "two neighbouring letters of one word swapped (Zawahiri: Zawahrii)", latin(Treatments::swap)),
            sampled("typo-drop", "one letter of a word of five or more left out, never the first (Zawahiri: Zawhiri)", latin(Treatments::drop)),
            sampled("typo-double", "one letter of a word written twice (Zawahiri: Zawahhiri)", latin(Treatments::doubled)),
            sampled("typo-neighbour-key", "one letter replaced by a key next to it on a QWERTY keyboard (Zawahiri: Zawajiri)",
                    latin(Treatments::neighbourKey)),
            sampled("word-order", "a person's last word put first (Ayman al-Zawahiri: al-Zawahiri Ayman)", person(Treatments::lastFirst)),
            sampled("last-comma-first", "a person's name written 'Last, First Middle', or 'First Middle Last' where the list writes "
                    + "'LAST, First'", (e, random) -> e.schema() != Schema.PERSON ? Optional.empty()
                    : Words.latinName(e).flatMap(n -> Treatment.Variant.of(n.full(), n.full().contains(",")
                            ? Words.join(Words.natural(n.full())) : lastCommaFirst(Words.natural(n.full()))))),
            sampled("middle-dropped", "one middle word of a person's name of three or more words left out", person(Treatments::dropMiddle)),
            sampled("middle-added", "a common given name added as a middle name (one of " + String.join(", ", MIDDLE_NAMES) + ")",
                    person(Treatments::addMiddle)),
            sampled("initials", "a person's first given name written as its initial (A. al-Zawahiri)", person(Treatments::initial)),
            sampled("title", "a title or honorific put before a person's name (one of " + String.join(", ", TITLES) + ")",
                    person(Treatments::title)),
            sampled("legal-form", "an organisation's legal form replaced by another, or one added where it has none (one of "
                    + String.join(", ", LEGAL_FORMS) + ")", organisation(Treatments::legalForm)),
            sampled("parts-joined", "two neighbouring words written as one (Abdul Rahman: AbdulRahman)", latin(Treatments::joined)),
            sampled("part-split", "a word of eight or more letters split in two (Abdulrahman: Abdul rahman)", latin(Treatments::split)),
            sampled("script-cyrillic", "a person's Latin name written in Cyrillic letter by letter (ICU Latin-Cyrillic), as a Russian "
                    + "form might write a foreign name", person(icu("Latin-Cyrillic"))),
            sampled("script-arabic", "a person's Latin name written in Arabic script by ICU Latin-Arabic: consonants only, since it "
                    + "writes no vowel letters (Ayman al-Zawahiri: يمن ل-زوهر), harsher than any person's spelling", person(icu("Latin-Arabic"))),
            sampled("script-katakana", "a person's Latin name in Japanese katakana (ICU Latin-Katakana)", person(icu("Latin-Katakana"))),
            sampled("script-hangul", "a person's Latin name in Korean Hangul (ICU Latin-Hangul)", person(icu("Latin-Hangul"))),
            everyEntry("romanised-from-cyrillic", "an entry's Cyrillic name in the scholarly Latin (ICU Cyrillic-Latin, ISO 9: Ŝukin, "
                    + "Ûr'evič), not the BGN/PCGN spelling lists use", fromScript(UScript.CYRILLIC, icu1("Cyrillic-Latin"))),
            everyEntry("romanised-from-arabic", "an entry's Arabic-script name in Latin by ICU Arabic-Latin, folded to ASCII: "
                    + "consonants and long vowels only (يحيى السنوار: yhyy alsnwar), harsher than any romanisation in use",
                    fromScript(UScript.ARABIC, icu1("Arabic-Latin; Latin-ASCII"))),
            everyEntry("pinyin-from-han", "a name in Chinese characters written in pinyin: a person's family name first, given name "
                    + "joined (李方伟: Li Fangwei), an organisation's syllable by syllable (运达集团: Yun Da Ji Tuan)",
                    (e, random) -> fromScript(UScript.HAN, e.schema() == Schema.PERSON ? Treatments::pinyin : Treatments::syllables)
                            .make(e, random)),
            everyEntry("wade-giles", "a Chinese name listed in pinyin written in Wade-Giles, syllables hyphenated (Zhou Qingfeng: "
                    + "Chou Ch'ing-feng)", person(Treatments::wadeGiles)),
            everyEntry("uyghur-arabic-script", "a person's Latin name whose every word is a Uyghur name element (Erken Tuniyaz, also "
                    + "Ali Yunus) written in Uyghur Arabic script, element by element (names.uyghur name-elements.tsv)", person(w -> uyghur(w, 0, " "))),
            everyEntry("uyghur-han", "a person's Latin name whose every word is a Uyghur name element written in Chinese "
                    + "characters, element by element, with the middle dot (Erken Tuniyaz: 艾尔肯·吐尼亚孜)", person(w -> uyghur(w, 1, "·"))),
            sampled("birth-date-shifted", "a person's listed name with the listed birth year one year off, before or after",
                    Treatments::birthDateShifted));

    private static Treatment sampled(String id, String description, Treatment.Maker maker) {
        return new Treatment(id, description, false, maker);
    }

    private static Treatment everyEntry(String id, String description, Treatment.Maker maker) {
        return new Treatment(id, description, true, maker);
    }

    /** The treatment of this id. */
    public static Optional<Treatment> byId(String id) {
        return ALL.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** A change of the words of an entry's Latin name. */
    private interface WordChange {
        String change(List<String> words, RandomGenerator random);
    }

    /** A change of the words of the entry's Latin name as written. */
    private static Treatment.Maker latin(WordChange change) {
        return (e, random) -> Words.latinName(e).flatMap(n -> Treatment.Variant.of(n.full(), change.change(Words.written(n.full()), random)));
    }

    /** A change of the words of a person's Latin name in spoken order ("LAST, First" read as First LAST). */
    private static Treatment.Maker person(WordChange change) {
        return (e, random) -> e.schema() != Schema.PERSON ? Optional.empty()
                : Words.latinName(e).flatMap(n -> Treatment.Variant.of(n.full(), change.change(Words.natural(n.full()), random)));
    }

    private static Treatment.Maker person(Function<List<String>, String> change) {
        return person((words, random) -> change.apply(words));
    }

    private static Treatment.Maker organisation(WordChange change) {
        return (e, random) -> e.schema().isOrganisation() ? latin(change).make(e, random) : Optional.empty();
    }

    private static Treatment.Maker fromScript(int script, Function<String, String> write) {
        return (e, random) -> Words.nameIn(e, script).flatMap(n -> Treatment.Variant.of(n.full(), write.apply(n.full())));
    }

    private static Function<List<String>, String> icu(String id) {
        Function<String, String> t = icu1(id);
        return words -> t.apply(Words.join(words));
    }

    /** An ICU transform, its combining marks dropped (the vowel signs Arabic leaves unwritten, the dots of ISO 9 kept by NFC). */
    private static Function<String, String> icu1(String id) {
        ThreadLocal<Transliterator> t = ThreadLocal.withInitial(() -> Transliterator.getInstance(id));
        boolean dropMarks = id.startsWith("Latin-Arabic");
        return text -> {
            String out = t.get().transliterate(text);
            return dropMarks ? NFC.normalize(NFD.normalize(out).replaceAll("\\p{Mn}", "")) : out;
        };
    }

    private static String withLetters(List<String> words, int i, String word) {
        List<String> out = new ArrayList<>(words);
        out.set(i, word);
        return Words.join(out);
    }

    static String swap(List<String> words, RandomGenerator random) {
        int i = Words.wordOfLength(words, 4, random);
        if (i < 0) {
            return null;
        }
        String w = words.get(i);
        int at = 1 + random.nextInt(w.length() - 2);
        if (Character.toLowerCase(w.charAt(at)) == Character.toLowerCase(w.charAt(at + 1))) {
            return null; // swapping two like letters changes nothing
        }
        return withLetters(words, i, w.substring(0, at) + w.charAt(at + 1) + w.charAt(at) + w.substring(at + 2));
    }

    static String drop(List<String> words, RandomGenerator random) {
        int i = Words.wordOfLength(words, 5, random);
        if (i < 0) {
            return null;
        }
        String w = words.get(i);
        int at = 1 + random.nextInt(w.length() - 1);
        return withLetters(words, i, w.substring(0, at) + w.substring(at + 1));
    }

    static String doubled(List<String> words, RandomGenerator random) {
        int i = Words.wordOfLength(words, 3, random);
        if (i < 0) {
            return null;
        }
        String w = words.get(i);
        int at = random.nextInt(w.length());
        return withLetters(words, i, w.substring(0, at + 1) + w.charAt(at) + w.substring(at + 1));
    }

    static String neighbourKey(List<String> words, RandomGenerator random) {
        int i = Words.wordOfLength(words, 4, random);
        if (i < 0) {
            return null;
        }
        String w = words.get(i);
        int at = 1 + random.nextInt(w.length() - 1);
        char c = w.charAt(at);
        String keys = NEIGHBOUR_KEYS.get(Character.toLowerCase(c));
        if (keys == null) {
            return null;
        }
        char k = keys.charAt(random.nextInt(keys.length()));
        k = Character.isUpperCase(c) ? Character.toUpperCase(k) : k;
        return withLetters(words, i, w.substring(0, at) + k + w.substring(at + 1));
    }

    static String lastFirst(List<String> words) {
        if (words.size() < 2) {
            return null;
        }
        List<String> out = new ArrayList<>(words);
        out.add(0, out.remove(out.size() - 1));
        return Words.join(out);
    }

    static String lastCommaFirst(List<String> words) {
        if (words.size() < 2) {
            return null;
        }
        return words.get(words.size() - 1) + ", " + Words.join(words.subList(0, words.size() - 1));
    }

    static String dropMiddle(List<String> words, RandomGenerator random) {
        if (words.size() < 3) {
            return null;
        }
        List<String> out = new ArrayList<>(words);
        out.remove(1 + random.nextInt(words.size() - 2));
        return Words.join(out);
    }

    static String addMiddle(List<String> words, RandomGenerator random) {
        if (words.size() < 2) {
            return null;
        }
        List<String> out = new ArrayList<>(words);
        out.add(1 + random.nextInt(words.size() - 1), MIDDLE_NAMES.get(random.nextInt(MIDDLE_NAMES.size())));
        return Words.join(out);
    }

    static String initial(List<String> words) {
        if (words.size() < 2 || !Character.isLetter(words.get(0).codePointAt(0))) {
            return null;
        }
        List<String> out = new ArrayList<>(words);
        out.set(0, new String(Character.toChars(Character.toUpperCase(words.get(0).codePointAt(0)))) + ".");
        return Words.join(out);
    }

    static String title(List<String> words, RandomGenerator random) {
        return TITLES.get(random.nextInt(TITLES.size())) + " " + Words.join(words);
    }

    static String legalForm(List<String> words, RandomGenerator random) {
        List<String> out = new ArrayList<>(words);
        // the legal form is the run of words at the end that the organisation-name lexicon reads as legal forms
        while (out.size() > 1 && isLegalForm(out.get(out.size() - 1))) {
            out.remove(out.size() - 1);
        }
        String form = LEGAL_FORMS.get(random.nextInt(LEGAL_FORMS.size()));
        return Words.join(out) + " " + form;
    }

    private static boolean isLegalForm(String word) {
        List<String> tokens = NameText.tokens(word);
        return !tokens.isEmpty() && OrgNames.get().analyse(tokens).stream().allMatch(t -> t.kind() == OrgTokenKind.LEGAL_FORM);
    }

    static String joined(List<String> words, RandomGenerator random) {
        if (words.size() < 2) {
            return null;
        }
        int i = random.nextInt(words.size() - 1);
        List<String> out = new ArrayList<>(words);
        out.set(i, out.get(i) + out.remove(i + 1));
        return Words.join(out);
    }

    static String split(List<String> words, RandomGenerator random) {
        int i = Words.wordOfLength(words, 8, random);
        if (i < 0) {
            return null;
        }
        String w = words.get(i);
        int at = 3 + random.nextInt(w.length() - 5);
        return withLetters(words, i, w.substring(0, at) + " " + w.substring(at));
    }

    static String pinyin(String han) {
        List<String> syllables = ChineseNames.get().fromHan(han);
        if (syllables.size() < 2 || syllables.size() > 4) {
            return null; // not a person's name of family and given name
        }
        return Words.capitalised(syllables.get(0)) + " " + Words.capitalised(String.join("", syllables.subList(1, syllables.size())));
    }

    static String syllables(String han) {
        List<String> syllables = ChineseNames.get().fromHan(han);
        return syllables.isEmpty() ? null : Words.join(syllables.stream().map(Words::capitalised).toList());
    }

    static String wadeGiles(List<String> words) {
        ChineseNames chinese = ChineseNames.get();
        List<String> tokens = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        if (!chinese.isLikelyChineseName(tokens)) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String t : tokens) {
            List<String> parts = new ArrayList<>();
            for (String syllable : chinese.readings(t).get(0)) {
                Optional<String> wg = chinese.wadeGiles(syllable);
                if (wg.isEmpty()) {
                    return null;
                }
                parts.add(wg.get());
            }
            out.add(Words.capitalised(String.join("-", parts)));
        }
        return Words.join(out);
    }

    /** A Uyghur name's elements in one of their other written forms (0 Arabic script, 1 Han); null unless every word is a known element. */
    static String uyghur(List<String> words, int form, String separator) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            List<String> forms = UyghurNames.get().writtenForms(w.toLowerCase(Locale.ROOT));
            if (forms.isEmpty()) {
                return null;
            }
            out.add(forms.get(form));
        }
        return String.join(separator, out);
    }

    private static Optional<Treatment.Variant> birthDateShifted(Entity e, RandomGenerator random) {
        if (e.schema() != Schema.PERSON || e.birthDates().isEmpty()) {
            return Optional.empty();
        }
        Optional<Name> name = Words.latinName(e);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        PartialDate d = e.birthDates().get(0);
        int year = d.year() + (random.nextBoolean() ? 1 : -1);
        // 29 February of a year that has none becomes 28 February
        int day = d.month() == 2 && d.day() == 29 && !java.time.Year.isLeap(year) ? 28 : d.day();
        PartialDate shifted = new PartialDate(year, d.month(), day);
        return Optional.of(new Treatment.Variant(name.get().full() + " (born " + d + ")", name.get().full(), List.of(shifted)));
    }
}
