package org.clearance.cli;

import java.util.Map;
import org.clearance.match.MatchConfig;

/** Applies {@code --set NAME=VALUE} overrides to a scoring configuration, with a clear error. */
final class Settings {
    private Settings() {}

    static MatchConfig apply(MatchConfig base, Map<String, String> overrides) throws Errors.UserException {
        try {
            return overrides.isEmpty() ? base : base.with(overrides);
        } catch (IllegalArgumentException e) {
            throw new Errors.UserException("--set: " + e.getMessage());
        }
    }
}
