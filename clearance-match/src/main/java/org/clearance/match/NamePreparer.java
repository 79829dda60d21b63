package org.clearance.match;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.Map;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.clearance.model.NameKind;
import org.clearance.model.Schema;
import org.clearance.names.Designations;
import org.clearance.names.Memo;
import org.clearance.names.NameText;
import org.clearance.names.PatronymicChain;
import org.clearance.names.PhoneticSkeleton;
import org.clearance.names.BelarusianEndings;
import org.clearance.names.GivenNameForms;
import org.clearance.names.ServantOf;
import org.clearance.names.Titles;
import org.clearance.names.abjad.AbjadLetters;
import org.clearance.names.japanese.JapaneseNames;
import org.clearance.names.korean.KoreanNames;
import org.clearance.names.chinese.ChineseNames;
import org.clearance.names.org.OrgNames;
import org.clearance.names.org.OrgToken;
import org.clearance.names.org.OrgTokenKind;
import org.clearance.names.transcribed.TranscribedNames;
import org.clearance.names.transcribed.TranscribedWord;
import org.clearance.names.uyghur.UyghurNames;

/**
 * Turns names into {@link PreparedName}s with the weights of one index. Organisation names have their
 * legal forms reduced to a class ("Co., Ltd." and "Company Limited" both read {@code ~ltd}) and their
 * generic and place words weighed down; person names get Uyghur readings; Han-script Uyghur names are
 * read element by element rather than syllable by syllable.
 *
 * <p>The weights come from {@link TokenWeights} and their settings in {@link MatchConfig}. The lengths kept as
 * constants here ({@link #MIN_JAPANESE_KANJI}, the shortest unmarked Uyghur word in characters) decide how a name is
 * read, into which parts, not how much a part says: they are name knowledge, as the tables of the names module are.
 */
final class NamePreparer {
    /** Marks a legal-form class so it never equals a word of a name. */
    static final String LEGAL_FORM_PREFIX = "~";
    /** Han names at least this long without a word mark may still be one Uyghur word (买买提明). */
    private static final int MIN_UYGHUR_HAN_WORD = 4;

    private final TokenWeights weights;
    private final OrgNames orgs = OrgNames.get();
    private final UyghurNames uyghur = UyghurNames.get();
    private final ChineseNames chinese = ChineseNames.get();
    private final KoreanNames korean = KoreanNames.get();
    private final JapaneseNames japanese = JapaneseNames.get();
    private final TranscribedNames transcriptions = TranscribedNames.get();
    /**
     * A person's name parts prepared, by text: their Chinese and Uyghur readings and keys cost several ICU passes and
     * segmentations, and the same parts recur thousands of times in the lists and across queries. Null for a
     * preparer of one request's own weights, used once.
     */
    private final Memo<Part, Token> personParts;

    /** A part as prepared: its text, whether it was read from Han, and its weight in the name. */
    private record Part(String text, boolean fromHan, double weight) {}

    /** A preparer that remembers nothing, for names prepared once. Safe to share between threads. */
    NamePreparer(TokenWeights weights) {
        this.weights = weights;
        this.personParts = null;
    }

    /**
     * A preparer that remembers up to {@code rememberedParts} person name parts, from any thread.
     */
    NamePreparer(TokenWeights weights, int rememberedParts) {
        this.weights = weights;
        this.personParts = new Memo<>(rememberedParts, p -> computeToken(p.text(), p.weight(), true, p.fromHan()));
    }

