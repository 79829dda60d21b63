package org.clearance.validation;

/**
 * One test case and how the filter scored it.
 *
 * @param kind        which test it belongs to
 * @param id          stable within a run: the entry and name, or the input row
 * @param test        the treatment id; for exact names the name's kind; for negatives the locale; for pairs the category
 * @param entityId    the entry the case must find (exact names, treatments), or "" when none must be found
 * @param dataset     the dataset of that entry; for negatives and pairs ""
 * @param schema      the FtM schema screened
 * @param script      the script of the name screened (ICU's name: Latin, Han, Arabic, Cyrillic...)
 * @param from        the listed name the case was made from, or the pair's first name
 * @param query       the name screened, or the pair's second name
 * @param score       the expected entry's score (0 when it was not among the results); for negatives the best score
 *                    of any entry; for pairs the pair's score
 * @param scoreB      the same under the compared configuration; NaN without {@code --compare}
 * @param mustMatch   whether the filter should alert: true for exact names and treatments, false for negatives,
 *                    the label for pairs
 * @param detail      what else is worth seeing: the entry that outscored or alerted, with its explanation
 */
public record CaseResult(Kind kind, String id, String test, String entityId, String dataset, String schema, String script,
        String from, String query, double score, double scoreB, boolean mustMatch, String detail) {

    /** The four tests a report holds. */
    public enum Kind {
        /** Every name of every entry screened as written. */
        EXACT,
        /** Names changed by a treatment. */
        TREATED,
        /** People on no list. */
        NEGATIVE,
        /** The user's labelled pairs. */
        PAIR
    }

    /** Whether the filter alerts on this case at this threshold, by its first configuration's score. */
    public boolean alerts(double threshold) {
        return score >= threshold;
    }

    /** Whether its outcome is what it should be at this threshold. */
    public boolean right(double threshold) {
        return alerts(threshold) == mustMatch;
    }

    /** Whether the compared configuration changes its outcome. */
    public boolean flips(double threshold, double thresholdB) {
        return !Double.isNaN(scoreB) && (score >= threshold) != (scoreB >= thresholdB);
    }
}
