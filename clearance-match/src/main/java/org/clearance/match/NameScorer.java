package org.clearance.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.clearance.names.PatronymicChain;
import org.clearance.names.ServantOf;
import org.clearance.names.ShortForms;
import org.clearance.names.abjad.AbjadAlignment;
import org.clearance.names.abjad.AbjadLetters;
import org.clearance.names.Scripts;
import org.clearance.names.chinese.ChineseNames;
import org.clearance.names.org.OrgNames;
import org.clearance.names.transcribed.TranscribedAlignment;
import org.clearance.names.transcribed.TranscribedWord;

/**
 * Scores a query name against a list name by pairing their parts, in any order: each part pairs with
 * at most one part of the other name, best pairs first; two adjacent parts may pair as one with a
 * part the other name writes joined ("Hai Lun" and "Hailun", "Abdul Rahman" and "Abdulrahman").
 *
 * <p>score = sum(similarity x weight of the pairs) / (sum of pair weights + extraQueryWeight x
 * weight of unpaired query parts + extraResultWeight x weight of unpaired list parts).
 *
 * <p>Every figure that decides is a setting of {@link MatchConfig}. The constants left here are not: the generations
 * of a chain (father, ancestor) and the two names a short form gives are what those words mean; {@link #PERFECT} is
 * the top of the scale; {@link #MIN_ACRONYM_WORDS} is also what the index stores acronyms by ({@link IndexTerms}),
 * which a request cannot change; the others are texts, or bounds on work that change no score.
 */
final class NameScorer {
    private final MatchConfig config;
    private final TokenSimilarity spelling;

    NameScorer(MatchConfig config) {
        this.config = config;
        this.spelling = new TokenSimilarity(config);
    }

    /** A stretch of one name: one part, or two adjacent parts read as one word. */
    private record Unit(int from, int to, double weight) {
        boolean overlaps(boolean[] used) {
            for (int i = from; i < to; i++) {
                if (used[i]) {
                    return true;
                }
            }
            return false;
        }

        /** As the explanation writes it: the part, or the parts joined with a plus. */
        String text(List<Token> tokens) {
            if (to - from == 1) {
                return tokens.get(from).text();
            }
            StringBuilder sb = new StringBuilder(tokens.get(from).text());
            for (int i = from + 1; i < to; i++) {
                sb.append('+').append(tokens.get(i).text());
            }
            return sb.toString();
        }
    }

    /** @param particles whether both parts are articles or particles (al, abd, abu), which pair after every name */
    private record Candidate(Unit q, Unit r, double sim, boolean particles) {
        Candidate(Unit q, Unit r, double sim) {
            this(q, r, sim, false);
        }
    }

    /** What an explanation shows beside the score: the pairs made and the parts left over. */
    private static final class Explanation {
        List<NameAlignment.Pair> pairs = new ArrayList<>();
        List<String> extraQuery = new ArrayList<>();
        List<String> extraList = new ArrayList<>();
        double numberMismatch;
        double partConflict;

        /** One pair stands for the whole name (acronym, skeletons): nothing is left over. */
        void whole(String query, String list, double score) {
            pairs = List.of(new NameAlignment.Pair(query, list, score));
            extraQuery = List.of();
            extraList = List.of();
        }
    }

    NameAlignment align(PreparedName query, PreparedName list) {
        return align(query, list, true);
    }

    /**
     * @param crossScript whether names in different scripts may be compared by consonant skeletons;
     *                    the caller says no when the entry also has a Latin name to compare directly
     */
    NameAlignment align(PreparedName query, PreparedName list, boolean crossScript) {
        Explanation e = new Explanation();
        double score = pair(query, list, crossScript, e);
        return new NameAlignment(new NameAlignment.PreparedNameView(query.original(), query.kind().name()),
                new NameAlignment.PreparedNameView(list.original(), list.kind().name()), score, e.pairs, e.extraQuery, e.extraList,
                e.numberMismatch, e.partConflict);
    }

    /**
     * The score of {@link #align(PreparedName, PreparedName, boolean)} without its explanation: screening
     * scores some fifty candidates per query and explains only the few it reports, and writing the
     * pairs' texts for all of them cost as much as finding the pairs.
     */
    double score(PreparedName query, PreparedName list, boolean crossScript) {
        return pair(query, list, crossScript, null);
    }

    /**
     * Pairs the parts and returns the score; fills {@code explain} when it is given. A Chinese name in characters
     * against a Latin one is paired twice, its syllables read in Mandarin (pinyin, Wade-Giles, Gwoyeu Romatzyh) and
     * in Cantonese, and the better reading stands: one person's name is romanised in one language, so a name whose
     * syllables meet only by mixing the two (秦燕 as Chin by Wade-Giles, Yin by Cantonese) is no match.
     */
    private double pair(PreparedName query, PreparedName list, boolean crossScript, Explanation explain) {
        if (query.latin() == list.latin() || !hasCantonese(query) && !hasCantonese(list)) {
            return pair(query, list, crossScript, explain, false);
        }
        double mandarin = pair(query, list, crossScript, null, false);
        double cantonese = pair(query, list, crossScript, null, true);
        return explain == null ? Math.max(mandarin, cantonese) : pair(query, list, crossScript, explain, cantonese > mandarin);
    }

    /**
     * Whether a part between a person's first and last names may be a middle name or a father's name. Of a name in Latin
     * letters only a Russian patronymic is: in Spanish the part between is the father's family name, the one that
     * counts (Gilberto Godoy Moya). Korean, Chinese and Japanese names have no middle names, and of a name those scripts
     * transcribe (a part of {@link Token#TRANSCRIBED}) the order is not known: "영철 하윤 김" is no Korean's name as
     * Korean writes it.
     */
    private static boolean middleName(PreparedName name, Token t) {
        return PatronymicChain.isPatronymic(t.text())
                || !name.latin() && !t.has(Token.SPOKEN | Token.FROM_HAN | Token.TRANSCRIBED);
    }