    PreparedName prepare(String original, NameKind kind, Schema schema) {
        // no real name is longer; the readers below (Kuromoji, Hangul, abjad words) would otherwise take
        // any length a hostile query gives them
        String name = original.length() > NameText.MAX_CHARS ? original.substring(0, NameText.MAX_CHARS) : original;
        int script = NameText.script(name);
        boolean latin = script == UScript.LATIN || script == UScript.COMMON;
        boolean han = script == UScript.HAN;
        // a name in characters is read piece by piece, element by element or syllable by syllable below:
        // its whole transliteration, the dearest step of all, is needed only when none of these applies
        List<String> parts = han ? null : initials(NameText.tokens(name), schema);
        List<Token> tokens = null;
        // a company's name written in pinyin syllable by syllable, as forms and bank messages write it
        List<OrgToken> bySyllables = null;
        if (schema != Schema.PERSON && schema != Schema.VESSEL && schema != Schema.AIRCRAFT) {
            bySyllables = latin ? orgs.analyseSyllables(parts, schema.isOrganisation()).orElse(null) : null;
            tokens = organisation(name, parts, script, bySyllables);
        }
        boolean orgTagged = tokens != null;
        boolean organisation = schema.isOrganisation();
        // a name in katakana alone is a foreign name as Japanese writes it (Japanese names are written in kanji)
        if (tokens == null && !organisation && script == UScript.KATAKANA) {
            tokens = transcribed(transcriptions.katakana(name));
        }
        // a title written onto a name in characters (塔拉勒亲王 Prince Talal) marks a foreign name, as a middle dot does
        if (tokens == null && han && !organisation && transcriptions.hasHanTitle(name)) {
            tokens = dottedHan(name);
        }
        if (tokens == null && !organisation && (han || script == UScript.HIRAGANA || script == UScript.KATAKANA)
                && !WORD_DOT.matcher(name).find() && (!han || !isShortHanName(name)) && japanese.isJapanese(name)) {
            tokens = spoken(japanese.parts(name));
        }
        if (tokens == null && !organisation && script == UScript.HANGUL) {
            tokens = korean.isKoreanPersonName(name) ? southern(spoken(korean.parts(name))) : transcribed(transcriptions.hangul(name));
        }
        if (tokens == null && han && !organisation) {
            tokens = WORD_DOT.matcher(name).find() ? dottedHan(name) : uyghurHan(name);
        }
        // a Uyghur name in characters stays one (its skeletons kept) when a word of it is transcribed (dottedHan)
        boolean transcribed = tokens != null && tokens.stream().anyMatch(t -> t.transcribed() != null)
                && !(han && isUyghurName(tokens));
        boolean spoken = tokens != null && tokens.stream().anyMatch(Token::spoken);
        if (tokens == null && AbjadLetters.isAbjad(script) && !AbjadLetters.isUyghur(name)) {
            tokens = abjad(name, schema);
        }
        if (tokens == null) {
            if (han) {
                List<String> syllables = chinese.fromHan(name); // surname readings ICU gets wrong (单 shan)
                parts = syllables.isEmpty() ? NameText.tokens(name) : syllables;
            }
            tokens = new ArrayList<>(parts.size());
            boolean person = schema == Schema.PERSON || schema == Schema.LEGAL_ENTITY;
            // a Cyrillic word also as ISO 9 writes it, a Greek or Indic one as its foreign name (NameText.otherTokens), part
            // for part (words that split alike)
            List<String> iso = NameText.otherTokens(name);
            boolean alike = iso.size() == parts.size();
            // a person's name in Cyrillic may render an Arabic-script name (Юсуф Кардави), whose Latin spellings its
            // letters are aligned with, word for word
            List<String> rendered = person && script == UScript.CYRILLIC ? cyrillicWords(name) : List.of();
            boolean renders = rendered.size() == parts.size();
            int styled = designation(parts, schema, script == UScript.CYRILLIC || script == UScript.GREEK);
            for (int i = 0; i < parts.size(); i++) {
                String p = parts.get(i);
                boolean title = person && (i >= styled || Titles.isTitle(p) && parts.size() > 1);
                Token t = token(p, weights.of(p), person, han);
                // a Latin part of a person's name with a Belarusian ending also with the Russian one (Novikau, Novikov)
                String other = alike ? iso.get(i) : latin && person ? BelarusianEndings.russianForm(p) : null;
                tokens.add((title ? t.asTitle(weights.title()) : t).spelt(other)
                        .rendering(renders ? AbjadLetters.ofCyrillic(rendered.get(i)) : null));
            }
            if (han && person) {
                withHanReadings(name, tokens);
            }
        }
        tokens = NumberTokens.read(tokens, schema, weights);
        List<String> skeletons = latin ? skeletons(parts) : lossy(name, script, transcribed) ? foreignSkeletons(name) : List.of();
        boolean syllables = bySyllables != null;
        boolean chineseName = !schema.isOrganisation() && !transcribed && !syllables
                && (script == UScript.HAN || (latin && chinese.isLikelyChineseName(parts)));
        List<Integer> generations = List.of();
        if (!organisation) {
            List<String> texts = new ArrayList<>(tokens.size());
            tokens.forEach(t -> texts.add(t.text()));
            generations = PatronymicChain.generations(texts);
        }
        PreparedName.Shape shape = schema == Schema.PERSON || spoken || !orgTagged && han && isShortHanName(name)
                && !tokens.isEmpty() && chinese.isSurname(tokens.get(0).text()) ? PreparedName.Shape.PERSON
                : organisation || orgTagged && tokens.stream().anyMatch(t -> t.text().startsWith(LEGAL_FORM_PREFIX))
                ? PreparedName.Shape.ORGANISATION : PreparedName.Shape.EITHER;
        return new PreparedName(original, kind, tokens, latin, skeletons, chineseName, JoinedParts.of(tokens), generations, shape,
                leadingTitles(tokens), syllables, syllables ? runs(bySyllables, parts) : Map.of(), 0);
    }

