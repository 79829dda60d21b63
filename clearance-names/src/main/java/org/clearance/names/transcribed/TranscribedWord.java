package org.clearance.names.transcribed;

import java.util.List;

/**
 * A word of a foreign name as Japanese, Korean or Chinese transcribes it.
 *
 * @param text     its reading in Latin letters (Hepburn, jamo romanised, pinyin), or for a word with Latin forms the
 *                 first of them
 * @param latin    for a particle (ビン, 本, 빈) or a word the script writes in a form fixed by custom (沙特 Saud), its
 *                 Latin forms, the first being {@code text}; else empty
 * @param particle whether it is a name particle (bin, al, abu)
 * @param segments its sounds in order, for {@link TranscribedAlignment}
 */
public record TranscribedWord(String text, List<String> latin, boolean particle, List<Segment> segments) {
    public TranscribedWord {
        latin = List.copyOf(latin);
        segments = List.copyOf(segments);
    }

    /** Whether the word is a name particle (bin, al, abu). */
    public boolean isParticle() {
        return particle;
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
        return new TranscribedWord(text + next.text, List.of(), false, both);
    }
}
