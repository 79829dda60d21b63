package org.clearance.names.transcribed;

import org.clearance.names.LatinLetters;

/**
 * One written sound of a transcribed word, with the Latin letters it may stand for.
 *
 * @param vowel      whether it is a vowel (one spelt otherwise costs less than a consonant)
 * @param spellings  its Latin spellings; none for a silent letter
 * @param leftOut    what a Latin spelling that leaves it out pays, in tenths of an edit
 * @param changed    what spelling it with another Latin vowel pays (a consonant: a full edit, whatever the letter)
 * @param firsts     the first letters of its spellings ({@link LatinLetters#firsts})
 */
record Segment(boolean vowel, String[] spellings, int leftOut, int changed, long firsts) {
    Segment(boolean vowel, String[] spellings, int leftOut, int changed) {
        this(vowel, spellings, leftOut, changed, spellings.length == 0 ? 0 : LatinLetters.firsts(spellings));
    }

    /** A consonant that a Latin spelling must write: it decides a word's budget and the search's prefilter. */
    boolean written() {
        return !vowel && leftOut >= TranscribedAlignment.EDIT;
    }

    /** The same sound at another cost of leaving it out. */
    Segment leftOutFor(int cost) {
        return new Segment(vowel, spellings, cost, changed, firsts);
    }

    /** The same sound, free to leave out: a vowel the script writes only because it cannot end on a consonant. */
    Segment epenthetic() {
        return leftOutFor(0);
    }
}