    /** How many parts are titles before the first that is not (a name that is all titles has none). */
    private static int leadingTitles(List<Token> tokens) {
        int n = 0;
        while (n < tokens.size() && tokens.get(n).title()) {
            n++;
        }
        return n == tokens.size() ? 0 : n;
    }

    /**
     * Gives each syllable of a Chinese name in characters its Cantonese spellings, and its surname's syllable the
     * surname's character, which the dialect spellings of that surname meet (NameScorer.romanised).
     */
    private void withHanReadings(String name, List<Token> syllables) {
        List<Set<String>> cantonese = chinese.cantonese(name);
        if (cantonese.size() != syllables.size()) {
            return;
        }
        String surname = chinese.surnameCharacter(name).orElse(null);
        for (int i = 0; i < syllables.size(); i++) {
            Set<String> read = new LinkedHashSet<>(cantonese.get(i));
            if (i == 0 && surname != null) {
                read.add(surname);
            }
            if (!read.isEmpty()) {
                syllables.set(i, syllables.get(i).withHanReadings(read));
            }
        }
    }

    /**
     * An acronym written with dots or spaces (A.B.C., A B C) as one part, in a name that is an organisation's or
     * may be one; a person's initials stay apart ({@link OrgNames#joinInitials}) but for a title's (H.R.H.).
     */
    private List<String> initials(List<String> parts, Schema schema) {
        return schema == Schema.PERSON ? Titles.joinLetters(parts) : orgs.joinInitials(parts, schema == Schema.LEGAL_ENTITY);
    }

    /**
     * Whether a name in characters alone is written as Chinese names are: without a space, in fewer than
     * {@value #MIN_JAPANESE_KANJI} characters (a one-character surname and a given name of one or two). Japanese
     * names in kanji are mostly two and two; a shorter one read the Japanese way would turn Chinese names
     * (王岐山) into Japanese readings, so kana or a space must say it is Japanese.
     */
    private static boolean isShortHanName(String name) {
        String s = name.strip();
        return s.codePointCount(0, s.length()) < MIN_JAPANESE_KANJI && s.indexOf(' ') < 0 && s.indexOf('\u3000') < 0;
    }

    /** Names in kanji alone shorter than this, and unspaced, are read as Chinese. */
    static final int MIN_JAPANESE_KANJI = 4;

    /**
     * Parts read into their Latin spellings ({@link KoreanNames}, {@link JapaneseNames}), each weighing as its
     * commonest spelling does in the lists (Kim, not the Revised Romanization Gim); null when none was read.
     */
    private List<Token> spoken(List<List<String>> parts) {
        List<Token> out = new ArrayList<>(parts.size());
        for (List<String> readings : parts) {
            if (readings.isEmpty()) {
                continue;
            }
            double w = 1.0;
            for (String r : readings) {
                w = Math.min(w, weights.of(r));
            }
            out.add(Token.spoken(readings, w));
        }
        return out.isEmpty() ? null : out;
    }

    /** Korean parts with their South Korean form under the initial-sound law as another spelling (리 ri, also i). */
    private static List<Token> southern(List<Token> parts) {
        if (parts == null) {
            return null;
        }
        List<Token> out = new ArrayList<>(parts.size());
        parts.forEach(t -> out.add(t.spelt(KoreanNames.initialSoundLaw(t.text()))));
        return out;
    }

