package org.clearance.cli;

import java.util.HashMap;
import java.util.Map;
import org.clearance.match.MatchConfig;
import org.clearance.match.Setting;
import picocli.CommandLine.Option;

/**
 * The options of every command that scores ({@code match}, {@code screen}, {@code pairs}, {@code scan-text}),
 * mixed into each with {@code @Mixin}: one set of names, defaults and checks, merged by the rule of
 * {@link MatchConfig#with}, which the API applies too.
 */
final class ScoringOptions {
    @Option(names = "--threshold", defaultValue = "0.7", description = "Score from which a result is a match (default ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--cutoff", defaultValue = "0.5", description = "Results below this score are left out (default ${DEFAULT-VALUE}).")
    double cutoff;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "Override a scoring setting of MatchConfig, e.g. "
            + "--set extraQueryWeight=0.6 --set candidates=100 ('clearance match --settings' lists them).")
    Map<String, String> settings = new HashMap<>();

    /**
     * The default configuration with these options: the cutoff, then the threshold (which lowers the cutoff
     * to itself when it is above), then the {@code --set} overrides.
     *
     * @throws Errors.UserException naming the option, the setting, the value and the range
     */
    MatchConfig config() throws Errors.UserException {
        check("--cutoff", MatchConfig.CUTOFF, cutoff);
        check("--threshold", MatchConfig.THRESHOLD, threshold);
        MatchConfig base = MatchConfig.DEFAULT.withCutoff(cutoff).withThreshold(threshold);
        try {
            return base.with(settings);
        } catch (IllegalArgumentException e) {
            throw new Errors.UserException("--set: " + e.getMessage());
        }
    }

    private static void check(String option, Setting setting, double value) throws Errors.UserException {
        try {
            setting.check(value);
        } catch (IllegalArgumentException e) {
            throw new Errors.UserException(option + ": " + e.getMessage());
        }
    }
}
