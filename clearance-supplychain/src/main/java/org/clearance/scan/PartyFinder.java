package org.clearance.scan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearance.match.MatchConfig;
import org.clearance.match.MatchIndex;
import org.clearance.match.MatchResult;
import org.clearance.match.Query;
import org.clearance.model.Schema;
import org.clearance.names.TextWords.Word;

/**
 * Finds listed parties in free text. Prose has no name boundaries, so every run of up to
 * {@link NameDictionary#maxParts()} words whose parts, in any order, are those of a list name is a candidate (and,
 * in Han text, every stretch of characters that is a list name); the matcher then scores each candidate against the
 * whole index, and only its matches become mentions. A candidate must look like a name where it stands: its first
 * and last words capitalised (or in a script without case), so "the base" is no party while "The Base" may be.
 */
final class PartyFinder {
    /** Results asked of the matcher per candidate: enough for one person listed by every bundled list. */
    static final int RESULTS_PER_SPAN = 10;
    /** Chinese sentence and clause ends, and the list comma: a name never runs across them. */
    private static final String HAN_BREAKS = "。！？；，、：";
    /** Where a sentence or a clause of a list ends in Latin and Chinese punctuation. */
    private static final String SENTENCE_ENDS = ".!?;。！？；";

    private final NameDictionary names;
    private final MatchIndex index;
    private final MatchConfig config;

    PartyFinder(NameDictionary names, MatchIndex index, MatchConfig config) {
        this.names = names;
        this.index = index;
        this.config = config;
    }

    /** The party mentions of a text, longest first where candidates overlap, in text order. */
    List<Mention> find(String text, List<Word> words) {
        Set<Span> spans = new LinkedHashSet<>();
        latinCandidates(text, words, spans);
        hanCandidates(text, words, spans);
        Map<String, List<MatchResult>> scored = new HashMap<>(); // a name mentioned ten times is scored once
        List<Mention> confirmed = new ArrayList<>();
        for (Span s : spans) {
            String written = text.substring(s.start(), s.end());
            List<MatchResult> matches = scored.computeIfAbsent(written, this::matches);
            if (!matches.isEmpty()) {
                MatchResult best = matches.get(0);
                List<String> others = matches.subList(1, matches.size()).stream().map(r -> r.entity().id()).toList();
                confirmed.add(new Mention(Mention.Kind.PARTY, written, s.start(), s.end(), best.entity().id(),
                        best.entity().caption(), best.score(), best.describe(), others));
            }
        }
        return longestFirst(confirmed);
    }

    private List<MatchResult> matches(String written) {
        return index.match(Query.ofName(Schema.LEGAL_ENTITY, written), config, RESULTS_PER_SPAN, Set.of()).stream()
                .filter(MatchResult::match).toList();
    }

    private record Span(int start, int end) {}

    private void latinCandidates(String text, List<Word> words, Set<Span> out) {
        for (int i = 0; i < words.size(); i++) {
            Word first = words.get(i);
            if (first.han() || !names.known(first.key()) || names.isLegalWord(first.key()) || !capitalised(text, first)) {
                continue;
            }
            List<String> kept = new ArrayList<>();
            Word lastKept = first;
            boolean initialsOnly = true; // "U.S." names no one, whatever list name is written "U S"
            for (int j = i; j < words.size() && j - i < names.maxParts(); j++) {
                Word w = words.get(j);
                boolean legal = names.isLegalWord(w.key());
                // a legal form in lower case is a word of the sentence: "Zhu Hailun, a former ..." ends at Hailun
                if (w.han() || !names.known(w.key()) || j > i && breaks(text, words.get(j - 1), w)
                        || legal && !capitalised(text, w)) {
                    break;
                }
                if (!legal) {
                    kept.add(w.key());
                    lastKept = w;
                    initialsOnly &= w.key().length() == 1;
                }
                boolean candidate = j == i ? names.isSingle(w.key())
                        : !initialsOnly && names.isMulti(NameDictionary.key(kept)) && capitalised(text, lastKept);
                if (candidate) {
                    out.add(new Span(first.start(), w.end()));
                }
            }
        }
    }

    /**
     * Han candidates: runs of Han characters joined across brackets, dots and spaces (合盛硅业(鄯善)有限公司 is one
     * name), looked up leftmost-longest.
     */
    private void hanCandidates(String text, List<Word> words, Set<Span> out) {
        StringBuilder chars = new StringBuilder();
        List<Integer> offsets = new ArrayList<>();
        Word previous = null;
        for (Word w : words) {
            boolean joins = previous != null && previous.han() && w.han() && !hanBreak(text, previous.end(), w.start());
            if (!joins) {
                lookUpHan(chars, offsets, out);
                chars.setLength(0);
                offsets.clear();
            }
            if (w.han()) {
                for (int k = w.start(); k < w.end(); k++) {
                    chars.append(text.charAt(k));
                    offsets.add(k);
                }
            }
            previous = w;
        }
        lookUpHan(chars, offsets, out);
    }

    private void lookUpHan(CharSequence chars, List<Integer> offsets, Set<Span> out) {
        String s = chars.toString();
        for (int p = 0; p < s.length();) {
            int len = Math.min(names.maxHanChars(), s.length() - p);
            while (len >= NameDictionary.MIN_HAN_CHARS && !names.isHan(s.substring(p, p + len))) {
                len--;
            }
            if (len >= NameDictionary.MIN_HAN_CHARS) {
                out.add(new Span(offsets.get(p), offsets.get(p + len - 1) + 1));
                p += len;
            } else {
                p++;
            }
        }
    }

    /** Whether a word is written as a name begins: not in lower case (digits and scripts without case pass). */
    private static boolean capitalised(String text, Word w) {
        return !Character.isLowerCase(text.codePointAt(w.start()));
    }

    /**
     * Whether a name cannot run from one word to the next: a blank line between them, or the end of a sentence
     * ("... Chen. Wang ..." is two sentences, not the listed WANG, Chen). A full stop after an initial or a legal
     * form ("Steven T. Mnuchin", "Co.; Ltd.") ends no sentence.
     */
    private boolean breaks(String text, Word previous, Word next) {
        boolean abbreviation = previous.key().length() == 1 || names.isLegalWord(previous.key());
        int lines = 0;
        for (int i = previous.end(); i < next.start(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && ++lines == 2 || !abbreviation && SENTENCE_ENDS.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hanBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (HAN_BREAKS.indexOf(text.charAt(i)) >= 0 || text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** Where candidates overlap the longer one stands ("Xinjiang Production and Construction Corps Public Security Bureau"). */
    private static List<Mention> longestFirst(List<Mention> found) {
        List<Mention> byLength = new ArrayList<>(found);
        byLength.sort(Comparator.comparingInt((Mention m) -> m.end() - m.start()).reversed()
                .thenComparing(Comparator.comparingDouble(Mention::score).reversed())
                .thenComparingInt(Mention::start));
        List<Mention> kept = new ArrayList<>();
        for (Mention m : byLength) {
            if (kept.stream().noneMatch(m::overlaps)) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }
}