    /**
     * The words of a transcribed foreign name, each keeping its written sounds for alignment with Latin parts: a
     * particle weighs as its Latin form, another word as {@link MatchConfig#abjadWeight()} at most (its reading is no Latin
     * spelling the lists could count); null when the name did not read as a transcription.
     */
    private List<Token> transcribed(List<TranscribedWord> words) {
        if (words.isEmpty()) {
            return null;
        }
        List<Token> out = new ArrayList<>(words.size());
        for (TranscribedWord w : words) {
            Token t = Token.transcribed(w.isParticle() ? weights.of(w.text()) : Math.min(weights.abjadCeiling(), weights.of(w.text())), w);
            out.add(w.isTitle() ? t.asTitle(weights.title()) : t);
        }
        return out;
    }

    /**
     * The words of a name written in an abjad, each keeping its letters for alignment with Latin parts. A word
     * whose commonness cannot be looked up (the lists write names in Latin) weighs {@link MatchConfig#abjadWeight()}; a
     * particle (bin, abu, al) weighs as its Latin form does and is written as it.
     */
    private List<Token> abjad(String name, Schema schema) {
        List<Token> out = new ArrayList<>();
        List<Token> titles = new ArrayList<>();
        List<String> written = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (String word : abjadWords(name)) {
            String letters = AbjadLetters.of(word);
            String text = String.join("", NameText.tokens(word));
            if (!letters.isEmpty() && !text.isEmpty()) {
                written.add(letters);
                texts.add(text);
            }
        }
        int styled = designation(written, schema, false);
        String servantOf = null; // "abd" waiting for the name it belongs to
        String servantText = ""; // an article written apart between them
        for (int i = 0; i < written.size(); i++) {
            String letters = written.get(i);
            String text = texts.get(i);
            String particle = AbjadLetters.particle(letters);
            if (i >= styled || servantOf == null && Titles.isTitle(letters)) {
                titles.add(Token.abjad(text, abjadWeight(letters), letters));
            } else if (servantOf != null && ARTICLE.equals(particle) && i + 1 < written.size()) {
                // the article written apart (עבד אל עזיז, as Hebrew writes 'Abd al-'Aziz) belongs to the name after it
                servantOf += letters;
                servantText += text;
            } else if (servantOf != null) {
                // 'abd al-X ("servant of X") is one name however it is spaced: عبد الله, Abdullah, Abd Allah
                out.add(Token.abjad(SERVANT_OF + servantText + text, abjadWeight(servantOf + letters), servantOf + letters));
                servantOf = null;
                servantText = "";
            } else if (SERVANT_OF.equals(particle)) {
                servantOf = letters;
            } else if (letters.equals(ALLAH) && !out.isEmpty() && joinsAllah(out.get(out.size() - 1))) {
                // a name and Allah (سيف الله, Saifullah; هداية الله, Hidayatullah) is one given name written in two
                // words, which the lists write joined: one part, so that it is no given and family name
                Token before = out.remove(out.size() - 1);
                out.add(Token.abjad(before.text() + text, abjadWeight(before.abjad() + letters), before.abjad() + letters));
            } else {
                out.add(particle != null ? Token.abjad(particle, weights.of(particle), letters)
                        : Token.abjad(text, abjadWeight(letters), letters));
            }
        }
        if (servantOf != null) {
            out.add(Token.abjad(SERVANT_OF, weights.of(SERVANT_OF), servantOf));
        }
        // a title weighs little beside a name, but a name that is only a title is still that word
        if (!out.isEmpty()) {
            titles.replaceAll(t -> t.asTitle(weights.title()));
        }
        out.addAll(0, titles);
        return out.isEmpty() ? null : out;
    }

    /**
     * Where the designation of a person's name begins ("Fahd of Saudi Arabia", {@link Designations}), whose words weigh
     * as titles; the number of parts when there is none. A person's name only, or a party's name with a title: "of
     * China" ends many organisations' names.
     */
    private static int designation(List<String> parts, Schema schema, boolean declined) {
        boolean person = schema == Schema.PERSON || schema == Schema.LEGAL_ENTITY && parts.stream().anyMatch(Titles::isTitle);
        return person ? Designations.start(parts, declined) : parts.size();
    }

    /**
     * The weight of a word written in an abjad: as common as the Latin parts of the lists that could spell it
     * ({@link TokenWeights#ofLetters}), at most {@link MatchConfig#abjadWeight()}.
     */
    private double abjadWeight(String letters) {
        return Math.min(weights.abjadCeiling(), weights.ofLetters(letters));
    }

