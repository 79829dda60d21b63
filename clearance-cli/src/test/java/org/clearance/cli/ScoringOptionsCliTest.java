package org.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.clearance.match.Feature;
import org.clearance.match.MatchConfig;
import org.clearance.match.Setting;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --threshold, --cutoff and --set, the same on every command that scores, and {@code match --settings}. */
class ScoringOptionsCliTest {
    static Cli.Run run(String... args) {
        return Cli.run(Cli.readOnlyHome(), args);
    }

    @AfterAll
    static void restore() {
        System.clearProperty("clearance.home");
    }

    @Test
    void matchSettingsPrintsEverySettingAndFeatureWithoutANameOrTheStore(@TempDir Path home) throws IOException {
        Cli.Run r = Cli.run(home, "match", "--settings");
        assertThat(r.code()).as(r.err()).isZero();
        int at = 0;
        for (Setting s : MatchConfig.SETTINGS) {
            assertThat(r.out()).containsPattern("(?m)^" + s.name() + " +" + s.type().label() + " +"
                    + java.util.regex.Pattern.quote(s.format(s.defaultValue())) + " +" + java.util.regex.Pattern.quote(s.range()));
            // in the table's documented order, each row once
            int row = r.out().indexOf("\n" + s.name() + " ");
            assertThat(row).as("%s after the setting before it", s.name()).isGreaterThan(at);
            at = row;
        }
        for (Feature f : Feature.values()) {
            int row = r.out().indexOf("\n" + f.id() + " ", at);
            assertThat(row).as("%s after the settings and the feature before it", f.id()).isGreaterThan(at);
            at = row;
            // its kind, what it qualifies, the setting it reads and its sentence, on its row
            String line = r.out().substring(row + 1, r.out().indexOf('\n', row + 1));
            String qualifies = f.kind() == Feature.Kind.MAIN ? "-" : f.qualifies().map(Feature::id).orElse("score");
            assertThat(line).matches(java.util.regex.Pattern.quote(f.id()) + " +" + f.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + " +" + qualifies + " +" + f.setting().map(Setting::name).orElse("-") + " +"
                    + java.util.regex.Pattern.quote(f.description()));
        }
        // the settings come from the table alone: no database was made in the home
        try (Stream<Path> made = Files.list(home)) {
            assertThat(made.toList()).isEmpty();
        }
        // without --settings a name is still required, as before
        Cli.Run noName = Cli.run(home, "match");
        assertThat(noName.code()).isEqualTo(Errors.BAD_INPUT);
        assertThat(noName.err()).contains("Missing required parameter");
    }

    /** --set moves the one feature that reads the setting: its line says the new value, every other line is as it was. */
    @Test
    void setChangesTheLineOfTheFeatureThatReadsTheSettingAlone(@TempDir Path tmp) throws IOException {
        // the cousins of the Saudi royal family: the same name and father, another grandfather
        Path in = tmp.resolve("pairs.csv");
        Files.writeString(in, "schema,name1,name2\nPerson,Faisal bin Saud bin Zwelinzima,Faisal bin Saud bin Turki\n");
        Cli.Run plain = run("pairs", in.toString(), "--explain");
        Cli.Run set = run("pairs", in.toString(), "--explain", "--set", "partConflict=0.25");
        assertThat(plain.code()).as(plain.err()).isZero();
        assertThat(set.code()).as(set.err()).isZero();
        assertThat(plain.out()).contains("part_conflict -0.15: parts left over");
        assertThat(set.out()).contains("part_conflict -0.25: parts left over");
        assertThat(nameLine(set.out())).isEqualTo(nameLine(plain.out()));
        assertThat(score(plain.out()) - score(set.out())).isCloseTo(0.10, org.assertj.core.data.Offset.offset(0.0001));
    }

    /** The name_match line's feature and score in a pairs file's explanation. */
    private static String nameLine(String csv) {
        return csv.substring(csv.indexOf("name_match "), csv.indexOf(":", csv.indexOf("name_match ")));
    }

