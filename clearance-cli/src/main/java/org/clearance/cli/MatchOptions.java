package org.clearance.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.clearance.match.MatchConfig;
import picocli.CommandLine.Option;

/** The screening options that {@code match} and {@code screen} share, mixed into each with {@code @Mixin}. */
final class MatchOptions {
    @Option(names = "--threshold", defaultValue = "0.7", description = "Score from which a result is a match (default ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--cutoff", defaultValue = "0.5", description = "Results below this score are left out (default ${DEFAULT-VALUE}).")
    double cutoff;

    @Option(names = "--limit", defaultValue = "5", description = "Results per party at most (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--datasets", split = ",", paramLabel = "ID", description = "Only these datasets (default: all).")
    Set<String> datasets = Set.of();

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "Override a scoring setting of MatchConfig, e.g. --set extraQueryWeight=0.6 --set candidates=100.")
    Map<String, String> settings = new HashMap<>();

    /** The default configuration with these options' threshold, the given cutoff and the --set overrides. */
    MatchConfig config(double cutoff) throws Errors.UserException {
        MatchConfig base = MatchConfig.DEFAULT.withCutoff(cutoff).withThreshold(threshold);
        try {
            return settings.isEmpty() ? base : base.with(settings);
        } catch (IllegalArgumentException e) {
            throw new Errors.UserException("--set: " + e.getMessage());
        }
    }
}
