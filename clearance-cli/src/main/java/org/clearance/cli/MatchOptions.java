package org.clearance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.clearance.match.MatchConfig;
import org.clearance.match.MatchIndex;
import org.clearance.store.ListStore;
import org.clearance.store.VersionInfo;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The screening options that {@code match} and {@code screen} share, mixed into each with {@code @Mixin};
 * the scoring options ({@code --threshold}, {@code --cutoff}, {@code --set}) are those of every command
 * that scores ({@link ScoringOptions}).
 */
final class MatchOptions {
    @Mixin
    ScoringOptions scoring;

    @Option(names = "--limit", defaultValue = "5", description = "Results per party at most (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--datasets", split = ",", paramLabel = "ID", description = "Only these datasets (default: all).")
    Set<String> datasets = Set.of();

    @Option(names = "--as-of", paramLabel = "DATE", description = {"Screen against the lists as they were on this day "
            + "(YYYY-MM-DD): of each dataset the version published last on or before it.",
            "Answers 'was this party listed on that day?' from the stored versions (see 'lists versions')."})
    LocalDate asOf;

    /**
     * Opens the index to screen against: the current lists, or those in force on {@code --as-of},
     * saying which versions those are, since the answer is only as good as the versions stored.
     */
    MatchIndex openIndex(ListStore store, PrintWriter err) throws IOException, Errors.UserException {
        if (asOf == null) {
            return Home.openIndex(store, err);
        }
        List<VersionInfo> then = store.versionsAsOf(asOf);
        if (then.isEmpty()) {
            throw new Errors.UserException("--as-of " + asOf + ": no list version stored was published on or before that day "
                    + "(see 'clearance lists versions'; import older files with 'clearance lists import')");
        }
        err.printf("As of %s, the lists in force were:%n", asOf);
        then.forEach(v -> err.printf("  %-20s published %s (version %d)%n", v.dataset(), v.publicationDate(), v.id()));
        Set<String> absent = new TreeSet<>(store.currentVersions().stream().map(VersionInfo::dataset).toList());
        then.forEach(v -> absent.remove(v.dataset()));
        if (!absent.isEmpty()) {
            err.printf("  (no version stored from that time of: %s)%n", String.join(", ", absent));
        }
        err.flush();
        return Home.openIndex(store, then, err);
    }

    /** The configuration of {@code --threshold}, {@code --cutoff} and {@code --set}. */
    MatchConfig config() throws Errors.UserException {
        return scoring.config();
    }
}