    @Test
    void pairsTakesSetAndRefusesAnUnknownSetting(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("pairs.csv");
        Files.writeString(in, "schema,name1,name2\nPerson,General Ali Hassan,Ali Hassan\n");
        Cli.Run plain = run("pairs", in.toString());
        assertThat(plain.code()).as(plain.err()).isZero();
        Cli.Run heavyTitle = run("pairs", in.toString(), "--set", "titleWeight=1", "--threshold", "0.5");
        assertThat(heavyTitle.code()).as(heavyTitle.err()).isZero();
        assertThat(score(heavyTitle.out())).isLessThan(score(plain.out()));

        Cli.Run unknown = run("pairs", in.toString(), "--set", "titelWeight=1");
        assertThat(unknown.code()).isEqualTo(Errors.BAD_INPUT);
        assertThat(unknown.err()).contains("--set: unknown setting 'titelWeight'").contains("did you mean 'titleWeight'?");
        Cli.Run outOfRange = run("pairs", in.toString(), "--set", "candidates=0");
        assertThat(outOfRange.code()).isEqualTo(Errors.BAD_INPUT);
        assertThat(outOfRange.err()).contains("setting 'candidates': 0 is out of range [1, 1000]");
        Cli.Run badThreshold = run("pairs", in.toString(), "--threshold", "1.5");
        assertThat(badThreshold.code()).isEqualTo(Errors.BAD_INPUT);
        assertThat(badThreshold.err()).contains("--threshold: setting 'threshold': 1.5 is out of range [0, 1]");
    }

    @Test
    void scanTextTakesSetAndRefusesAnUnknownSetting(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("names.txt");
        Files.writeString(f, "Batteries from Camel Group, shipped via Urumqi.\n");
        Cli.Run ok = run("scan-text", f.toString(), "--set", "candidates=20", "--cutoff", "0.4");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("party   \"Camel Group\"  -> us_dhs_uflpa-");
        Cli.Run unknown = run("scan-text", f.toString(), "--set", "noSuchSetting=1");
        assertThat(unknown.code()).isEqualTo(Errors.BAD_INPUT);
        assertThat(unknown.err()).contains("--set: unknown setting 'noSuchSetting'").contains("threshold, cutoff");
    }

    @Test
    void everyCommandThatScoresTakesTheSameOptionsAndMergesThemByOneRule(@TempDir Path tmp) throws IOException {
        // a cutoff alone is taken as given, as the API takes it: the threshold not given does not lower it
        Cli.Run high = run("match", "Qzxv Wrtplk", "--cutoff", "0.9");
        assertThat(high.code()).as(high.err()).isZero();
        assertThat(high.out()).contains("No list entry scores 0.90 or more");
        Cli.Run lowered = run("match", "Qzxv Wrtplk", "--cutoff", "0.9", "--threshold", "0.8");
        assertThat(lowered.out()).contains("No list entry scores 0.80 or more");

        Path pairs = tmp.resolve("pairs.csv");
        Files.writeString(pairs, "schema,name1,name2\nPerson,Ali Hassan,Ali Hassan\n");
        Path text = tmp.resolve("text.txt");
        Files.writeString(text, "Batteries from Camel Group.\n");
        Path root = Path.of(System.getProperty("clearance.root"));
        List<List<String>> commands = List.of(List.of("match", "Ali Hassan"), List.of("screen", root.resolve("examples/parties.csv").toString()),
                List.of("pairs", pairs.toString()), List.of("scan-text", text.toString()),
                List.of("trace", root.resolve("examples/cotton-tshirt.json").toString()), List.of("validate", "--sample", "1", "--report", tmp.resolve("report.html").toString()));
        for (List<String> command : commands) {
            Cli.Run outOfRange = run(with(command, "--set", "nearSpelling=2"));
            assertThat(outOfRange.code()).as("%s: %s", command, outOfRange.err()).isEqualTo(Errors.BAD_INPUT);
            assertThat(outOfRange.err()).as("%s", command).contains("--set: setting 'nearSpelling': 2 is out of range [0, 1]");
            Cli.Run unknown = run(with(command, "--set", "nearSpeling=0.9"));
            assertThat(unknown.code()).as("%s", command).isEqualTo(Errors.BAD_INPUT);
            assertThat(unknown.err()).as("%s", command).contains("--set: unknown setting 'nearSpeling'")
                    .contains("did you mean 'nearSpelling'?");
            Cli.Run badCutoff = run(with(command, "--cutoff", "-1"));
            assertThat(badCutoff.code()).as("%s", command).isEqualTo(Errors.BAD_INPUT);
            assertThat(badCutoff.err()).as("%s", command).contains("--cutoff: setting 'cutoff': -1 is out of range [0, 1]");
        }
    }

    private static String[] with(List<String> command, String... more) {
        List<String> all = new java.util.ArrayList<>(command);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static double score(String csv) {
        List<String> lines = csv.lines().toList();
        String last = lines.get(1);
        return Double.parseDouble(last.split(",")[3]);
    }
}
