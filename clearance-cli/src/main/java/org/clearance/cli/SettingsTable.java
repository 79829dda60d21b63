package org.clearance.cli;

import java.io.PrintWriter;
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
        out.println("Features (in each result's explanation):");
        String feature = "%-20s %-10s %-20s %s%n";
        out.printf(feature, "ID", "KIND", "SETTING", "DESCRIPTION");
        for (Feature f : Feature.values()) {
            out.printf(feature, f.id(), f.kind().name().toLowerCase(java.util.Locale.ROOT),
                    f.setting().map(Setting::name).orElse("-"), f.description());
        }
        out.flush();
    }
}
