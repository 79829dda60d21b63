package org.clearance.names.transcribed;

import java.util.List;

/**
 * A word of a foreign name as Japanese, Korean or Chinese transcribes it.
 *
 * @param text     its reading in Latin letters (Hepburn, jamo romanised, pinyin), or for a word with Latin forms the
 *                 first of them
 * @param latin    for a particle (ビン, 本, 빈), a title (亲王) or a word the script writes in a form fixed by custom
 *                 (沙特 Saud), its Latin forms, the first being {@code text}; else empty
 * @param kind     a name's word, a particle or a title
 * @param segments its sounds in order, for {@link TranscribedAlignment}
 */
public record TranscribedWord(String text, List<String> latin, Kind kind, List<Segment> segments) {
    /** What a word is in a name: a word of the name itself, a particle (bin, al, abu) or a title (prince, king). */
    public enum Kind { NAME, PARTICLE, TITLE }

    public TranscribedWord {
        latin = List.copyOf(latin);
        segments = List.copyOf(segments);
    }

    /** Whether the word is a name particle (bin, al, abu). */
    public boolean isParticle() {
        return kind == Kind.PARTICLE;
    }

    /** Whether the word is a title (亲王 prince, 왕자 prince). */
    public boolean isTitle() {
        return kind == Kind.TITLE;
    }

    /** How many consonants a Latin spelling must write: a word's length for its budget. */
    public int consonants() {
        int n = 0;
        for (Segment s : segments) {
            if (s.written()) {
                n++;
            }
        }
        return n;
    }

    /** This word followed by another, as one word: a Latin name may write two transcribed words joined. */
    public TranscribedWord join(TranscribedWord next) {
        List<Segment> both = new java.util.ArrayList<>(segments);
        both.addAll(next.segments);
        return new TranscribedWord(text + next.text, List.of(), Kind.NAME, both);
    }
}
