package org.clearance.validation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * A validation run: what was tested and how, every case, and the figures drawn from them. The figures are
 * computed here, once, and the HTML, JSON and CSV are written from this one record, so they cannot disagree.
 */
public record ValidationReport(Run run, List<CaseResult> cases, Figures figures) {
    /** The thresholds of the curves: from {@link Validation#CURVE_FROM} to 1 in steps of 0.05. */
    public static final List<Double> THRESHOLDS = IntStream.rangeClosed(10, 20).mapToObj(i -> i * 0.05).toList();
    /** Cases listed at most in each list of a report (misses, alerts, flips); the CSV has them all. */
    public static final int LISTED = 200;

    /**
     * What was run.
     *
     * @param date         when the run started
     * @param datasets     the datasets whose entries made the cases (empty: all)
     * @param settings     the configuration, every setting with its value and default
     * @param compare      the compared change as given ({@code threshold=0.75}), or null
     * @param thresholdB   the compared configuration's threshold, or NaN
     * @param listVersions the list versions screened against, one line each
     * @param inputs       each input and its SHA-256: list versions, files, configuration, seed
     * @param inputsHash   the SHA-256 of all inputs together: equal for runs that must give equal figures
     * @param seconds      how long the run took
     */
    public record Run(Instant date, long seed, int sample, List<String> datasets, double threshold, List<SettingValue> settings,
            String compare, double thresholdB, List<String> listVersions, List<Input> inputs, String inputsHash, double seconds) {}

    /** One setting of the configuration. */
    public record SettingValue(String name, String value, String defaultValue, String description) {}

    /** One input of the run and its SHA-256. */
    public record Input(String what, String sha256) {}

    /**
     * The cases of one group that alerted at the threshold, and the share they are at each of {@link #THRESHOLDS}.
     * For cases that must be found the share is the recall; for people on no list it is the false-alert rate.
     */
    public record Group(String name, int cases, int alerts, double rate, List<Double> curve) {}

    /** Precision, recall and F1 of labelled pairs at the threshold. */
    public record PairFigures(int truePositives, int falsePositives, int falseNegatives, int trueNegatives, double precision, double recall,
            double f1) {}

    /** How the compared configuration changes outcomes: per test, cases right under each, and the cases that flip. */
    public record Comparison(String change, double thresholdB, List<KindChange> kinds, int flipped, List<CaseResult> flips) {}

    /** One test's right outcomes under the two configurations. */
    public record KindChange(String kind, int cases, int rightA, int rightB) {}

    /** Every figure of the report. */
    public record Figures(List<Double> thresholds,
            Group exact, List<Group> exactByDataset, Group weakAliases, List<CaseResult> exactMisses,
            Group treated, List<Group> byTreatment, List<Group> byScript, List<Group> byDataset, List<Group> bySchema,
            List<CaseResult> treatedMisses,
            Group negatives, List<Group> negativesByLocale, List<Group> negativesByScript, List<CaseResult> falseAlerts,
            PairFigures pairs, List<CaseResult> pairErrors,
            Comparison comparison) {}

    /** The report of these cases. */
    public static ValidationReport of(Run run, List<CaseResult> cases) {
        return new ValidationReport(run, List.copyOf(cases), figures(run, cases));
    }

