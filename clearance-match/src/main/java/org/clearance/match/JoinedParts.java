package org.clearance.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clearance.names.ServantOf;

/**
 * A name's parts written together, as {@link NameScorer} pairs them with one part of another name ("Hai Lun" and
 * Hailun, "Abd al Aziz" and Abdelaziz), made once when the name is prepared: building them for each pair of names
 * was an eighth of screening, and a name is paired with fifty candidates' names per query.
 *
 * <p>Index {@code i} stands for the parts from {@code i} on. Each text is null where the parts do not join that way.
 */
final class JoinedParts {
    /**
     * The longest middle part of three that are joined around it: an article or particle (l, al, ud, der:
     * "van der Berg" written Vanderberg).
     */
    static final int MAX_JOINED_MIDDLE = 3;
    /** How the Latin spellings of 'Abd al-X begin ({@link ServantOf}). */
    private static final String SERVANT_OF = "abd";

    private final String[] two;
    private final String[] threeWords;
    private final String[] aroundParticle;
    private final String[] servantOfReading;
    private final String[] servantOfOtherReading;
    private final List<Set<String>> readings;
    /** By pair of parts: the lengths of its {@link #readings}, 0 when it has none. */
    private final long[] readingLengths;
    private final long lengths;
    /** The lengths of its parts written together, two or three around a particle. */
    private final long joinedLengths;
    /** Whether its parts meet another name's only as spelt: no pair of abjad or transcribed words, no readings. */
    private final boolean plain;
    /** By pair of parts: whether the two meet another name's parts only as spelt. */
    private final boolean[] plainPair;
    private final boolean written;
    private final boolean cyrillic;
    private final boolean spoken;

    private JoinedParts(String[] two, String[] threeWords, String[] aroundParticle, String[] servantOfReading,
            String[] servantOfOtherReading,
            List<Set<String>> readings, long[] readingLengths, long lengths, long joinedLengths, boolean plain, boolean[] plainPair,
            boolean written, boolean cyrillic, boolean spoken) {
        this.two = two;
        this.threeWords = threeWords;
        this.aroundParticle = aroundParticle;
        this.servantOfReading = servantOfReading;
        this.servantOfOtherReading = servantOfOtherReading;
        this.readings = readings;
        this.readingLengths = readingLengths;
        this.lengths = lengths;
        this.joinedLengths = joinedLengths;
        this.plain = plain;
        this.plainPair = plainPair;
        this.written = written;
        this.cyrillic = cyrillic;
        this.spoken = spoken;
    }

    static JoinedParts of(List<Token> tokens) {
        long lengths = 0;
        boolean written = false;
        boolean cyrillic = false;
        boolean spoken = false;
        for (Token t : tokens) {
            lengths |= lengthBit(t.text().length());
            written |= t.abjad() != null || t.transcribed() != null;
            cyrillic |= t.cyrillic() != null;
            spoken |= t.spoken();
        }
        int n = Math.max(0, tokens.size() - 1);
        String[] two = new String[n];
        String[] threeWords = new String[n];
        String[] aroundParticle = new String[n];
        String[] servantOfReading = new String[n];
        String[] servantOfOtherReading = new String[n];
        List<Set<String>> readings = new ArrayList<>(n);
        long[] readingLengths = new long[n];
        long joinedLengths = 0;
        boolean plain = true;
        boolean[] plainPair = new boolean[n];
        for (int i = 0; i < n; i++) {
            Token x = tokens.get(i);
            Token y = tokens.get(i + 1);
            Token z = i + 2 < tokens.size() ? tokens.get(i + 2) : null;
            readings.add(joinedReadings(x, y));
            for (String r : readings.get(i)) {
                readingLengths[i] |= lengthBit(r.length());
            }
            joinedLengths |= lengthBit(x.text().length() + y.text().length());
            plainPair[i] = readings.get(i).isEmpty() && (x.abjad() == null || y.abjad() == null)
                    && (x.transcribed() == null || y.transcribed() == null);
            plain &= plainPair[i];
            boolean latin = x.alignable() && y.alignable();
            // an initial joined to a word spells no written word ("I. Ash" is no Aisha)
            if (latin && x.text().length() > 1 && y.text().length() > 1) {
                two[i] = x.text() + y.text();
                // Latin writes a theophoric name in three words (Abd al-Aziz) where the abjad writes one or two; three
                // initials spell no written word
                if (z != null && z.alignable() && z.text().length() > 1) {
                    threeWords[i] = two[i] + z.text();
                }
            }
            if (latin && z != null && y.text().length() <= MAX_JOINED_MIDDLE && z.alignable()) {
                aroundParticle[i] = x.text() + y.text() + z.text();
                boolean servantOf = x.text().startsWith(SERVANT_OF);
                servantOfReading[i] = servantOf ? ServantOf.reading(aroundParticle[i]) : null;
                // the name after the article as ISO 9 spells a Cyrillic word too (Абд ар-Рахман: rakhman, rahman), as Latin does
                servantOfOtherReading[i] = servantOf && z.alternative() != null
                        ? ServantOf.reading(x.text() + y.text() + z.alternative()) : null;
                joinedLengths |= lengthBit(aroundParticle[i].length());
                plain &= servantOfReading[i] == null && servantOfOtherReading[i] == null;
            }
        }
        return new JoinedParts(two, threeWords, aroundParticle, servantOfReading, servantOfOtherReading, OneClass.list(readings), readingLengths, lengths, joinedLengths,
                plain, plainPair, written, cyrillic, spoken);
    }

