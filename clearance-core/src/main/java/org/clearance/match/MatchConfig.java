package org.clearance.match;

/**
 * Every weight and threshold that changes a screening decision, in one place. A request may pass
 * its own copy; {@link #DEFAULT} is what the command line and API use when it does not.
 *
 * @param threshold          a candidate with at least this score is a match (yente's default, 0.70,
 *                           so that clients moving from it see the same cut)
 * @param cutoff             candidates below this score are not reported at all (yente: 0.50)
 * @param extraQueryWeight   how much a query name part that found no partner counts against the
 *                           score, relative to a matched part: a missing part the user typed is
 *                           strong evidence of a different person (logic-v2 uses 0.8)
 * @param extraResultWeight  the same for list-side parts: lists carry extra names (patronymics,
 *                           middle names, tribal names) the user rarely knows, so they count little
 * @param conflictWeight     the least weight of an unpaired query part when the list name also has
 *                           unpaired parts: then the names disagree ("Ali" against "Mohammad"), which
 *                           is evidence of a different person however common the parts are
 * @param minTokenSimilarity two name parts below this similarity are not paired at all
 * @param minCrossScript     across scripts (Hebrew, Arabic, Han, Hangul against Latin), the least
 *                           similarity of the names' consonant skeletons that counts as a name score
 * @param dobYearMismatch    subtracted when every birth date on both sides differs in the year
 * @param dobDayMismatch     subtracted when years agree but the known months or days differ
 * @param countryMismatch    subtracted when both sides name countries and none is shared
 * @param genderMismatch     subtracted when both sides state a gender and they differ
 * @param identifierMatch    the least score of a candidate sharing an identifier (passport, IMO,
 *                           USCC...) with the query: an exact identifier match is evidence on its own
 * @param candidates         candidates retrieved per query before scoring
 */
public record MatchConfig(double threshold, double cutoff, double extraQueryWeight, double extraResultWeight,
        double conflictWeight, double minTokenSimilarity, double minCrossScript, double dobYearMismatch, double dobDayMismatch, double countryMismatch,
        double genderMismatch, double identifierMatch, int candidates) {

    public static final MatchConfig DEFAULT = new MatchConfig(0.70, 0.50, 0.8, 0.2, 0.8, 0.86, 0.75, 0.15, 0.10, 0.10, 0.20, 0.95, 50);

    /**
     * This configuration with some values replaced, by component name ({@code threshold=0.8},
     * {@code extraQueryWeight=0.6}), as a request or the command line gives them.
     *
     * @throws IllegalArgumentException naming an unknown setting or a value that is not a number
     */
    public MatchConfig with(java.util.Map<String, String> overrides) {
        var components = MatchConfig.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        java.util.Set<String> known = new java.util.TreeSet<>();
        try {
            for (int i = 0; i < components.length; i++) {
                var c = components[i];
                known.add(c.getName());
                types[i] = c.getType();
                String v = overrides.get(c.getName());
                if (v == null) {
                    values[i] = c.getAccessor().invoke(this);
                } else if (c.getType() == int.class) {
                    values[i] = Integer.parseInt(v.strip());
                } else {
                    values[i] = Double.parseDouble(v.strip());
                }
            }
            for (String k : overrides.keySet()) {
                if (!known.contains(k)) {
                    throw new IllegalArgumentException("unknown setting '" + k + "'; settings: " + String.join(", ", known));
                }
            }
            return MatchConfig.class.getDeclaredConstructor(types).newInstance(values);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + e.getMessage(), e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("MatchConfig is a record with a canonical constructor", e);
        }
    }

    public MatchConfig withThreshold(double t) {
        return new MatchConfig(t, Math.min(cutoff, t), extraQueryWeight, extraResultWeight, conflictWeight, minTokenSimilarity, minCrossScript,
                dobYearMismatch, dobDayMismatch, countryMismatch, genderMismatch, identifierMatch, candidates);
    }

    public MatchConfig withCutoff(double c) {
        return new MatchConfig(threshold, c, extraQueryWeight, extraResultWeight, conflictWeight, minTokenSimilarity, minCrossScript,
                dobYearMismatch, dobDayMismatch, countryMismatch, genderMismatch, identifierMatch, candidates);
    }
}