    /** Whether a word before Allah makes one name with it: a name, not a particle or another such name. */
    private static boolean joinsAllah(Token before) {
        return AbjadLetters.particle(before.abjad()) == null && !before.abjad().endsWith(ALLAH);
    }

    /** Allah as {@link AbjadLetters#of} writes it. */
    private static final String ALLAH = AbjadLetters.of("الله");
    /** The particle that begins a theophoric name ('Abd al-Aziz), as particles.tsv writes it. */
    private static final String SERVANT_OF = "abd";
    /** The Arabic article, as particles.tsv writes it. */
    private static final String ARTICLE = "al";
    /**
     * Between the words of a name: anything but letters, the marks written on them, the zero-width non-joiner and a
     * geresh after a Hebrew letter, which makes it another letter (ג'ון John: AbjadLetters).
     */
    private static final Pattern ABJAD_WORD_BREAK = Pattern.compile("(?:[^\\p{L}\\p{M}\\u200C" + AbjadLetters.GERESH
            + "]|(?<![\\u05D0-\\u05EA])[" + AbjadLetters.GERESH + "])+");
    /**
     * The zero-width non-joiner, which Persian and Urdu write inside a word (خامنه‌ای Khamenei, آیت‌الله): a title so
     * written stays one word; a name's pieces are compared apart, as Latin spells the silent he and the alif after it
     * (ه‌ای, -ei) otherwise than the letters align.
     */
    private static final Pattern NON_JOINER = Pattern.compile("\u200C+");

    /** The words of a name written in an abjad, a word that the non-joiner splits kept whole only when it is a title. */
    private static List<String> abjadWords(String name) {
        List<String> out = new ArrayList<>();
        for (String word : ABJAD_WORD_BREAK.split(name)) {
            if (word.indexOf('\u200C') < 0 || Titles.isTitle(AbjadLetters.of(word))) {
                out.add(word);
            } else {
                out.addAll(List.of(NON_JOINER.split(word)));
            }
        }
        return out;
    }