    /** Every reading of x followed by every reading of y, each part's text counting as a reading. */
    private static Set<String> joinedReadings(Token x, Token y) {
        if (x.readings().isEmpty() && y.readings().isEmpty()) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        for (String rx : withText(x)) {
            for (String ry : withText(y)) {
                out.add(rx + ry);
            }
        }
        return OneClass.set(out);
    }

    private static Set<String> withText(Token t) {
        Set<String> s = new HashSet<>(t.readings());
        s.add(t.text());
        return s;
    }

    /** One bit per length, lengths from 63 up sharing the last: a set of lengths in a long. */
    static long lengthBit(int length) {
        return 1L << Math.min(length, Long.SIZE - 1);
    }

    /** Whether some part of this name is {@code length} characters long (or, from 63 on, at least 63). */
    boolean hasPartOfLength(int length) {
        return (lengths & lengthBit(length)) != 0;
    }

    /**
     * Whether no parts of this name written together can meet a part of {@code other}: they meet only as spelt, no part
     * of the other has their length, and the other has no written, spoken or Cyrillic word to be aligned with. Nearly
     * every pair of names is settled by this at once.
     */
    boolean noneCanMeet(JoinedParts other) {
        return plain && !other.written && !other.spoken && !other.cyrillic && (joinedLengths & other.lengths) == 0;
    }

    /** Parts {@code i} and {@code i + 1} written together, when both are Latin words (no initials). */
    String two(int i) {
        return two[i];
    }

    /** Parts {@code i} to {@code i + 2} written together, when all three are Latin words (no initials). */
    String threeWords(int i) {
        return threeWords[i];
    }

    /** Parts {@code i} to {@code i + 2} written together when the middle one is short, an article or particle. */
    String aroundParticle(int i) {
        return aroundParticle[i];
    }

    /** The {@link ServantOf} reading of {@link #aroundParticle} ("Abd al Aziz" read abdalaziz), or null. */
    String servantOfReading(int i) {
        return servantOfReading[i];
    }

    /** Whether parts {@code i} and {@code i + 1} meet another name's parts only as spelt: no readings, no written words. */
    boolean plainPair(int i) {
        return plainPair[i];
    }

    /** The {@link ServantOf} reading of {@link #aroundParticle} with its last part as ISO 9 spells it, or null. */
    String servantOfOtherReading(int i) {
        return servantOfOtherReading[i];
    }

    /** Whether parts {@code i} and {@code i + 1} have readings: every reading of the one followed by every reading of the other. */
    boolean hasReadings(int i) {
        return readingLengths[i] != 0;
    }

    /** Whether parts {@code i} and {@code i + 1} read together as part {@code t} or as one of its readings. */
    boolean readsAs(int i, Token t) {
        // a part of no reading's length, without readings of its own (nearly every part), is none: its text is not looked up
        if (!t.has(Token.READINGS)) {
            // an iterator even over no readings was a twentieth of the service's allocation per request (JFR)
            return (readingLengths[i] & lengthBit(t.length())) != 0 && readings.get(i).contains(t.text());
        }
        Set<String> joined = readings.get(i);
        if (joined.contains(t.text())) {
            return true;
        }
        for (String r : t.readings()) {
            if (joined.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a part of this name is a written word aligned with Latin letters: an abjad or a transcribed one. */
    boolean written() {
        return written;
    }

    /** Whether a part of this name renders a Cyrillic word. */
    boolean cyrillic() {
        return cyrillic;
    }

    /** Whether a part of this name was read from Hangul or Japanese. */
    boolean spoken() {
        return spoken;
    }
}
