package org.clearance.spark;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;
import org.clearance.match.MatchConfig;
import org.clearance.match.Setting;

/**
 * What the job screens with, as the CLI's {@code --threshold}, {@code --cutoff}, {@code --set}, {@code --limit} and
 * {@code --datasets} give it: shipped to the executors as values, each of which builds the same {@link MatchConfig}.
 */
record Scoring(Double threshold, Double cutoff, Map<String, String> settings, int limit, Set<String> datasets)
        implements Serializable {
    Scoring {
        settings = Map.copyOf(settings);
        datasets = Set.copyOf(datasets);
    }

    /**
     * The configuration by the rule of the CLI and the API, {@link MatchConfig#with(Map, Double, Double)}: the settings,
     * then the cutoff and the threshold where given (a threshold lowers a cutoff above it).
     *
     * @throws IllegalArgumentException naming the option, the setting, the value and the range
     */
    MatchConfig config() {
        check("--cutoff", MatchConfig.CUTOFF, cutoff);
        check("--threshold", MatchConfig.THRESHOLD, threshold);
        if (limit < 1) {
            throw new IllegalArgumentException("--limit: must be at least 1, not " + limit);
        }
        try {
            return MatchConfig.DEFAULT.with(settings, threshold, cutoff);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--set: " + e.getMessage(), e);
        }
    }

    private static void check(String option, Setting setting, Double value) {
        if (value == null) {
            return;
        }
        try {
            setting.check(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
        }
    }
}
