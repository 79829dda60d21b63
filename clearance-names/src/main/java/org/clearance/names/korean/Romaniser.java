package org.clearance.names.korean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Latin readings of one name part (a family name or a given name, as a run of syllables written together).
 *
 * <p>Sound changes that RR and McCune–Reischauer spell, and that this class applies within a part: a final
 * ㄱ ㄷ ㅂ ㄹ (and the other simple finals) before a syllable starting with a silent ㅇ is written as that consonant
 * in initial position (석우 seogu, 길영 giryeong); ㄹㄹ is ll (길례 gillye); McCune–Reischauer voices ㄱ ㄷ ㅂ ㅈ
 * between voiced sounds (봉주 pongju) and writes ㅅ before ㅣ ㅟ as sh (시원 shiwon). Not applied: nasalisation
 * (박명 stays bakmyeong, not bangmyeong), lateralisation, aspiration, tensing and palatalisation: RR itself leaves
 * them unwritten in personal names (chapter 3, article 4: 한복남 Han Boknam), and a Latin list spelling that does write
 * them is too rare to be worth the readings. Nothing crosses from one part to the next, since the family name and
 * the given name are written apart.
 */
final class Romaniser {
    /** At most this many readings per part, so a long name cannot make the caller compare thousands of strings. */
    static final int MAX_READINGS = 32;

    /**
     * Korean law caps a given name at five syllables (Supreme Court family-registration rules); a longer part is no
     * name, so it gets only its standard readings and not the spelling variants, whose search costs time per syllable.
     */
    static final int LONGEST_PART_WITH_VARIANTS = 5;

    private static final int SILENT = Syllable.initialIndex('ㅇ');
    private static final int RIEUL = Syllable.initialIndex('ㄹ');
    private static final int NIEUN = Syllable.initialIndex('ㄴ');
    private static final int SIOT = Syllable.initialIndex('ㅅ');
    private static final int FINAL_RIEUL = Syllable.finalIndex('ㄹ');

    /** McCune–Reischauer writes ㅅ as sh before these vowels (시 shi, 쉬 shwi). */
    private static final Set<Integer> SH_VOWELS = Set.of(Syllable.medialIndex('ㅣ'), Syllable.medialIndex('ㅟ'));

    /**
     * The initial-sound law (두음 법칙) of South Korean spelling: a word-initial ㄹ or ㄴ before these vowels is
     * dropped (DPRK 리 룡 녀 are South 이 용 여), and a word-initial ㄹ before the others becomes ㄴ (로 → 노).
     * DPRK Hangul keeps the ㄹ, so a DPRK name written in Hangul is found under a South spelling only this way.
     */
    private static final Set<Integer> I_OR_Y_VOWELS = Set.of(Syllable.medialIndex('ㅣ'), Syllable.medialIndex('ㅑ'),
            Syllable.medialIndex('ㅒ'), Syllable.medialIndex('ㅕ'), Syllable.medialIndex('ㅖ'),
            Syllable.medialIndex('ㅛ'), Syllable.medialIndex('ㅠ'));

    /**
     * The syllable 우 (silent ㅇ and ㅜ) is most often spelled woo in South Korean passports (Hyun-woo, Woo-jin,
     * Seok-woo), a spelling no jamo-by-jamo rule makes. Only woo: wu would be the Chinese 吴/武, a false match.
     */
    private static final int U = Syllable.medialIndex('ㅜ');
    private static final String WOO = "woo";

    /** Final consonants after which McCune–Reischauer counts an initial as between voiced sounds. */
    private static final Set<String> VOICED_FINALS = Set.of("n", "l", "m", "ng");

    private final JamoTable jamo;

    Romaniser(JamoTable jamo) {
        this.jamo = jamo;
    }

    /**
     * Readings of a part, most usual first, lower-case ASCII, at most {@link #MAX_READINGS}: its Revised
     * Romanization, then {@code known} (a family name's usual spellings), McCune–Reischauer, the DPRK list form,
     * and the spellings that mix the jamo variants, fewest departures from RR first.
     */
    List<String> readings(List<Syllable> part, List<String> known) {
        Set<String> readings = new LinkedHashSet<>();
        readings.add(revised(part));
        readings.addAll(known);
        readings.add(mcCuneReischauer(part));
        readings.add(dprk(part));
        if (part.size() <= LONGEST_PART_WITH_VARIANTS) {
            readings.addAll(variants(part));
        }
        return readings.stream().limit(MAX_READINGS).toList();
    }