    private static Figures figures(Run run, List<CaseResult> cases) {
        double t = run.threshold();
        List<CaseResult> exact = of(cases, CaseResult.Kind.EXACT, Validation::counted);
        List<CaseResult> weak = of(cases, CaseResult.Kind.EXACT, c -> !Validation.counted(c));
        List<CaseResult> treated = of(cases, CaseResult.Kind.TREATED, c -> true);
        List<CaseResult> negatives = of(cases, CaseResult.Kind.NEGATIVE, c -> true);
        List<CaseResult> pairs = of(cases, CaseResult.Kind.PAIR, c -> true);
        Comparator<Group> weakestFirst = Comparator.comparingDouble(Group::rate).thenComparing(Group::name);
        Comparator<Group> worstFirst = Comparator.comparingDouble(Group::rate).reversed().thenComparing(Group::name);
        return new Figures(THRESHOLDS,
                group("every name", exact, t), groups(exact, CaseResult::dataset, t, weakestFirst), group("weak aliases", weak, t),
                listed(exact.stream().filter(c -> !c.alerts(t)).toList(), Comparator.comparing(CaseResult::id)),
                group("every treatment", treated, t), groups(treated, CaseResult::test, t, weakestFirst),
                groups(treated, CaseResult::script, t, weakestFirst), groups(treated, CaseResult::dataset, t, weakestFirst),
                groups(treated, CaseResult::schema, t, weakestFirst),
                listed(treated.stream().filter(c -> !c.alerts(t)).toList(), Comparator.comparing(CaseResult::test).thenComparing(CaseResult::id)),
                group("every person", negatives, t), groups(negatives, CaseResult::test, t, worstFirst),
                groups(negatives, CaseResult::script, t, worstFirst),
                listed(negatives.stream().filter(c -> c.alerts(t)).toList(),
                        Comparator.comparingDouble(CaseResult::score).reversed().thenComparing(CaseResult::id)),
                pairs.isEmpty() ? null : pairFigures(pairs, t),
                listed(pairs.stream().filter(c -> !c.right(t)).toList(), Comparator.comparing(CaseResult::mustMatch).thenComparing(CaseResult::id)),
                run.compare() == null ? null : comparison(run, cases));
    }

    private static List<CaseResult> of(List<CaseResult> cases, CaseResult.Kind kind, Predicate<CaseResult> also) {
        return cases.stream().filter(c -> c.kind() == kind && also.test(c)).toList();
    }

    private static List<CaseResult> listed(List<CaseResult> cases, Comparator<CaseResult> order) {
        return cases.stream().sorted(order).limit(LISTED).toList();
    }

    static Group group(String name, List<CaseResult> cases, double threshold) {
        List<Double> curve = THRESHOLDS.stream().map(x -> rate(cases, x)).toList();
        int alerts = (int) cases.stream().filter(c -> c.alerts(threshold)).count();
        return new Group(name, cases.size(), alerts, rate(cases, threshold), curve);
    }

    private static double rate(List<CaseResult> cases, double threshold) {
        return cases.isEmpty() ? 0 : cases.stream().filter(c -> c.alerts(threshold)).count() / (double) cases.size();
    }

    private static List<Group> groups(List<CaseResult> cases, Function<CaseResult, String> key, double threshold, Comparator<Group> order) {
        Map<String, List<CaseResult>> by = new LinkedHashMap<>();
        cases.forEach(c -> by.computeIfAbsent(key.apply(c), k -> new ArrayList<>()).add(c));
        return by.entrySet().stream().map(e -> group(e.getKey(), e.getValue(), threshold)).sorted(order).toList();
    }

    static PairFigures pairFigures(List<CaseResult> pairs, double t) {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (CaseResult c : pairs) {
            if (c.alerts(t)) {
                if (c.mustMatch()) tp++; else fp++;
            } else {
                if (c.mustMatch()) fn++; else tn++;
            }
        }
        double p = tp + fp == 0 ? 1 : tp / (double) (tp + fp);
        double r = tp + fn == 0 ? 1 : tp / (double) (tp + fn);
        return new PairFigures(tp, fp, fn, tn, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    private static Comparison comparison(Run run, List<CaseResult> cases) {
        double a = run.threshold();
        double b = run.thresholdB();
        List<KindChange> kinds = new ArrayList<>();
        for (CaseResult.Kind k : CaseResult.Kind.values()) {
            List<CaseResult> of = of(cases, k, Validation::counted);
            if (!of.isEmpty()) {
                int rightB = (int) of.stream().filter(c -> (c.scoreB() >= b) == c.mustMatch()).count();
                kinds.add(new KindChange(k.name(), of.size(), (int) of.stream().filter(c -> c.right(a)).count(), rightB));
            }
        }
        List<CaseResult> flips = cases.stream().filter(c -> c.flips(a, b)).toList();
        return new Comparison(run.compare(), b, kinds, flips.size(),
                listed(flips, Comparator.comparing(CaseResult::kind).thenComparing(CaseResult::id)));
    }
}
