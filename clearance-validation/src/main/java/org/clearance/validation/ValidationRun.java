package org.clearance.validation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.codec.digest.DigestUtils;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;
import org.clearance.match.MatchConfig;
import org.clearance.match.MatchIndex;
import org.clearance.match.Setting;

/**
 * One run of the validation as a user asks for it, from {@code clearance validate} or the web application's
 * Validation page alike: its options checked, its inputs named with their SHA-256 before anything is screened
 * (so the start of a run can be audited with the hash its report will carry), then the cases screened and the
 * report made.
 */
public final class ValidationRun {
    /** Entries drawn for the treatments unless asked otherwise: about 14,000 changed names on the bundled lists. */
    public static final int DEFAULT_SAMPLE = 1000;
    /** The seed unless asked otherwise: any fixed number does; this one is the day the report was first written. */
    public static final long DEFAULT_SEED = 20261206L;
    /** Made-up people per locale unless asked otherwise: 2,500 people in all, each locale's rate to about 1%. */
    public static final int DEFAULT_GENERATED = 100;
    /** The stages a run reports to its {@link Validation.Progress}: exact names, treatments, people on no list, labelled pairs. */
    public static final int STAGES = 4;

    /** A list version screened against, as the store describes it. */
    public record ListVersion(String dataset, long id, LocalDate published, int entities, int names, String contentHash) {}

    /**
     * What the user asked for.
     *
     * @param config    the configuration tested
     * @param compare   settings changed for the comparison ({@code threshold=0.75}); empty for none
     * @param datasets  the datasets whose entries make the cases (empty: all)
     * @param sample    entries drawn for the treatments
     * @param seed      the seed of every random choice
     * @param generated made-up people per locale when no file of people on no list is given
     */
    public record Options(MatchConfig config, Map<String, String> compare, Set<String> datasets, int sample, long seed, int generated) {
        public Options {
            compare = Map.copyOf(compare);
            datasets = Set.copyOf(datasets);
        }
    }

    /** A file the user gave, read: its name as given, its SHA-256 and its rows. */
    public record UserFile<T>(String name, String sha256, List<T> rows) {}

    /**
     * An option the run cannot take; {@link #option} names it as the command line does, without its dashes
     * ({@code datasets}, {@code compare}, {@code sample}, {@code generated}).
     */
    public static final class BadOption extends IllegalArgumentException {
        private final String option;

        BadOption(String option, String message) {
            super(message);
            this.option = option;
        }

        public String option() {
            return option;
        }
    }

    private final MatchIndex index;
    private final List<ListVersion> versions;
    private final Options options;
    private final MatchConfig compared;
    private final UserFile<NegativeNames.Negative> negatives;
    private final UserFile<LabelledPairs.Pair> labelled;
    private final List<ValidationReport.SettingValue> settings;
    private final List<ValidationReport.Input> inputs = new ArrayList<>();
    private final String change;
    private final String inputsHash;

    /**
     * Checks the options against the lists loaded and names every input.
     *
     * @param negatives the user's people on no list, or null for Datafaker's
     * @param labelled  the user's judged pairs, or null
     * @throws BadOption naming the option that cannot be taken
     */
    public ValidationRun(MatchIndex index, List<ListVersion> versions, Options options, UserFile<NegativeNames.Negative> negatives,
            UserFile<LabelledPairs.Pair> labelled) {
        this.index = index;
        this.versions = List.copyOf(versions);
        this.options = options;
        if (options.sample() < 0) {
            throw new BadOption("sample", "takes a count of 0 or more, not " + options.sample());
        }
        if (options.generated() < 0) {
            throw new BadOption("generated", "takes a count of 0 or more, not " + options.generated());
        }
        Set<String> known = new TreeSet<>(versions.stream().map(ListVersion::dataset).toList());
        for (String d : new TreeSet<>(options.datasets())) {
            if (!known.contains(d)) {
                throw new BadOption("datasets", "no list '" + d + "' is loaded; loaded: " + String.join(", ", known));
            }
        }
        try {
            this.compared = options.compare().isEmpty() ? null : options.config().with(options.compare());
        } catch (IllegalArgumentException e) {
            throw new BadOption("compare", e.getMessage());
        }
        this.negatives = negatives != null ? negatives
                : generated(NegativeNames.generate(options.generated(), options.seed()), options.generated(), options.seed());
        this.labelled = labelled;
        this.settings = MatchConfig.SETTINGS.stream().map(s -> settingValue(s, options.config())).toList();
        this.change = options.compare().isEmpty() ? null
                : String.join(", ", new TreeSet<>(options.compare().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));

        for (ListVersion v : versions) {
            inputs.add(new ValidationReport.Input("list " + v.dataset() + " version " + v.id() + " published " + v.published(), v.contentHash()));
        }
        inputs.add(new ValidationReport.Input("negatives " + this.negatives.name(), this.negatives.sha256()));
        if (labelled != null) {
            inputs.add(new ValidationReport.Input("labelled pairs " + labelled.name(), labelled.sha256()));
        }
        String run = "seed " + options.seed() + ", sample " + options.sample() + ", datasets " + new TreeSet<>(options.datasets()) + ", settings "
                + settings.stream().map(s -> s.name() + "=" + s.value()).toList() + ", compare " + change;
        inputs.add(new ValidationReport.Input("run: " + run, DigestUtils.sha256Hex(run)));
        this.inputsHash = DigestUtils.sha256Hex(String.join("\n", inputs.stream().map(i -> i.what() + "=" + i.sha256()).toList()));
    }

