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
record Scoring(double threshold, double cutoff, Map<String, String> settings, int limit, Set<String> datasets)
        implements Serializable {
    Scoring {
        settings = Map.copyOf(settings);
        datasets = Set.copyOf(datasets);
    }

    /**
     * The configuration by the CLI's rule: the cutoff, then the threshold (which lowers a cutoff above it), then the
     * settings.
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
            return MatchConfig.DEFAULT.withCutoff(cutoff).withThreshold(threshold).with(settings);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--set: " + e.getMessage(), e);
        }
    }

    private static void check(String option, Setting setting, double value) {
        try {
            setting.check(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
        }
    }
}
