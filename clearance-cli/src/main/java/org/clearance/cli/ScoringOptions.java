package org.clearance.cli;

import java.util.HashMap;
import java.util.Map;
import org.clearance.match.MatchConfig;
import org.clearance.match.Setting;
import picocli.CommandLine.Option;

/**
 * The options of every command that scores ({@code match}, {@code screen}, {@code pairs}, {@code scan-text},
 * {@code trace}, {@code validate}), mixed into each with {@code @Mixin}: one set of names, defaults and checks, merged
 * by the one rule of {@link MatchConfig#with(Map, Double, Double)}, which the API and the Spark job apply too.
 */
final class ScoringOptions {
    // no picocli default: an option not given must not count as given (a default threshold would lower a --cutoff above it)
    @Option(names = "--threshold", paramLabel = "SCORE", description = "Score from which a result is a match (default: the "
            + "threshold setting's, see 'clearance match --settings'); lowers a cutoff above it.")
    Double threshold;

    @Option(names = "--cutoff", paramLabel = "SCORE", description = "Results below this score are left out (default: the "
            + "cutoff setting's).")
    Double cutoff;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "Override a scoring setting of MatchConfig, e.g. "
            + "--set extraQueryWeight=0.6 --set candidates=100 ('clearance match --settings' lists them).")
    Map<String, String> settings = new HashMap<>();

    /**
     * The default configuration with these options, by {@link MatchConfig#with(Map, Double, Double)}: the {@code --set}
     * overrides, then {@code --cutoff} and {@code --threshold} where given (a threshold lowers a cutoff above it).
     *
     * @throws Errors.UserException naming the option, the setting, the value and the range
     */
    MatchConfig config() throws Errors.UserException {
        check("--cutoff", MatchConfig.CUTOFF, cutoff);
        check("--threshold", MatchConfig.THRESHOLD, threshold);
        try {
            return MatchConfig.DEFAULT.with(settings, threshold, cutoff);
        } catch (IllegalArgumentException e) {
            throw new Errors.UserException("--set: " + e.getMessage());
        }
    }

    private static void check(String option, Setting setting, Double value) throws Errors.UserException {
        if (value == null) {
            return;
        }
        try {
            setting.check(value);
        } catch (IllegalArgumentException e) {
            throw new Errors.UserException(option + ": " + e.getMessage());
        }
    }
}
