package org.clearance.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.clearance.match.Feature;
import org.clearance.match.MatchConfig;
import org.clearance.match.Setting;

/** {@code clearance match --settings}: the declared settings and features, as a person reads them. */
final class SettingsTable {
    private SettingsTable() {}

    static void print(PrintWriter out) {
        out.println("Settings (--set NAME=VALUE; the API's config and weights), in order:");
        // as wide as the longest name, so that every row's columns line up
        int width = MatchConfig.SETTINGS.stream().mapToInt(s -> s.name().length()).max().orElse(0);
        String row = "%-" + width + "s %-6s %-8s %-11s %s%n";
        out.printf(row, "NAME", "TYPE", "DEFAULT", "RANGE", "DESCRIPTION");
        for (Setting s : MatchConfig.SETTINGS) {
            out.printf(row, s.name(), s.type().label(), s.format(s.defaultValue()), s.range(), s.description());
        }
        out.println();
        out.println("Features (in each result's explanation; the score is the highest main feature, net of its own");
        out.println("qualifiers, moved by the qualifiers of the score):");
        String feature = "%-20s %-10s %-12s %-20s %s%n";
        out.printf(feature, "ID", "KIND", "QUALIFIES", "SETTING", "DESCRIPTION");
        for (Feature f : Feature.values()) {
            out.printf(feature, f.id(), f.kind().name().toLowerCase(Locale.ROOT), qualifies(f),
                    f.setting().map(Setting::name).orElse("-"), f.description());
        }
        out.flush();
    }

    /** What a qualifier moves: the main feature it is taken from, or the score. */
    private static String qualifies(Feature f) {
        if (f.kind() == Feature.Kind.MAIN) {
            return "-";
        }
        return f.qualifies().map(Feature::id).orElse("score");
    }
}
