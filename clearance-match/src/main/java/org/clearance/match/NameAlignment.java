package org.clearance.match;

import java.util.List;

/**
 * How the parts of a query name met the parts of a list name, and the score that follows.
 *
 * @param score     in [0, 1]
 * @param pairs     the parts that met, each with its similarity
 * @param extraQuery query parts that met nothing
 * @param extraList  list parts that met nothing
 * @param numberMismatch what the score lost because both names hold a number the other lacks (among the extra
 *                   parts), {@link MatchConfig#numberMismatch()}; 0 when they do not
 * @param partConflict what the score lost because both names hold a distinctive part the other lacks,
 *                   {@link MatchConfig#partConflict()}; 0 when they do not
 */
public record NameAlignment(PreparedNameView query, PreparedNameView list, double score, List<Pair> pairs,
        List<String> extraQuery, List<String> extraList, double numberMismatch, double partConflict) {

    /** A name as the explanation shows it. */
    public record PreparedNameView(String original, String kind) {}

    /** Query part(s) and list part(s) that met; joined parts ("hai"+"lun") are written with a plus. */
    public record Pair(String query, String list, double similarity) {}

    /** One line for people: {@code 'zhu'='zhu' 1.00, 'hailun'~'hai+lun' 1.00; extra list part: 'memet'}. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (Pair p : pairs) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append('\'').append(p.query()).append('\'').append(p.similarity() >= 1.0 ? "=" : "~")
                    .append('\'').append(p.list()).append("' ").append(ScoreText.of(p.similarity()));
        }
        if (!extraQuery.isEmpty()) {
            sb.append("; unmatched query part").append(extraQuery.size() > 1 ? "s" : "").append(": ").append(String.join(" ", extraQuery));
        }
        if (!extraList.isEmpty()) {
            sb.append("; extra list part").append(extraList.size() > 1 ? "s" : "").append(": ").append(String.join(" ", extraList));
        }
        if (numberMismatch > 0) {
            sb.append("; the numbers differ: -").append(ScoreText.of(numberMismatch));
        }
        if (partConflict > 0) {
            sb.append("; a distinctive part differs: -").append(ScoreText.of(partConflict));
        }
        return sb.toString();
    }
}