    /** The words of a name written in Cyrillic, split where {@link NameText#tokens} splits its reading. */
    private static List<String> cyrillicWords(String name) {
        List<String> out = new ArrayList<>();
        for (String w : CYRILLIC_WORD_BREAK.split(name)) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Between the words of a name: anything but letters, digits and the marks written on letters. */
    private static final Pattern CYRILLIC_WORD_BREAK = Pattern.compile("[^\\p{L}\\p{M}\\p{Nd}]+");

    private Token token(String text, double weight, boolean person, boolean fromHan) {
        return person && personParts != null ? personParts.get(new Part(text, fromHan, weight))
                : computeToken(text, weight, person, fromHan);
    }

    private Token computeToken(String text, double weight, boolean person, boolean fromHan) {
        Set<String> readings = Set.of();
        Set<String> hanReadings = Set.of();
        String crossKey = null;
        if (person) {
            if (!fromHan) {
                hanReadings = new LinkedHashSet<>(joined(chinese.systematicReadings(text)));
                hanReadings.addAll(chinese.surnameCharacters(text));
            }
            Set<String> r = new LinkedHashSet<>(chineseReadings(text));
            String spelling = PatronymicChain.linkReading(text);
            if (spelling == null) {
                spelling = ServantOf.reading(text);
            }
            if (spelling != null && !spelling.equals(text)) {
                r.add(spelling);
            }
            // the forms of one given name in Russian, Ukrainian and Belarusian (Aleksandr, Oleksandr, Aliaksandr) share
            // one reading, the form itself too, so that any two of them meet as readings of the name
            String name = GivenNameForms.name(text);
            if (name != null) {
                r.add(name);
            }
            if (text.length() > 2) {
                r.addAll(uyghur.readings(text));
                // a Chinese syllable read from Han is no Uyghur word: only Latin parts get the coarse key
                crossKey = fromHan ? null : uyghur.skeleton(text);
            }
            readings = r;
        }
        return new Token(text, TokenSimilarity.phonetic(text), weight, readings, crossKey, fromHan, hanReadings);
    }

    private static List<String> joined(List<List<String>> readings) {
        List<String> out = new ArrayList<>(readings.size());
        for (List<String> r : readings) {
            out.add(String.join("", r));
        }
        return out;
    }

    /**
     * The pinyin readings of a romanised Chinese part, joined per reading. A part that is pinyin itself
     * reads only as itself: "chen" may be Wade-Giles for zhen, but read that way it would pair every
     * Chen with every Zhen; Wade-Giles and dialect spellings that are no pinyin ("hsi", "chou", "wong")
     * get all their readings.
     */
    private List<String> chineseReadings(String text) {
        List<List<String>> readings = chinese.readings(text);
        if (readings.isEmpty()) {
            return List.of();
        }
        String first = String.join("", readings.get(0));
        return first.equals(text) ? List.of(text) : joined(readings);
    }

    /**
     * Legal forms as classes, generic and place words weighed down; null when the name has none of them.
     *
     * @param parts the name's tokens; not used (and null) for a name in Han script, which is tagged as written
     * @param bySyllables the Latin name as {@link OrgNames#analyseSyllables} read it, or null to tag it as written
     */
    private List<Token> organisation(String name, List<String> parts, int script, List<OrgToken> bySyllables) {
        List<OrgToken> tagged = script == UScript.HAN ? hanOrganisation(name) : bySyllables != null ? bySyllables : orgs.analyse(parts);
        if (tagged == null || tagged.stream().allMatch(t -> t.kind() == OrgTokenKind.OTHER)) {
            return null;
        }
        List<Token> out = new ArrayList<>();
        for (OrgToken t : tagged) {
            if (t.kind() == OrgTokenKind.LEGAL_FORM) {
                String cls = LEGAL_FORM_PREFIX + t.legalFormClass().toLowerCase(Locale.ROOT);
                out.add(new Token(cls, cls, t.weight(), Set.of(), null, false));
                continue;
            }
            // a Chinese generic word as the English word it means, which the list's translation writes (科技, keji: technology);
            // else the words as the tables write them: syllables written one by one are the word they join into (ke ji: keji)
            List<String> meaning = t.kind() == OrgTokenKind.GENERIC ? orgs.meaning(t.text()) : List.of();
            List<String> words = !meaning.isEmpty() ? meaning
                    : script == UScript.HAN ? NameText.tokens(t.text()) : List.of(t.text().split(" "));
            for (String written : words) {
                String w = t.kind() == OrgTokenKind.GENERIC ? orgs.fullWord(written) : written;
                Token word = new Token(w, TokenSimilarity.phonetic(w), Math.min(weights.of(w), t.weight()), Set.of(), null,
                        script == UScript.HAN);
                // a connector (of, and) says as little of which company is named as a title of whom
                out.add(OrgNames.isConnector(t) ? word.asTitle(word.weight()) : word);
            }
        }
        return out;
    }

    /**
     * Each part of a name read by syllables that joins three or more of them (tu lu fan: tulufan, a place), to its
     * syllables: the scorer joins two parts of a name in characters into one word, not more.
     */
    private static Map<String, List<String>> runs(List<OrgToken> bySyllables, List<String> parts) {
        Map<String, List<String>> out = new HashMap<>();
        for (OrgToken t : bySyllables) {
            if (t.end() - t.start() >= 3 && t.text().indexOf(' ') < 0) {
                out.put(t.text(), parts.subList(t.start(), t.end()));
            }
        }
        return out;
    }

    private List<OrgToken> hanOrganisation(String name) {
        List<OrgToken> tagged = orgs.analyseHan(name);
        return tagged.isEmpty() ? null : tagged;
    }

    /**
     * A Han-script name read as Uyghur elements when it is one long word with a known element (买买提明); else
     * null (a Chinese name, read by syllables).
     */
    private List<Token> uyghurHan(String name) {
        String compact = name.replaceAll("\\s+", "");
        if (compact.codePointCount(0, compact.length()) < MIN_UYGHUR_HAN_WORD) {
            return null;
        }
        List<List<String>> elements = uyghur.segmentHan(name);
        if (elements.stream().allMatch(e -> e.size() == 1 && isSkeletonOnly(e.get(0)))) {
            return null;
        }
        return uyghurTokens(elements);
    }

    /**
     * A Han-script name written as words with a middle dot, the mark of a foreign name. A Uyghur name (a word of
     * known Uyghur elements, no Arabic particle: 艾尔肯·吐尼亚孜 as Erkin Tuniyaz) is read as Uyghur elements, as it
     * always was, but for a word no element reads at all, which is transcribed (a Persian or Arabic name whose
     * given name Uyghurs share: 阿里·哈梅内伊, Ali Khamenei); in another, each word that is known Uyghur elements
     * is read as those (穆罕默德, shared with Arabic) and any other as transcribed (穆罕默德·本·萨勒曼: 本 is the
     * particle bin, 萨勒曼 Salman). Null when no word reads either way.
     */
    private List<Token> dottedHan(String name) {
        String[] words = WORD_BREAK.split(name);
        boolean anyUyghur = false;
        boolean anyParticle = false;
        for (String word : words) {
            anyUyghur |= uyghur.isKnownHan(word);
            anyParticle |= transcriptions.isHanParticle(word);
        }
        List<Token> out = new ArrayList<>();
        for (String word : words) {
            // in a Uyghur name only a word no element reads at all is transcribed: 阿里·哈梅内伊 is Ali Khamenei, but
            // 吐尼亚孜 in 艾尔肯·吐尼亚孜 keeps its Uyghur elements
            boolean transcribe = anyUyghur && !anyParticle ? uyghur.knowsNoneOf(word) : !uyghur.isKnownHan(word);
            List<Token> transcribed = transcribe ? transcribed(transcriptions.han(word)) : null;
            out.addAll(transcribed != null ? transcribed : uyghurTokens(uyghur.segmentHan(word)));
        }
        return out.isEmpty() ? null : out;
    }

    /** Whether dottedHan read a name as Uyghur: a word of Uyghur elements and no particle. */
    private static boolean isUyghurName(List<Token> tokens) {
        return tokens.stream().anyMatch(t -> t.transcribed() == null)
                && tokens.stream().noneMatch(t -> t.transcribed() != null && t.transcribed().isParticle());
    }

    private List<Token> uyghurTokens(List<List<String>> elements) {
        List<Token> out = new ArrayList<>();
        for (List<String> readings : elements) {
            String text = readings.get(0);
            Set<String> set = new LinkedHashSet<>(readings);
            out.add(new Token(text, TokenSimilarity.phonetic(text), weights.of(text), set,
                    uyghur.skeleton(text), true));
        }
        return out;
    }

    /** segmentHan gives an unknown stretch as its skeleton alone, which has no vowels. */
    private static boolean isSkeletonOnly(String reading) {
        return reading.chars().noneMatch(c -> "aeiou".indexOf(c) >= 0);
    }

    /**
     * Whether a non-Latin name loses so much in transliteration that only its consonant skeleton can
     * be compared: Syriac drops vowels, and a Uyghur name in Han read as Uyghur elements has words no element
     * table knows (祖力菲亚, Zulpiye: Chinese writes the Uyghur p as f). Arabic script and Hebrew are aligned
     * word by word (AbjadAlignment), other foreign names in katakana, Hangul and Han by their transcription
     * (TranscribedAlignment); Cyrillic, Greek and the like transliterate nearly letter for letter, and Chinese
     * names proper are compared by their pinyin.
     *
     * @param transcribed whether the name was read as a transcription
     */
    private static boolean lossy(String name, int script, boolean transcribed) {
        return switch (script) {
            case UScript.SYRIAC -> true;
            // Uyghur, which writes its vowels, is read by its own alphabet
            case UScript.ARABIC, UScript.HEBREW -> AbjadLetters.isUyghur(name);
            case UScript.HAN -> !transcribed && WORD_DOT.matcher(name).find();
            default -> false;
        };
    }

    /** The middle dots (U+00B7, U+2022, U+30FB, U+2027) that separate the words of transcribed names. */
    private static final Pattern WORD_DOT = Pattern.compile("[\\u00b7\\u2022\\u30fb\\u2027]");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\u00b7\\u2022\\u30fb\\u2027]+");

    private static List<String> skeletons(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            String s = PhoneticSkeleton.of(w);
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** Words of a non-Latin name, split at spaces and middle dots. */
    private static List<String> foreignSkeletons(String name) {
        List<String> words = new ArrayList<>();
        for (String segment : WORD_BREAK.split(name)) {
            String joined = String.join("", NameText.tokens(segment));
            if (!joined.isEmpty()) {
                words.add(joined);
            }
        }
        return skeletons(words);
    }
}
