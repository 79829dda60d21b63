package org.clearance.cli;

import java.time.Duration;
import org.clearance.update.FetchSettings;
import picocli.CommandLine.Option;

/** How to talk to the publishers, shared by {@code lists update} and {@code serve --update-every}. */
final class FetchOptions {
    static final String USER_AGENT_VAR = "CLEARANCE_USER_AGENT";

    @Option(names = "--user-agent", paramLabel = "TEXT", description = {"The User-Agent sent to every publisher. "
            + "Default: " + USER_AGENT_VAR + " if set, else a browser's with Clearance named at the end (OFAC and "
            + "dhs.gov refuse agents that do not look like a browser's)."})
    String userAgent;

    @Option(names = "--attempts", paramLabel = "N", defaultValue = "3",
            description = "Tries per file (default ${DEFAULT-VALUE}): a network failure, a cut-off download, HTTP 429 or 5xx "
                    + "is tried again; a refusal or a missing file is not.")
    int attempts;

    @Option(names = "--retry-wait", paramLabel = "DURATION", defaultValue = "5s", converter = DurationText.class,
            description = "Wait before the second try, doubling before each later one (default ${DEFAULT-VALUE}).")
    Duration retryWait;

    FetchSettings settings() throws Errors.UserException {
        String agent = userAgent != null ? userAgent : System.getenv(USER_AGENT_VAR);
        try {
            FetchSettings s = FetchSettings.DEFAULT.withRetries(attempts, retryWait);
            return agent == null || agent.isBlank() ? s : s.withUserAgent(agent.strip());
        } catch (IllegalArgumentException e) {
            throw new Errors.UserException(e.getMessage());
        }
    }
}