    /** The Revised Romanization of a part, written joined. */
    String revised(List<Syllable> part) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < part.size(); i++) {
            Syllable s = part.get(i);
            out.append(lateral(part, i) ? "l" : jamo.initial(s.initial()).rr());
            out.append(jamo.medial(s.medial()).rr());
            if (s.hasFinal()) {
                JamoTable.Jamo fin = jamo.fin(s.fin());
                out.append(liaison(part, i) ? jamo.initial(fin.liaison()).rr() : fin.rr());
            }
        }
        return out.toString();
    }

    private String mcCuneReischauer(List<Syllable> part) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < part.size(); i++) {
            Syllable s = part.get(i);
            out.append(mrInitial(part, i)).append(jamo.medial(s.medial()).mr());
            if (s.hasFinal()) {
                out.append(mrFinal(part, i));
            }
        }
        return out.toString();
    }

    /** As DPRK persons' names are listed: each syllable a word of its own (Pak Pong Ju), so nothing is voiced. */
    private String dprk(List<Syllable> part) {
        StringBuilder out = new StringBuilder();
        for (Syllable s : part) {
            out.append(jamo.initial(s.initial()).dprk()).append(jamo.medial(s.medial()).mr());
            if (s.hasFinal()) {
                out.append(jamo.fin(s.fin()).mr());
            }
        }
        return out.toString();
    }

    /**
     * Every mix of each syllable's spellings, cheapest first, a spelling's cost being its rank among its jamo's
     * spellings (RR 0, the standards' other forms next, then the table's variants). A beam keeps the cheapest
     * {@link #MAX_READINGS} prefixes at each syllable, which with additive costs loses none of the cheapest
     * {@link #MAX_READINGS} whole readings.
     */
    private List<String> variants(List<Syllable> part) {
        List<Spelling> beam = List.of(new Spelling("", 0));
        for (int i = 0; i < part.size(); i++) {
            List<Spelling> next = new ArrayList<>();
            for (Spelling prefix : beam) {
                for (Spelling syllable : syllableSpellings(part, i)) {
                    next.add(new Spelling(prefix.text() + syllable.text(), prefix.cost() + syllable.cost()));
                }
            }
            beam = cheapest(next);
        }
        return beam.stream().map(Spelling::text).toList();
    }

    private List<Spelling> syllableSpellings(List<Syllable> part, int i) {
        Syllable s = part.get(i);
        List<String> initials = initialSpellings(part, i);
        JamoTable.Jamo medial = jamo.medial(s.medial());
        List<String> medials = distinct(medial.rr(), medial.mr(), medial.variants());
        List<String> finals = List.of("");
        if (s.hasFinal()) {
            JamoTable.Jamo fin = jamo.fin(s.fin());
            String rr = liaison(part, i) ? jamo.initial(fin.liaison()).rr() : fin.rr();
            finals = distinct(rr, mrFinal(part, i), List.of(fin.mr()));
        }
        List<Spelling> spellings = new ArrayList<>();
        for (int a = 0; a < initials.size(); a++) {
            for (int b = 0; b < medials.size(); b++) {
                for (int c = 0; c < finals.size(); c++) {
                    spellings.add(new Spelling(initials.get(a) + medials.get(b) + finals.get(c), a + b + c));
                }
            }
        }
        if (s.initial() == SILENT && s.medial() == U) {
            for (int c = 0; c < finals.size(); c++) {
                spellings.add(new Spelling(WOO + finals.get(c), 1 + c));
            }
        }
        return cheapest(spellings);
    }

    private List<String> initialSpellings(List<Syllable> part, int i) {
        Syllable s = part.get(i);
        JamoTable.Jamo initial = jamo.initial(s.initial());
        List<String> others = new ArrayList<>();
        others.add(initial.dprk());
        others.add(initial.mr());
        if (initial.mrVoiced() != null) {
            others.add(initial.mrVoiced());
        }
        others.addAll(initial.variants());
        if (i == 0 && (s.initial() == RIEUL || s.initial() == NIEUN)) {
            if (I_OR_Y_VOWELS.contains(s.medial())) {
                others.add(jamo.initial(SILENT).rr());
            } else if (s.initial() == RIEUL) {
                others.add(jamo.initial(NIEUN).rr());
            }
        }
        String rr = lateral(part, i) ? "l" : initial.rr();
        return distinct(rr, mrInitial(part, i), others);
    }

    private String mrInitial(List<Syllable> part, int i) {
        Syllable s = part.get(i);
        JamoTable.Jamo initial = jamo.initial(s.initial());
        if (lateral(part, i)) {
            return "l";
        }
        if (s.initial() == SIOT && SH_VOWELS.contains(s.medial())) {
            return "sh";
        }
        if (initial.mrVoiced() != null && i > 0 && afterVoiced(part.get(i - 1))) {
            return initial.mrVoiced();
        }
        return initial.mr();
    }

    private String mrFinal(List<Syllable> part, int i) {
        JamoTable.Jamo fin = jamo.fin(part.get(i).fin());
        if (!liaison(part, i)) {
            return fin.mr();
        }
        // The consonant now starts a syllable between two vowels, so it is voiced where McCune–Reischauer voices.
        JamoTable.Jamo moved = jamo.initial(fin.liaison());
        return moved.mrVoiced() != null ? moved.mrVoiced() : moved.mr();
    }

    private boolean afterVoiced(Syllable previous) {
        return !previous.hasFinal() || VOICED_FINALS.contains(jamo.fin(previous.fin()).mr());
    }

    /** Whether syllable i's final moves to the next syllable, which starts with a silent ㅇ. */
    private boolean liaison(List<Syllable> part, int i) {
        return i + 1 < part.size() && part.get(i + 1).initial() == SILENT && jamo.fin(part.get(i).fin()).liaison() >= 0;
    }

    /** Whether syllable i's ㄹ follows a final ㄹ: both standards write ㄹㄹ as ll (울릉 Ulleung). */
    private static boolean lateral(List<Syllable> part, int i) {
        return i > 0 && part.get(i).initial() == RIEUL && part.get(i - 1).fin() == FINAL_RIEUL;
    }

    private static List<String> distinct(String first, String second, List<String> others) {
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(first);
        spellings.add(second);
        spellings.addAll(others);
        return List.copyOf(spellings);
    }

    /** The cheapest {@link #MAX_READINGS} distinct spellings, in order of cost and then of making. */
    private static List<Spelling> cheapest(List<Spelling> spellings) {
        List<Spelling> sorted = spellings.stream().sorted(Comparator.comparingInt(Spelling::cost)).toList();
        Set<String> seen = new LinkedHashSet<>();
        List<Spelling> kept = new ArrayList<>();
        for (Spelling s : sorted) {
            if (kept.size() == MAX_READINGS) {
                break;
            }
            if (seen.add(s.text())) {
                kept.add(s);
            }
        }
        return kept;
    }

    private record Spelling(String text, int cost) {}
}