    /** Reads a file of people on no list (see {@link NegativeNames#read}), named as the user knows it. */
    public static UserFile<NegativeNames.Negative> negatives(Path file) throws IOException, ListParseException {
        return new UserFile<>(file.getFileName().toString(), sha256(file), NegativeNames.read(ListInput.of(file)));
    }

    /** Reads a file of judged pairs (see {@link LabelledPairs#read}), named as the user knows it. */
    public static UserFile<LabelledPairs.Pair> labelled(Path file) throws IOException, ListParseException {
        return new UserFile<>(file.getFileName().toString(), sha256(file), LabelledPairs.read(ListInput.of(file)));
    }

    /** The SHA-256 of every input together: the one a report of this run will carry. */
    public String inputsHash() {
        return inputsHash;
    }

    /** The run's options in one line, for a list of past runs and the audit log. */
    public String describe() {
        return "datasets " + (options.datasets().isEmpty() ? "all" : String.join(",", new TreeSet<>(options.datasets()))) + ", sample "
                + options.sample() + ", seed " + options.seed() + ", threshold " + MatchConfig.THRESHOLD.format(options.config().threshold())
                + (change == null ? "" : ", compare " + change) + ", negatives " + negatives.name()
                + (labelled == null ? "" : ", labelled " + labelled.name());
    }

    /** Screens every case and makes the report. */
    public ValidationReport run(Validation.Progress progress) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        Validation v = new Validation(index, new Validation.Settings(options.config(), compared, options.datasets(), options.sample(),
                options.seed()), progress);
        List<CaseResult> cases = new ArrayList<>(v.exactNames());
        cases.addAll(v.treated());
        cases.addAll(v.negatives(negatives.rows()));
        cases.addAll(v.pairs(labelled == null ? List.of() : labelled.rows()));
        List<String> lists = versions.stream().map(x -> String.format("%s: version %d, published %s, %,d entries, %,d names (content %s)",
                x.dataset(), x.id(), x.published(), x.entities(), x.names(), x.contentHash())).toList();
        return ValidationReport.of(new ValidationReport.Run(started, options.seed(), options.sample(), List.copyOf(new TreeSet<>(options.datasets())),
                options.config().threshold(), settings, change, compared == null ? Double.NaN : compared.threshold(), lists, List.copyOf(inputs),
                inputsHash, (System.nanoTime() - t0) / 1e9), cases);
    }

    private static UserFile<NegativeNames.Negative> generated(List<NegativeNames.Negative> people, int perLocale, long seed) {
        return new UserFile<>("made up: " + perLocale + " per locale, seed " + seed,
                DigestUtils.sha256Hex(String.join("\n", people.stream().map(NegativeNames.Negative::name).toList())), people);
    }

    private static ValidationReport.SettingValue settingValue(Setting s, MatchConfig config) {
        return new ValidationReport.SettingValue(s.name(), s.format(config.value(s)), s.format(s.defaultValue()), s.description());
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return DigestUtils.sha256Hex(in);
        }
    }
}