    /** Whether a name is a Chinese name in characters read syllable by syllable (no foreign name transcribed). */
    private static boolean readBySyllables(PreparedName name) {
        if (!name.chinese() || name.tokens().isEmpty()) {
            return false;
        }
        for (Token t : name.tokens()) {
            if (!chineseSyllable(t)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a Latin part is itself pinyin (its Han readings hold its own spelling). Not a spelling that only another
     * romanisation reads as syllables: Laden is none, though Ladena, as a name in Oriya reads, is.
     */
    private static boolean writesPinyin(Token t) {
        return !t.fromHan() && t.has(Token.HAN_READINGS) && t.hanReadings().contains(t.text());
    }

    private static boolean hasCantonese(PreparedName name) {
        for (Token t : name.tokens()) {
            if (chineseSyllable(t) && t.has(Token.HAN_READINGS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every pair of a query part and a list part that is alike enough to pair, with its similarity. A method of its own
     * and too big to be inlined (C2 says "hot method too big"), so that the JIT compiles it and the comparisons beneath
     * it apart from {@link #pair}: compiled within it, they were compiled again (over 100 kB of machine code, half a
     * second on one core) each time a new kind of name first took one of the branches of either.
     */
    private List<Candidate> partPairs(PreparedName query, PreparedName list, boolean strictSyllables, boolean persons,
            boolean cantonese) {
        List<Token> q = query.tokens();
        List<Token> r = list.tokens();
        List<Candidate> candidates = new ArrayList<>();
        // one name Chinese and the other not all (an English given name beside it: TERRY TENGFANG LI): two parts that
        // are both pinyin are still a Chinese name's, which one syllable apart is another's (Tingfang, Tengfang)
        boolean oneChinese = query.chinese() != list.chinese();
        double floor = Math.min(config.minTokenSimilarity(), config.minPhoneticSpelling());
        for (int i = 0; i < q.size(); i++) {
            Token a = q.get(i);
            Set<String> shortForms = persons && a.alignable() && a.has(Token.SHORT_FORMS) ? ShortForms.related(a.text()) : Set.of();
            boolean particle = a.has(Token.CONNECTOR);
            boolean syllablesA = oneChinese && writesPinyin(a);
            for (int j = 0; j < r.size(); j++) {
                Token b = r.get(j);
                double s = similarity(a, b, strictSyllables || syllablesA && writesPinyin(b), persons, floor, cantonese);
                // the table holds each short form both ways, so a part of the other name's can only be one that has some
                if (s < config.shortFormMatch() && !shortForms.isEmpty() && b.has(Token.SHORT_FORMS) && b.alignable()
                        && shortForms.contains(b.text())) {
                    s = config.shortFormMatch(); // Bill for William
                }
                boolean initial = a.length() == 1 || b.length() == 1;
                if (s >= config.minTokenSimilarity() || (initial && s == config.initialMatch())) {
                    candidates.add(new Candidate(unit(q, i), unit(r, j), s, particle && b.has(Token.CONNECTOR)));
                }
            }
        }
        return candidates;
    }

    /** @param cantonese whether syllables read from Han meet Latin parts by their Cantonese spellings, else by Mandarin */
    private double pair(PreparedName query, PreparedName list, boolean crossScript, Explanation explain, boolean cantonese) {
        List<Token> q = query.tokens();
        List<Token> r = list.tokens();
        boolean strictSyllables = query.chinese() && list.chinese();
        // a Chinese name against a name in characters (a company's, read syllable by syllable): every syllable
        // left over counts, or two syllables of a person's name would meet any company that has them
        boolean everySyllable = strictSyllables || query.chinese() && !list.latin() && list.tokens().stream().anyMatch(Token::fromHan);
        // a Chinese name in characters against a Latin one: a Latin part left over that reads as a Chinese syllable or
        // surname is another part of a Chinese name (贾超 is not LEE John Ka-chiu), where an English given name is not
        boolean hanAgainstLatin = !query.latin() && list.latin() && readBySyllables(query) || query.latin() && !list.latin() && readBySyllables(list);
        boolean persons = query.shape() != PreparedName.Shape.ORGANISATION && list.shape() != PreparedName.Shape.ORGANISATION;
        List<Candidate> candidates = partPairs(query, list, strictSyllables, persons, cantonese);
        joined(query, list, candidates, true);
        joined(list, query, candidates, false);
        runs(query, r, candidates, true);
        runs(list, q, candidates, false);
        // no part paired: nothing below raises the score from 0 but the initials and the skeletons, and most of the
        // aliases of a candidate retrieved by another of its names pair no part with the query
        if (candidates.isEmpty() && explain == null && !skeletonsApply(query, list, crossScript)
                && !initials(query, list) && !initials(list, query)) {
            return 0;
        }
        // surest pairs first; among equally sure ones, part-for-part pairs before joined ones, which
        // should only take parts that found no partner of their own; two articles or particles after every name, whose
        // compound may need theirs: the article of "Abd al-Aziz" is no family's "Al" when the other name writes Abdulaziz
        candidates.sort((a, b) -> a.particles() != b.particles() ? Boolean.compare(a.particles(), b.particles())
                : a.sim() != b.sim() ? Double.compare(b.sim(), a.sim())
                : Integer.compare(a.q().to() - a.q().from() + a.r().to() - a.r().from(),
                        b.q().to() - b.q().from() + b.r().to() - b.r().from()));
        fewestRivalsFirst(candidates);
        boolean[] usedQ = new boolean[q.size()];
        boolean[] usedR = new boolean[r.size()];
        // whether the query's own first part and its last paired as names, not as initials (middle names, below)
        int ownFirst = query.leadingTitles();
        boolean firstNamed = false;
        boolean lastNamed = false;
        double matched = 0;
        double matchedWeight = 0;
        // the links of two patronymic chains pair generation by generation: "Salman bin Sultan" is not "Sultan bin
        // Salman", and "Sultan bin Abdulaziz" (whose father is Abdulaziz) is not "Sultan bin Salman bin Abdulaziz"
        boolean chains = query.hasChain() && list.hasChain();
        // the one stretch of each name paired, while only one is: a name whose parts all pair as one stretch is one name
        // written in several parts (سیف اللہ, Saifullah), a fragment as a name of one part is
        Unit onlyQ = null;
        Unit onlyR = null;
        int pairs = 0;
        // a name without a chain begins with the person's own name, which is no father's or ancestor's of a chain
        // ("Abdulaziz Al Saud" is not "Talal bin Abdulaziz Al Saud")
        boolean oneChain = query.hasChain() != list.hasChain();
        // whether the chains' last links paired across the links one leaves out (skipsLinks)
        boolean skipped = false;
        for (Candidate c : candidates) {
            if (c.q().overlaps(usedQ) || c.r().overlaps(usedR) || chains && query.isGenerationHead(c.q().from())
                    && list.isGenerationHead(c.r().from()) && query.generation(c.q().from()) != list.generation(c.r().from())
                    && !skipsLinks(query, c.q().from(), list, c.r().from())
                    || oneChain && (c.q().from() == query.leadingTitles() && namesAncestor(list, c.r().from())
                            || c.r().from() == list.leadingTitles() && namesAncestor(query, c.q().from()))
                    // nor is it the family name after the other's chain ("Saud bin Abdulaziz" is not "Nayef bin Abdulaziz Al Saud")
                    || chains && (ownNameBeforeChain(query, c.q()) && familyAfterChain(list, c.r().from())
                            || ownNameBeforeChain(list, c.r()) && familyAfterChain(query, c.q().from()))) {
                continue;
            }
            mark(usedQ, c.q());
            mark(usedR, c.r());
            if (c.sim() >= config.minTokenSimilarity()) {
                firstNamed |= c.q().from() <= ownFirst && ownFirst < c.q().to();
                lastNamed |= c.q().to() == q.size();
            }
            skipped |= chains && query.generation(c.q().from()) != list.generation(c.r().from()) && query.isGenerationHead(c.q().from())
                    && list.isGenerationHead(c.r().from());
            onlyQ = c.q();
            onlyR = c.r();
            pairs++;
            double w = (c.q().weight() + c.r().weight()) / 2;
            matched += c.sim() * w;
            matchedWeight += w;
            if (explain != null) {
                explain.pairs.add(new NameAlignment.Pair(c.q().text(q), c.r().text(r), c.sim()));
            }
        }
        // ancestors beyond the father that one name gives and the other leaves out are left out often and say
        // little, on either side, as a list's patronymic does; unless both names leave some out: then they differ
        boolean ancestorsLeftOnBothSides = leavesAncestor(query, usedQ) && leavesAncestor(list, usedR);
        // a name without any patronymic link, every part of which pairs, is the short form of one that has a chain
        // ("Juhaiman al-Utaibi" of "Juhaiman bin Muhammad al-Utaibi"): the whole chain, the father too, says no more
        // than a list's patronymic; the chain's own links keep their order (above), and a part of the short name left
        // over (another given or family name) keeps the chain's parts counting in full
        // so do the links a shorter chain leaves out between its first part and its last link, the father too
        int queryFrom = skipped && query.lastGeneration() > list.lastGeneration() ? FATHER : chainFrom(query, list, usedR);
        int listFrom = skipped && list.lastGeneration() > query.lastGeneration() ? FATHER : chainFrom(list, query, usedQ);
        // a chain given shorter than the other, its every part paired, keeps the first links in order: the short form
        // Arabic naming uses ("Nasser bin Abdulaziz" of "Nasser bin Abdulaziz Al Saud"), so the family name after the
        // longer chain says no more than its ancestors do; nor does a clan or tribal name after a chain that a short form
        // without one leaves out ("Alanoud Al-Fayez" of "Alanoud bint Dahham Al-Bakheet Al-Fayez")
        boolean queryLonger = (queryFrom == FATHER || shorterChain(list, query, usedR)) && givesTwoNames(list, usedR);
        boolean listLonger = (listFrom == FATHER || shorterChain(query, list, usedQ)) && givesTwoNames(query, usedQ);
        double extraAncestors = 0;
        // a title beside one name leaves it one name: "King Salman" says no more of Salman bin Abdulaziz than "Salman"
        boolean queryOneName = q.size() == 1 || pairs == 1 && onlyTitlesBeside(q, onlyQ);
        boolean listOneName = r.size() == 1 || pairs == 1 && onlyTitlesBeside(r, onlyR);
        boolean fragmentOfPerson = queryOneName && !listOneName && list.shape() != PreparedName.Shape.ORGANISATION;
        boolean listFragment = listOneName && !queryOneName && query.shape() != PreparedName.Shape.ORGANISATION
                && list.shape() != PreparedName.Shape.ORGANISATION;
        double extraR = 0;
        boolean listLeftOver = false;
        // a part left over that could be another name: neither a title nor an article or particle (the al of "al-Tikriti"
        // that the other name writes joined to its word)
        boolean listNameLeftOver = false;
        boolean listNumberLeft = false;
        boolean listDistinctLeft = false;
        for (int j = 0; j < r.size(); j++) {
            if (!usedR[j] && !ancestorsLeftOnBothSides && (list.generation(j) >= listFrom || listLonger && familyAfterChain(list, j))) {
                extraAncestors += r.get(j).weight();
                if (explain != null) {
                    explain.extraList.add(r.get(j).text());
                }
            } else if (!usedR[j]) {
                listNumberLeft |= r.get(j).number() != null;
                listDistinctLeft |= distinctive(r.get(j));
                // in two Chinese names every syllable is part of a family or given name: one left over on either
                // side makes another name (Pan Hao is not Pan Haoran, Jianping not Yang Jianping), and weighs as a
                // conflict
                // and a person's name of one part (a given name, a kunya's name) is not the name of someone who has
                // more: "Nihad" is not "Nihadh Ali", whose parts weigh as a conflict (a title does not)
                double w = r.get(j).weight();
                boolean conflict = everySyllable || fragmentOfPerson && w >= config.minConflictWeight()
                        || hanAgainstLatin && r.get(j).has(Token.HAN_READINGS);
                extraR += conflict ? Math.max(w, config.conflictWeight()) : w;
                // a title left over ("Prince", "HRH") is no other name of the list's that the query's parts left over
                // would be set against
                listLeftOver |= !r.get(j).title();
                listNameLeftOver |= !r.get(j).title() && !r.get(j).has(Token.CONNECTOR);
                if (explain != null) {
                    explain.extraList.add(r.get(j).text());
                }
            }
        }
        double extraQ = 0;
        boolean queryNumberLeft = false;
        boolean queryDistinctLeft = false;
        // the parts between a person's own first name and the last are middle names, or the father's and grandfather's
        // names that Arabic-script names give without a link word (هشام محي الدين ناظر of Hisham Nazer), or a
        // patronymic (Ivan Petrovich Sidorov of Ivan Sidorov): short forms leave them out, so where the query's first
        // and last parts both paired as names (no initial, no number) and the list leaves nothing over that could be
        // another name, they say as little as a list's patronymic does. A comma ("AL-TIKRITI, Qusay Saddam Hussein")
        // puts the family name first, and then the order tells nothing
        boolean middlesLeftOut = persons && !listNameLeftOver && !everySyllable && !hanAgainstLatin && pairs >= 2
                && firstNamed && lastNamed && q.get(q.size() - 1).number() == null
                && query.original().indexOf(',') < 0;
        for (int i = 0; i < q.size(); i++) {
            if (!usedQ[i] && (middlesLeftOut && i > ownFirst && i < q.size() - 1 && middleName(query, q.get(i))
                    || !ancestorsLeftOnBothSides && (query.generation(i) >= queryFrom || queryLonger && familyAfterChain(query, i)))) {
                extraAncestors += q.get(i).weight();
                if (explain != null) {
                    explain.extraQuery.add(q.get(i).text());
                }
            } else if (!usedQ[i]) {
                queryNumberLeft |= q.get(i).number() != null;
                queryDistinctLeft |= distinctive(q.get(i));
                double w = q.get(i).weight();
                // a title weighs almost nothing and never makes a conflict; a different legal form does
                boolean title = q.get(i).title();
                // a list name of one part (an alias: "Amana", "Shuqib") met by one part of a longer person's name says
                // nothing of the rest, which weighs as a conflict however common it is
                boolean syllable = hanAgainstLatin && q.get(i).has(Token.HAN_READINGS);
                extraQ += (!listLeftOver && !everySyllable && !listFragment && !syllable) || title ? w : Math.max(w, config.conflictWeight());
                if (explain != null) {
                    explain.extraQuery.add(q.get(i).text());
                }
            }
        }
        // a name of one part is a fragment (a given name, one word of a company's): whatever more the list name
        // says is not merely unknown to the user but unconfirmed, so it counts as a query part left over would;
        // so does a syllable of a Chinese name
        // so does an organisation's word that a person's name lacks: every word of a company's name is part of its
        // name, none a patronymic the user may not know (a person Naria is no Naria General Trading LLC)
        boolean personAgainstOrganisation = query.shape() == PreparedName.Shape.PERSON && list.shape() == PreparedName.Shape.ORGANISATION;
        double extraResultWeight = everySyllable || personAgainstOrganisation || queryOneName && !listOneName
                ? config.extraQueryWeight() : config.extraResultWeight();
        double denominator = matchedWeight + config.extraQueryWeight() * extraQ + extraResultWeight * extraR
                + config.extraResultWeight() * extraAncestors;
        double score = denominator <= 0 ? 0 : matched / denominator;
        // numbers pair only with their value, so one left over on each side means the names hold different ones
        // (Fund No. 2, Fund No. 3): what tells apart parties that share every other word
        double numberMismatch = queryNumberLeft && listNumberLeft ? config.numberMismatch() : 0;
        // a distinctive part left over on each side is another family, tribal or given name: evidence of another
        // party however many parts agree, so it takes a fixed amount rather than its share of the parts
        // in two Chinese names a syllable left over on either side makes another given name (Hao and Haoran)
        boolean syllableLeft = (everySyllable || hanAgainstLatin) && (syllableLeft(q, usedQ) || syllableLeft(r, usedR));
        // (below the cutoff nothing is reported, so the near spellings need not be sought there)
        // two chains that each leave the name of one generation unpaired name two fathers (or grandfathers): brothers or
        // cousins, however common the names (Muhammad bin Nayef bin Abdulaziz, Muhammad bin Salman bin Abdulaziz)
        boolean linkDiffers = chains && (headsLeft(query, usedQ) & headsLeft(list, usedR)) != 0;
        double partConflict = syllableLeft || linkDiffers || queryDistinctLeft && listDistinctLeft && score >= config.cutoff()
                && !nearSpellingLeft(q, usedQ, r, usedR) ? config.partConflict() : 0;
        double pairing = score;
        if (score < config.acronymMatch() && (initials(query, list) || initials(list, query))) {
            if (explain != null) {
                explain.whole(q.size() == 1 ? q.get(0).text() : "(initials)", r.size() == 1 ? r.get(0).text() : "(initials)", config.acronymMatch());
            }
            score = config.acronymMatch();
        }
        if (skeletonsApply(query, list, crossScript)) {
            double cross = crossScript(query.skeletons(), list.skeletons());
            if (cross > score) {
                if (explain != null) {
                    explain.whole(String.join(" ", query.skeletons()), String.join(" ", list.skeletons()), cross);
                }
                score = cross;
            }
        }
        if (score != pairing) {
            partConflict = 0; // the score stands for the whole name, not its parts
        }
        double afterNumbers = Math.max(0, score - numberMismatch);
        double after = Math.max(0, afterNumbers - partConflict);
        if (explain != null) {
            explain.numberMismatch = score - afterNumbers;
            explain.partConflict = afterNumbers - after;
        }
        return after;
    }

    /** Whether the consonant skeletons of the whole names are compared: across scripts, as a last resort ({@link #crossScript(List, List)}). */
    private static boolean skeletonsApply(PreparedName query, PreparedName list, boolean crossScript) {
        return crossScript && query.latin() != list.latin() && !query.skeletons().isEmpty() && !list.skeletons().isEmpty();
    }

    /** Whether every part of a name outside the one stretch paired is a title. */
    private boolean onlyTitlesBeside(List<Token> tokens, Unit paired) {
        for (int i = 0; i < tokens.size(); i++) {
            if ((i < paired.from() || i >= paired.to()) && !tokens.get(i).title()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a part left over says who someone is: a name rarer than {@link MatchConfig#distinctiveWeight()} says, longer than an
     * initial, and no number (numbers have their own rule) or legal form.
     */
    private boolean distinctive(Token t) {
        return t.weight() >= config.distinctiveWeight() && t.text().length() > 1 && !t.has(Token.NUMBER | Token.LEGAL_FORM);
    }

    /**
     * Whether a distinctive part left over on one side is spelt nearly as one on the other (Niimat, Niamat), or is
     * a written word against any: a typo or transliteration the pairing did not take for the same name may still be
     * one, so it is no evidence of another party.
     */
    private boolean nearSpellingLeft(List<Token> q, boolean[] usedQ, List<Token> r, boolean[] usedR) {
        for (int i = 0; i < q.size(); i++) {
            if (usedQ[i] || !distinctive(q.get(i))) {
                continue;
            }
            for (int j = 0; j < r.size(); j++) {
                Token a = q.get(i);
                Token b = r.get(j);
                if (!usedR[j] && distinctive(b) && (isWritten(a) || isWritten(b)
                        || spelling.of(a.text(), a.letters(), b.text(), b.letters(), config.nearSpelling()) >= config.nearSpelling())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether one Chinese syllable (read from Han, or romanised) is left unpaired: a word of several (Xinjiang, a
     * place added to a name) is no given name's syllable.
     */
    private static boolean syllableLeft(List<Token> tokens, boolean[] used) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!used[i] && (t.fromHan() || t.has(Token.HAN_READINGS)
                    && ChineseNames.get().readings(t.text()).stream().anyMatch(r -> r.size() == 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a part is a word written in an abjad or transcribed, whose letters or sounds a Latin part either spells
     * or not: when it does not, the spelling may be one the tables lack, no sign of another name.
     */
    private static boolean isWritten(Token t) {
        return t.has(Token.ABJAD | Token.TRANSCRIBED);
    }

    /**
     * Within each run of equally sure pairs (sorted as the pairing takes them), the pairs that fewest others of the run
     * share a part with go first, the order otherwise kept: a part that can pair only one way should not lose its one
     * partner to a part that has another (the first of two عارف taking Aref from the compound عارف الله, Arefullah; the
     * family's آل taking the "al" of Abd al-Aziz from the compound that needs it). Runs of fewer than three pairs cannot
     * be ordered better.
     */
    private static void fewestRivalsFirst(List<Candidate> candidates) {
        int n = candidates.size();
        for (int from = 0; from < n; ) {
            int to = from + 1;
            while (to < n && candidates.get(to).sim() == candidates.get(from).sim()) {
                to++;
            }
            if (to - from >= MIN_RIVAL_RUN) {
                List<Candidate> run = candidates.subList(from, to);
                int[] rivals = new int[run.size()];
                for (int i = 0; i < run.size(); i++) {
                    for (int j = i + 1; j < run.size(); j++) {
                        if (shares(run.get(i), run.get(j))) {
                            rivals[i]++;
                            rivals[j]++;
                        }
                    }
                }
                Integer[] order = new Integer[run.size()];
                for (int i = 0; i < order.length; i++) {
                    order[i] = i;
                }
                java.util.Arrays.sort(order, (a, b) -> Integer.compare(rivals[a], rivals[b]));
                List<Candidate> sorted = new ArrayList<>(order.length);
                for (int i : order) {
                    sorted.add(run.get(i));
                }
                for (int i = 0; i < sorted.size(); i++) {
                    run.set(i, sorted.get(i));
                }
            }
            from = to;
        }
    }

    /** Equally sure pairs fewer than this need no reordering: two either share a part (one wins either way) or not. */
    private static final int MIN_RIVAL_RUN = 3;

    private static boolean shares(Candidate a, Candidate b) {
        return a.q().from() < b.q().to() && b.q().from() < a.q().to() || a.r().from() < b.r().to() && b.r().from() < a.r().to();
    }

    /**
     * Whether generation {@code ga} of one chain may pair with generation {@code gb} of another, which differs: when each is
     * its chain's last link and the shorter chain leaves out only links of the longer one's middle. Those links must be
     * ancestors (the father kept: "Badr bin Abdullah bin Farhan" of "Badr bin Abdullah bin Mohammed bin Farhan"), or the
     * last link must end both names at a great-grandfather or beyond, a forebear the family is named after, as lists write
     * "Usama bin Ladin" for Usama bin Muhammad bin Awad bin Ladin; then that forebear's name must be distinctive in both,
     * and the person's own name in either (an abjad word weighs as every Latin name its letters may spell, يسلم as Yeslam,
     * Aslam and Salim), since a common given name and a family's name are shared by many of the family (Muhammad bin
     * Awad bin Ladin, and his grandson Muhammad bin Usama bin Muhammad bin Awad bin Ladin). A link followed by a
     * family name is a forebear's name, so a father left out there names another man: "Mohammed bin Abdulaziz Al Saud"
     * is a son of Abdulaziz, not Mohammed bin Nayef bin Abdulaziz Al Saud. Earlier links still pair generation by
     * generation, so order holds.
     *
     * @param ia the first part of {@code a}'s link, a generation's head
     * @param ib the first part of {@code b}'s link
     */
    private boolean skipsLinks(PreparedName a, int ia, PreparedName b, int ib) {
        int ga = a.generation(ia);
        int gb = b.generation(ib);
        if (ga < FATHER || gb < FATHER || ga != a.lastGeneration() || gb != b.lastGeneration()) {
            return false;
        }
        return Math.min(ga, gb) >= ANCESTOR || Math.max(ga, gb) >= FAMILY_FOREBEAR && a.chainEndsName() && b.chainEndsName()
                && distinctive(a.tokens().get(ia)) && distinctive(b.tokens().get(ib))
                && (distinctive(a.tokens().get(a.leadingTitles())) || distinctive(b.tokens().get(b.leadingTitles())));
    }

    /** The generation from which a chain's last link, ending the name, names the forebear a family is called after. */
    private static final int FAMILY_FOREBEAR = 3;

    /** Whether part {@code i} begins the name of a father or ancestor (not a link word: "BIN LADEN, Sa'ad"). */
    private static boolean namesAncestor(PreparedName name, int i) {
        return name.generation(i) >= FATHER && name.isGenerationHead(i);
    }

    /** The generations (one bit each, the father's and on) whose name's first word is left unpaired. */
    private static long headsLeft(PreparedName name, boolean[] used) {
        long out = 0;
        for (int i = 1; i < used.length; i++) {
            if (!used[i] && namesAncestor(name, i)) {
                out |= 1L << Math.min(name.generation(i), Long.SIZE - 1);
            }
        }
        return out;
    }

    /** Whether a part of a patronymic chain beyond the father's link is left unpaired. */
    private static boolean leavesAncestor(PreparedName name, boolean[] used) {
        if (!name.hasChain()) {
            return false;
        }
        for (int i = 0; i < used.length; i++) {
            if (!used[i] && name.generation(i) >= ANCESTOR) {
                return true;
            }
        }
        return false;
    }

    /** The first generation of a patronymic chain that names an ancestor rather than the father. */
    static final int ANCESTOR = 2;
    /** The generation of the father's link, the first of a chain. */
    private static final int FATHER = 1;

    /**
     * The first generation of {@code name}'s chain whose parts left over weigh as a list's patronymic: the father's
     * when the other name has no chain and every part of it but a particle or title paired (it is the short form), else
     * the first ancestor's.
     */
    private int chainFrom(PreparedName name, PreparedName other, boolean[] otherUsed) {
        return name.hasChain() && !other.hasChain() && otherUsed.length >= MIN_SHORT_FORM && allPaired(other, otherUsed)
                && namesBesideTitles(other) >= MIN_SHORT_FORM ? FATHER : ANCESTOR;
    }

    /** How many parts of a name are no titles: "Sultan, Pangéran Saudi Arabia" is one name however styled. */
    private int namesBesideTitles(PreparedName name) {
        int n = 0;
        for (Token t : name.tokens()) {
            if (!t.title()) {
                n++;
            }
        }
        return n;
    }

    /** Whether every part of a name but its articles, particles and titles paired. */
    private boolean allPaired(PreparedName name, boolean[] used) {
        for (int i = 0; i < used.length; i++) {
            // an article left over ("al Tuwaijri" against التويجري, which pairs with Tuwaijri) is no other name, nor is a
            // title ("Prince Turki bin Abdulaziz")
            Token t = name.tokens().get(i);
            if (!used[i] && !t.has(Token.CONNECTOR) && !t.title()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code shorter}'s chain, every part of it paired, is a short form of {@code longer}'s: both have a chain and
     * the pairing keeps generations apart (see pair), so what the longer name has besides are later links and its family name.
     */
    private boolean shorterChain(PreparedName shorter, PreparedName longer, boolean[] shorterUsed) {
        return shorter.hasChain() && longer.hasChain() && allPaired(shorter, shorterUsed);
    }

    /**
     * Whether at least two paired parts of a short form are names, not link words or particles: a given name alone, even
     * one written in two parts ("Abdul Qadir") or after a link word ("bin Abdulaziz"), is a fragment, whose person's
     * family name counts in full.
     */
    private static boolean givesTwoNames(PreparedName name, boolean[] used) {
        int names = 0;
        for (int i = 0; i < used.length; i++) {
            if (used[i] && !name.tokens().get(i).has(Token.LINK | Token.CONNECTOR)) {
                names++;
            }
        }
        return names >= MIN_SHORT_FORM;
    }

    /** Whether a stretch is a name's first part followed by its chain's first link word (not "AL SAUD, Sultan bin Salman"). */
    private static boolean ownNameBeforeChain(PreparedName name, Unit u) {
        return u.from() == name.leadingTitles() && u.to() < name.tokens().size() && name.generation(u.to()) > 0;
    }

    /** Whether part {@code i} comes after a patronymic chain's links at generation 0: the family name (Al Saud). */
    private static boolean familyAfterChain(PreparedName name, int i) {
        if (name.generation(i) != 0) {
            return false;
        }
        for (int k = 0; k < i; k++) {
            if (name.generation(k) > 0) {
                return true;
            }
        }
        return false;
    }

    /** A short form gives at least a given and a family name: one part alone is a fragment (see pair). */
    private static final int MIN_SHORT_FORM = 2;

    /**
     * Across scripts, the consonant skeletons of the whole names, compared in the order written and
     * with the last word moved first (family-name-first scripts): the best similarity, if it reaches
     * {@link MatchConfig#minCrossScript()}, else 0.
     */
    private double crossScript(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        String sa = String.join("", a);
        String sb = String.join("", b);
        if (Math.min(sa.length(), sb.length()) < config.minSkeleton()) {
            return 0;
        }
        double best = Math.max(similarity(sa, sb), similarity(sa, String.join("", rotate(b))));
        best = Math.max(best, similarity(String.join("", rotate(a)), String.join("", b)));
        return best >= config.minCrossScript() ? best : 0;
    }

    private static List<String> rotate(List<String> words) {
        if (words.size() < 2) {
            return words;
        }
        List<String> r = new ArrayList<>(words.size());
        r.add(words.get(words.size() - 1));
        r.addAll(words.subList(0, words.size() - 1));
        return r;
    }

    private static double similarity(String a, String b) {
        return 1.0 - (double) LEVENSHTEIN.apply(a, b) / Math.max(a.length(), b.length());
    }

    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    /**
     * Adds pairs of two adjacent parts of {@code name} that equal one part of {@code other} written joined,
     * as spelt (1.0) or as read ("Chin"+"p'ing" read jin+ping against "Jinping": {@link MatchConfig#readingMatch()}).
     */
    private void joined(PreparedName name, PreparedName other, List<Candidate> out, boolean aIsQuery) {
        List<Token> a = name.tokens();
        if (a.size() < 2) {
            return;
        }
        JoinedParts joinedA = name.joined();
        JoinedParts joinedB = other.joined();
        if (joinedA.noneCanMeet(joinedB)) {
            return;
        }
        List<Token> b = other.tokens();
        for (int i = 0; i + 1 < a.size(); i++) {
            Token x = a.get(i);
            Token y = a.get(i + 1);
            boolean plainPair = joinedA.plainPair(i);
            String xy = joinedA.two(i);
            // a Cyrillic rendering writes the article onto the name (Альгамдан, Алуалид) where Latin writes it apart
            // ("Al Hamdan"); only after a Latin article, or every two Latin words would be aligned with every Cyrillic one
            boolean articled = xy != null && joinedB.cyrillic() && x.cyrillic() == null && y.cyrillic() == null
                    && LATIN_ARTICLES.contains(x.text());
            if (joinedA.aroundParticle(i) != null) {
                joinedAroundParticle(joinedA, i, a, b, joinedB, out, aIsQuery);
            }
            // two parts without readings whose joined length no part of b has are passed over without comparing them
            // with each part of b (nearly all are)
            int joinedLength = x.length() + y.length();
            if (plainPair && !joinedB.written() && !articled && !joinedB.spoken() && !joinedB.hasPartOfLength(joinedLength)) {
                continue;
            }
            boolean hasReadings = !plainPair && joinedA.hasReadings(i);
            // what x and y are together is asked once, not for each part of b; of each part of b, its kinds and length
            // first, which spare loading its text
            String abjad = x.abjad() != null && y.abjad() != null ? x.abjad() + y.abjad() : null;
            TranscribedWord transcribed = x.transcribed() != null && y.transcribed() != null ? x.transcribed().join(y.transcribed()) : null;
            boolean neitherSpoken = !x.spoken() && !y.spoken();
            String three = joinedA.threeWords(i);
            for (int j = 0; j < b.size(); j++) {
                Token t = b.get(j);
                boolean writtenPart = t.has(Token.ABJAD | Token.TRANSCRIBED);
                double sim = abjad != null ? (t.alignable() ? abjad(abjad, t.text()) : 0)
                        : transcribed != null ? (t.alignable() ? transcribed(transcribed, t.text()) : 0)
                        : writtenPart ? (xy != null ? written(t, xy) : 0)
                        : t.length() == joinedLength && writtenJoined(x.text(), y.text(), t.text()) ? 1.0
                        : hasReadings && joinedA.readsAs(i, t) ? config.readingMatch()
                        : neitherSpoken && t.has(Token.SPOKEN) && t.readings().contains(x.text() + y.text()) ? config.readingMatch() : 0;
                if (articled && t.cyrillic() != null) {
                    sim = Math.max(sim, abjad(t.cyrillic(), xy));
                }
                if (sim > 0) {
                    add(out, new Unit(i, i + 2, x.weight() + y.weight()), unit(b, j), sim, aIsQuery);
                }
                // Latin often writes a theophoric name in three words (Abd al-Aziz, Abd el Halim) where the abjad
                // or a transcription writes one or two
                if (three != null && writtenPart) {
                    double sim3 = written(t, three);
                    if (sim3 > 0) {
                        add(out, new Unit(i, i + 3, x.weight() + y.weight() + a.get(i + 2).weight()), unit(b, j), sim3, aIsQuery);
                    }
                }
            }
        }
    }

    /**
     * A part of a company's name in pinyin syllables that joins three or more of them (tu lu fan: tulufan) against the
     * same syllables read from a name in characters one by one (吐鲁番), which {@link #joined} would join only two of.
     */
    private static void runs(PreparedName name, List<Token> b, List<Candidate> out, boolean aIsQuery) {
        if (name.runs().isEmpty()) {
            return;
        }
        List<Token> a = name.tokens();
        for (int i = 0; i < a.size(); i++) {
            List<String> syllables = name.runs().get(a.get(i).text());
            for (int j = 0; syllables != null && j + syllables.size() <= b.size(); j++) {
                if (spells(b, j, syllables)) {
                    double weight = 0;
                    for (int k = j; k < j + syllables.size(); k++) {
                        weight += b.get(k).weight();
                    }
                    add(out, new Unit(j, j + syllables.size(), weight), unit(a, i), PERFECT, !aIsQuery);
                }
            }
        }
    }

    /** Whether the parts of {@code b} from {@code from} are these syllables, each read from a character. */
    private static boolean spells(List<Token> b, int from, List<String> syllables) {
        for (int k = 0; k < syllables.size(); k++) {
            Token t = b.get(from + k);
            if (!t.fromHan() || !t.text().equals(syllables.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Three Latin parts around a short middle one that another name writes as one word: a compound that a
     * transliteration splits at its particle or article (Абду-ль-Азиз as "Abdu l Aziz", Abdulaziz; "Abd al Aziz",
     * Abdelaziz by {@link ServantOf}'s reading), as spelt (1.0) or as read ({@link MatchConfig#readingMatch()}).
     */
    private void joinedAroundParticle(JoinedParts joinedA, int i, List<Token> a, List<Token> b, JoinedParts joinedB,
            List<Candidate> out, boolean aIsQuery) {
        String xyz = joinedA.aroundParticle(i);
        String reading = joinedA.servantOfReading(i);
        String other = joinedA.servantOfOtherReading(i);
        if (reading == null && other == null && !joinedB.hasPartOfLength(xyz.length())) {
            return;
        }
        for (int j = 0; j < b.size(); j++) {
            Token t = b.get(j);
            if (!t.alignable()) {
                continue;
            }
            double sim = t.text().equals(xyz) ? 1.0
                    : reading != null && (t.text().equals(reading) || t.readings().contains(reading))
                    || other != null && (t.text().equals(other) || t.readings().contains(other)) ? config.readingMatch() : 0;
            if (sim > 0) {
                add(out, new Unit(i, i + 3, a.get(i).weight() + a.get(i + 1).weight() + a.get(i + 2).weight()), unit(b, j), sim,
                        aIsQuery);
            }
        }
    }

    private static void add(List<Candidate> out, Unit joint, Unit single, double sim, boolean jointIsQuery) {
        out.add(jointIsQuery ? new Candidate(joint, single, sim) : new Candidate(single, joint, sim));
    }

    /** Whether {@code joined} is {@code x} followed by {@code y}, without building the joined text for every pair. */
    private static boolean writtenJoined(String x, String y, String joined) {
        return joined.length() == x.length() + y.length() && joined.startsWith(x) && joined.endsWith(y);
    }

    private static Unit unit(List<Token> tokens, int i) {
        return new Unit(i, i + 1, tokens.get(i).weight());
    }

    private static void mark(boolean[] used, Unit u) {
        for (int i = u.from(); i < u.to(); i++) {
            used[i] = true;
        }
    }

    /**
     * Part similarity, raised to a near-certain match when the parts share a reading.
     *
     * @param strictSyllables both parts are Chinese names' syllables: different syllables are a different name
     *                        (Jinping and Jinming), so spelling similarity does not count
     * @param persons         neither name is an organisation's: another ending of a known name makes another name
     * @param floor           spelling similarities below this all act alike (no pair, no sound-alike), so
     *                        they need not be computed exactly
     */
    double similarity(Token a, Token b, boolean strictSyllables, boolean persons, double floor, boolean cantonese) {
        // two Latin spellings, nearly every pair a screening compares, meet by spelling or sound alone: none of the
        // checks below applies, and asking the bits once spares reading each field they stand for
        if (((a.kinds() | b.kinds()) & Token.NOT_PLAIN) == 0) {
            // and most of those are refused from their lengths and letters, without loading either text
            return spelling.surelyApart(a.length(), a.letters(), b.length(), b.letters()) ? 0
                    : sounded(a, b, spelt(a, b, strictSyllables, persons, floor), strictSyllables);
        }
        // numbers are the same part when their values are (44 and Forty-Four, II and Jr, الثاني and II) and never pair
        // otherwise, not even as typos (2 and 25)
        if (a.number() != null && b.number() != null) {
            return a.number().equals(b.number()) ? 1.0 : 0;
        }
        if (a.transcribed() != null || b.transcribed() != null) {
            if (a.transcribed() != null && b.transcribed() != null) {
                return a.text().equals(b.text()) ? 1.0 : 0;
            }
            Token written = a.transcribed() != null ? a : b;
            Token other = written == a ? b : a;
            return other.alignable() ? transcribed(written.transcribed(), other.text()) : 0;
        }
        if ((a.abjad() == null) != (b.abjad() == null)) {
            // a syllable read from Han, Hangul or kana is no Latin spelling: two writings without a Latin one cannot be
            // aligned
            if (a.fromHan() || b.fromHan() || a.spoken() || b.spoken()) {
                return 0;
            }
            Token written = a.abjad() != null ? a : b;
            String latin = (written == a ? b : a).text();
            // a Latin initial stands for the written word it may begin, as for a Latin word (Ilham Y. al-Qaradawi)
            if (latin.length() == 1) {
                return AbjadLetters.initialFits(written.abjad(), latin.charAt(0)) ? config.initialMatch() : 0;
            }
            return sameLink(written, latin) ? config.readingMatch() : abjad(written.abjad(), latin);
        }
        if (a.spoken() || b.spoken()) {
            return spoken(a, b);
        }
        if (chineseSyllable(a) != chineseSyllable(b) && (chineseSyllable(a) ? b : a).alignable()) {
            return chineseSyllable(a) ? romanised(a, b, cantonese) : romanised(b, a, cantonese);
        }
        // a number against a word is compared as spelt (a Roman numeral may be a name's part), but never as an initial
        // (II and I)
        if ((a.number() != null || b.number() != null) && (a.text().length() == 1 || b.text().length() == 1)
                && !a.text().equals(b.text())) {
            return 0;
        }
        double s = spelt(a, b, strictSyllables, persons, floor);
        if (s < 1.0 && !strictSyllables && (a.alternative() != null || b.alternative() != null)) {
            s = Math.max(s, alternatively(a, b, floor));
        }
        if (s < config.abjadMatch() && (a.cyrillic() == null) != (b.cyrillic() == null)) {
            s = Math.max(s, rendering(a.cyrillic() != null ? a : b, a.cyrillic() != null ? b : a));
        }
        if (s < 1.0 && a.has(Token.READINGS) && b.has(Token.READINGS)) {
            for (String ra : a.readings()) {
                if (b.readings().contains(ra)) {
                    return Math.max(s, config.readingMatch());
                }
            }
        }
        if (s < config.readingMatch() && a.fromHan() != b.fromHan()
                && (a.fromHan() ? b.hanReadings().contains(a.text()) : a.hanReadings().contains(b.text()))) {
            return config.readingMatch();
        }
        if (s < config.crossKeyMatch() && a.fromHan() != b.fromHan() && a.has(Token.CROSS_KEY) && a.crossKey().equals(b.crossKey())) {
            return config.crossKeyMatch();
        }
        return sounded(a, b, s, strictSyllables);
    }

    /**
     * How alike two parts are as spelt: the same text, a typo within the edit budget or of a short name; never another
     * ending of a known name. Of two Chinese names, different syllables are different names.
     */
    private double spelt(Token a, Token b, boolean strictSyllables, boolean persons, double floor) {
        double s = a.text().equals(b.text()) ? 1.0 : strictSyllables ? 0
                : bothArticled(a, b) ? spelling.of(a.text().substring(ARTICLE_TEXT.length()), b.text().substring(ARTICLE_TEXT.length()), floor)
                : spelling.of(a.text(), a.letters(), b.text(), b.letters(), floor);
        if (persons && s > 0 && s < 1.0 && isKnownName(a) && isKnownName(b) && spelling.anotherEnding(a.text(), b.text())) {
            s = 0; // two names of their own, one another's form (Mario, Maria), not a typo of one; a company's Groupe is its Group
        }
        if (s < floor && !strictSyllables) {
            // a typo of a short name (Kony, Konu); shortTypo refuses nearly every pair by length at once, so it goes first
            double typo = spelling.shortTypo(a.text(), b.text());
            if (typo > s && !(isKnownName(a) && isKnownName(b))) {
                s = typo;
            }
        }
        return s;
    }

    /** The similarity {@code s} of two parts, raised to {@link MatchConfig#phoneticMatch()} when they sound alike and are spelt nearly so. */
    private double sounded(Token a, Token b, double s, boolean strictSyllables) {
        // one consonant apart, as a spelling of the same sound is (Marc, Mark; Eric, Erik): the edit budget refuses that
        // in a short name, where it makes another name, and the one code tells which letters spell one sound. Not of an
        // abjad word's consonants, which are no spelling (مددی Madadi, مهدي Mahdi)
        // (the lengths first: most pairs of parts differ by more than a letter, and this runs for every pair that fails)
        if (!strictSyllables && s < config.phoneticMatch() && Math.abs(a.length() - b.length()) <= 1
                && a.alignable() && b.alignable() && a.phonetic().equals(b.phonetic())
                && spelling.comparableLength(a.text(), b.text()) && !TokenSimilarity.isNumber(a.text())
                && TokenSimilarity.oneConsonantApart(a.text(), b.text())
                && TokenSimilarity.jaroWinkler(a.text(), b.text()) >= config.minPhoneticSpelling()) {
            return config.phoneticMatch();
        }
        return s;
    }

    /**
     * Whether a part is a Chinese syllable read from Han characters (a Uyghur element read from them carries its
     * skeleton as its cross key, and is compared as a spelling).
     */
    private static boolean chineseSyllable(Token t) {
        return t.has(Token.CHINESE_SYLLABLE);
    }

    /**
     * A syllable read from Han characters against a Latin part. Its reading is certain, so the Latin part either
     * writes it in the romanisation of the pass (Mandarin: pinyin, Wade-Giles, Gwoyeu Romatzyh, as
     * ChineseNames.systematicReadings reads them; Cantonese: the Hong Kong government's spellings) or is another
     * syllable, never a typo of it (Chen is no Chein, Tang no Taung, Cheng no Chang); and a customary spelling of
     * a surname (Cantonese, Hokkien, Teochew, Taiwanese: surnames.tsv) writes that surname alone, as the name's
     * surname, in either pass (Lee Teng-hui; Yin writes 鄢, never the given name 燕 of 秦燕, nor the surname 尹).
     */
    private double romanised(Token han, Token latin, boolean cantonese) {
        if (cantonese ? han.hanReadings().contains(latin.text()) : han.text().equals(latin.text())) {
            return cantonese ? config.readingMatch() : 1.0;
        }
        if (!cantonese && latin.hanReadings().contains(han.text())) {
            return config.readingMatch();
        }
        for (String character : han.hanReadings()) {
            if (Scripts.isHan(character.codePointAt(0)) && latin.hanReadings().contains(character)) {
                return config.readingMatch();
            }
        }
        return 0;
    }

    /**
     * Whether two words in Arabic script both carry the article: half the family names do, so the shared al- says nothing
     * of how alike the names are, and spelling similarity is taken of the rest (al-Tariqi is no al-Tikriti).
     */
    private static boolean bothArticled(Token a, Token b) {
        return a.abjad() != null && b.abjad() != null && a.abjad().startsWith(AbjadLetters.ARTICLE) && b.abjad().startsWith(AbjadLetters.ARTICLE)
                && a.text().startsWith(ARTICLE_TEXT) && b.text().startsWith(ARTICLE_TEXT)
                && a.text().length() > ARTICLE_TEXT.length() && b.text().length() > ARTICLE_TEXT.length();
    }

    /**
     * Whether a written link word (بن, ابن, אבן) is the same word as a Latin one however Latin spells it (bin, ibn, ben),
     * which its letters cannot tell (ابن writes the alif that "bin" leaves out): it meets it as two Latin spellings of
     * it meet.
     */
    private static boolean sameLink(Token written, String latin) {
        String link = PatronymicChain.linkReading(written.text());
        return link != null && link.equals(PatronymicChain.linkReading(latin)) && AbjadLetters.particle(written.abjad()) != null;
    }

    /**
     * A Cyrillic rendering of an Arabic-script name against a Latin spelling of it, letter by letter as the abjad word
     * would be (Кардави, Qaradawi; Наиф, Nayef), where the two spellings of the text are far apart. The article as
     * spoken, assimilated (аз-Завахири), is al- in Latin: as sure as a spelling, so that a name the article is written
     * onto pairs first. A word of three letters writes two consonants at most, too few to tell a name by (Тит is no Tet).
     */
    private double rendering(Token cyrillic, Token latin) {
        String letters = cyrillic.cyrillic();
        if (!latin.alignable() || latin.text().length() < 2) {
            return 0;
        }
        if (AbjadLetters.isCyrillicArticle(letters)) {
            return LATIN_ARTICLES.contains(latin.text()) ? config.abjadMatch() : 0;
        }
        return letters.length() > config.abjadExactWord() ? abjad(letters, latin.text()) : 0;
    }

    /** The Arabic article as Latin spellings write it apart (al-Zawahiri, el-Sisi, Abd ul Haq). */
    private static final Set<String> LATIN_ARTICLES = Set.of("al", "el", "ul");

    /** The article as a word in Arabic script is written for comparison ('altryqy'). */
    private static final String ARTICLE_TEXT = "al";

    /** The best similarity of either part's other spelling (ISO 9 for BGN) with the other part's spellings. */
    private double alternatively(Token a, Token b, double floor) {
        double best = 0;
        for (String x : new String[] {a.text(), a.alternative()}) {
            for (String y : new String[] {b.text(), b.alternative()}) {
                if (x != null && y != null && (x != a.text() || y != b.text())) {
                    best = Math.max(best, x.equals(y) ? 1.0 : spelling.of(x, y, floor));
                }
            }
        }
        return best;
    }

    /**
     * A part read from Hangul or Japanese against another part: against a Latin part, the same when its spellings
     * hold the other's text; against another part read from a script, when both are written alike; else nothing.
     * Syllables that differ are different names (Jong Un and Jong Il), so no spelling merely close counts.
     */
    private double spoken(Token a, Token b) {
        if (a.text().equals(b.text())) {
            return 1.0;
        }
        // two parts read from one script are the same part only as written, or (Hangul) as the North and the South write
        // one name (리 and 이, KoreanNames.initialSoundLaw): their usual Latin spellings mix systems and meet across
        // different names (정은 reads jeongun, RR jeong with the DPRK's un, and 정운 is jeongun in RR: 김정은 is not 김정운)
        if (a.spoken() && b.spoken()) {
            return a.alternative() != null && (a.alternative().equals(b.text()) || a.alternative().equals(b.alternative()))
                    || b.alternative() != null && b.alternative().equals(a.text()) ? config.readingMatch() : 0;
        }
        if (a.readings().contains(b.text()) || b.readings().contains(a.text())) {
            return config.readingMatch();
        }
        return 0;
    }

    /**
     * A word written in an abjad against a Latin part: {@link MatchConfig#abjadMatch()} when the Latin part spells every
     * written letter, less by {@link MatchConfig#abjadCostStep()} per tenth of an edit ({@link AbjadAlignment}), 0 past
     * the budget: a word of three letters must be spelt exactly, one of four may differ by a Latin glide or a
     * diphthong, a longer one by a long vowel; never by a consonant, since the vowels the Latin side may add already make
     * many spellings meet. An article written on a word of at least three letters more (al-) may be left out in
     * Latin; Allah is no article and "lah".
     */
    double abjad(String letters, String latin) {
        int budget = letters.length() >= config.abjadLongWord() ? config.abjadLongBudget()
                : letters.length() > config.abjadExactWord() ? config.abjadShortBudget() : 0;
        int cost = AbjadAlignment.cost(letters, latin, budget);
        if (cost > 0 && letters.length() > AbjadLetters.ARTICLE.length() + 2 && letters.startsWith(AbjadLetters.ARTICLE)) {
            cost = Math.min(cost, AbjadAlignment.cost(letters.substring(AbjadLetters.ARTICLE.length()), latin, budget) + config.abjadArticleLeftOut());
        }
        return cost > budget ? 0 : config.abjadMatch() - cost * config.abjadCostStep();
    }

    /** A word written in an abjad or transcribed, against Latin text. */
    private double written(Token t, String latin) {
        return t.abjad() != null ? abjad(t.abjad(), latin) : transcribed(t.transcribed(), latin);
    }

    /**
     * A transcribed word against a Latin part: a particle is the same as any of its Latin forms; another word
     * {@link MatchConfig#transcribedMatch()} when the Latin part spells every written sound, less by {@link MatchConfig#transcribedCostStep()}
     * per tenth of an edit ({@link TranscribedAlignment}), 0 past a budget that grows with the consonants the word
     * writes: a word of one or two must be spelt all but exactly (马克 is Mark, not Mike), one of three may bend a
     * vowel (ディヴィッド, David), a longer one two; never a consonant.
     */
    double transcribed(TranscribedWord word, String latin) {
        if (word.latin().contains(latin)) {
            return 1.0;
        }
        int consonants = word.consonants();
        int budget = consonants >= config.transcribedLongWord() ? config.transcribedLongBudget()
                : consonants == config.transcribedLongWord() - 1 ? config.transcribedMiddleBudget() : config.transcribedShortBudget();
        int cost = TranscribedAlignment.cost(word, latin, budget);
        return cost > budget ? 0 : config.transcribedMatch() - cost * config.transcribedCostStep();
    }

    /**
     * Whether {@code single} is one part that stands for the initials of {@code words}. An organisation's initials
     * are its short name (XPCC); a person is known by initials only as written in capitals (MBS), for a one-part
     * name in letters and case is a given name (Saiq is no Saif al-Islam Qadhafi).
     */
    private static boolean initials(PreparedName single, PreparedName words) {
        boolean person = single.shape() == PreparedName.Shape.PERSON || words.shape() == PreparedName.Shape.PERSON;
        return acronym(single.tokens(), words.tokens()) && (!person || isCapitals(single.original()));
    }

    private static boolean isCapitals(String text) {
        return text.codePoints().noneMatch(Character::isLowerCase) && text.codePoints().anyMatch(Character::isUpperCase);
    }

    /** Whether {@code single} is one part that abbreviates the parts of {@code words} (XPCC). */
    private static boolean acronym(List<Token> single, List<Token> words) {
        if (single.size() != 1 || words.size() < MIN_ACRONYM_WORDS) {
            return false;
        }
        String a = single.get(0).text();
        if (a.length() < MIN_ACRONYM_WORDS || a.length() > words.size() + 1) {
            return false;
        }
        List<String> texts = new ArrayList<>(words.size());
        for (Token t : words) {
            texts.add(t.text());
        }
        return OrgNames.get().isAcronymOf(a, texts);
    }

    /** The highest score a pairing can have: every pair's similarity is at most 1, and so is their weighted mean. */
    static final double PERFECT = 1.0;

    /** Acronyms of fewer words ("AB") match by chance. */
    static final int MIN_ACRONYM_WORDS = 3;

    /**
     * Whether the lists know a part as a name of its own: carried by enough list names to weigh at most
     * {@link MatchConfig#knownNameWeight()}, and no title or legal form.
     */
    private boolean isKnownName(Token t) {
        return t.weight() <= config.knownNameWeight() && t.weight() >= config.minConflictWeight() && !t.has(Token.LEGAL_FORM);
    }
}
