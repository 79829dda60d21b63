package org.clearance.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores a query name against a list name by pairing their parts, in any order: each part pairs with
 * at most one part of the other name, best pairs first; two adjacent parts may pair as one with a
 * part the other name writes joined ("Hai Lun" and "Hailun", "Abdul Rahman" and "Abdulrahman").
 *
 * <p>score = sum(similarity x weight of the pairs) / (sum of pair weights + extraQueryWeight x
 * weight of unpaired query parts + extraResultWeight x weight of unpaired list parts).
 */
final class NameScorer {
    private final MatchConfig config;

    NameScorer(MatchConfig config) {
        this.config = config;
    }

    /** A stretch of one name: one part, or two adjacent parts read as one word. */
    private record Unit(int from, int to, String text, double weight) {
        boolean overlaps(boolean[] used) {
            for (int i = from; i < to; i++) {
                if (used[i]) {
                    return true;
                }
            }
            return false;
        }
    }

    private record Candidate(Unit q, Unit r, double sim) {}

    NameAlignment align(PreparedName query, PreparedName list) {
        List<Token> q = query.tokens();
        List<Token> r = list.tokens();
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < q.size(); i++) {
            for (int j = 0; j < r.size(); j++) {
                double s = similarity(q.get(i), r.get(j));
                if (s >= config.minTokenSimilarity() || (s > 0 && s == TokenSimilarity.INITIAL)) {
                    candidates.add(new Candidate(unit(q, i, 1), unit(r, j, 1), s));
                }
            }
        }
        joined(q, r, candidates, true);
        joined(r, q, candidates, false);
        candidates.sort((a, b) -> Double.compare(b.sim() * (b.q().to() - b.q().from() + b.r().to() - b.r().from()),
                a.sim() * (a.q().to() - a.q().from() + a.r().to() - a.r().from())));
        boolean[] usedQ = new boolean[q.size()];
        boolean[] usedR = new boolean[r.size()];
        double matched = 0;
        double matchedWeight = 0;
        List<NameAlignment.Pair> pairs = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.q().overlaps(usedQ) || c.r().overlaps(usedR)) {
                continue;
            }
            mark(usedQ, c.q());
            mark(usedR, c.r());
            double w = (c.q().weight() + c.r().weight()) / 2;
            matched += c.sim() * w;
            matchedWeight += w;
            pairs.add(new NameAlignment.Pair(c.q().text(), c.r().text(), c.sim()));
        }
        double extraQ = 0;
        List<String> extraQuery = new ArrayList<>();
        for (int i = 0; i < q.size(); i++) {
            if (!usedQ[i]) {
                extraQ += q.get(i).weight();
                extraQuery.add(q.get(i).text());
            }
        }
        double extraR = 0;
        List<String> extraList = new ArrayList<>();
        for (int j = 0; j < r.size(); j++) {
            if (!usedR[j]) {
                extraR += r.get(j).weight();
                extraList.add(r.get(j).text());
            }
        }
        double denominator = matchedWeight + config.extraQueryWeight() * extraQ + config.extraResultWeight() * extraR;
        double score = denominator <= 0 ? 0 : matched / denominator;
        return new NameAlignment(new NameAlignment.PreparedNameView(query.original(), query.kind().name()),
                new NameAlignment.PreparedNameView(list.original(), list.kind().name()), score, pairs, extraQuery, extraList);
    }

    /** Adds pairs of two adjacent parts of {@code a} that equal one part of {@code b} written joined. */
    private static void joined(List<Token> a, List<Token> b, List<Candidate> out, boolean aIsQuery) {
        for (int i = 0; i + 1 < a.size(); i++) {
            String two = a.get(i).text() + a.get(i + 1).text();
            for (int j = 0; j < b.size(); j++) {
                if (two.equals(b.get(j).text())) {
                    Unit joint = new Unit(i, i + 2, a.get(i).text() + "+" + a.get(i + 1).text(),
                            a.get(i).weight() + a.get(i + 1).weight());
                    Unit single = unit(b, j, 1);
                    out.add(aIsQuery ? new Candidate(joint, single, 1.0) : new Candidate(single, joint, 1.0));
                }
            }
        }
    }

    private static Unit unit(List<Token> tokens, int i, int n) {
        return new Unit(i, i + n, tokens.get(i).text(), tokens.get(i).weight());
    }

    private static void mark(boolean[] used, Unit u) {
        for (int i = u.from(); i < u.to(); i++) {
            used[i] = true;
        }
    }

    /** Part similarity, raised to a near-certain match when the parts share a reading. */
    static double similarity(Token a, Token b) {
        double s = a.text().equals(b.text()) ? 1.0 : TokenSimilarity.of(a.text(), b.text());
        if (s < 1.0 && !a.readings().isEmpty() && !b.readings().isEmpty()) {
            for (String ra : a.readings()) {
                if (b.readings().contains(ra)) {
                    return Math.max(s, READING_MATCH);
                }
            }
        }
        if (s < TokenSimilarity.PHONETIC && a.phonetic().equals(b.phonetic())
                && TokenSimilarity.comparableLength(a.text(), b.text())) {
            return TokenSimilarity.PHONETIC;
        }
        return s;
    }

    /** Two parts that are readings of one name in different romanisations or scripts. */
    static final double READING_MATCH = 0.95;
}
