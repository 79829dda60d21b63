package org.clearance.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.clearance.dossier.PdfDossier;
import org.clearance.match.MatchConfig;
import org.clearance.match.MatchIndex;
import org.clearance.store.ListStore;
import org.clearance.validation.ReportFiles;
import org.clearance.validation.ReportHtml;
import org.clearance.validation.Validation;
import org.clearance.validation.ValidationReport;
import org.clearance.validation.ValidationRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clearance validate}: the filter's own test report, for examiners and model-risk reviews. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Test the screening filter on its own lists and write a report.",
                "",
                "Exact-name test: every name of every entry screened as written must find its entry.",
                "Above the line: names of a seeded sample of entries changed by documented treatments",
                "(typos, word order, middle names, initials, titles, legal forms, other scripts and",
                "romanisations, birth year off by one); recall per treatment, script, dataset, schema.",
                "Below the line: people on no list (--negatives, or made up in 25 locales); false alerts.",
                "--labelled: precision, recall and F1 of your own judged pairs. --compare: what a change",
                "of setting would flip. Progress goes to stderr.",
                ""})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ScoringOptions scoring;

    @Option(names = "--datasets", split = ",", paramLabel = "ID", description = "Make cases from these datasets' entries only (default: all). "
            + "Every case is screened against all lists.")
    Set<String> datasets = Set.of();

    @Option(names = "--sample", defaultValue = "" + ValidationRun.DEFAULT_SAMPLE, description = "Entries drawn for the treatments (default ${DEFAULT-VALUE}).")
    int sample;

    @Option(names = "--seed", defaultValue = "" + ValidationRun.DEFAULT_SEED, description = "Seed of every random choice; the same seed, lists and settings give "
            + "the same report (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--negatives", paramLabel = "FILE", description = "People known to be on no list: CSV with name (id, locale optional). "
            + "Default: made-up people in " + "25 locales.")
    Path negatives;

    @Option(names = "--generated", defaultValue = "" + ValidationRun.DEFAULT_GENERATED, paramLabel = "N", description = "Made-up people per locale without --negatives "
            + "(default ${DEFAULT-VALUE}; 0 for none).")
    int generated;

    @Option(names = "--labelled", paramLabel = "FILE", description = "Judged name pairs: the 'pairs' format with is_match (true/false).")
    Path labelled;

    @Option(names = "--compare", paramLabel = "NAME=VALUE", description = "A changed setting to compare with, e.g. --compare threshold=0.75; "
            + "lists the cases whose outcome it changes.")
    Map<String, String> compare = new HashMap<>();

    @Option(names = "--report", required = true, paramLabel = "FILE", description = "The HTML report.")
    Path report;

    @Option(names = "--json", paramLabel = "FILE", description = "The report's figures as JSON.")
    Path json;

    @Option(names = "--csv", paramLabel = "FILE", description = "Every case with its score, one row each.")
    Path csv;

    @Option(names = "--pdf", paramLabel = "FILE", description = "The report as PDF.")
    Path pdf;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        MatchConfig config = scoring.config();
        try (ListStore store = Home.openStore(err); MatchIndex index = Home.openIndex(store, err)) {
            List<ValidationRun.ListVersion> versions = store.currentVersions().stream().map(v -> new ValidationRun.ListVersion(v.dataset(),
                    v.id(), v.publicationDate(), v.entityCount(), v.nameCount(), v.contentHash())).toList();
            ValidationRun run;
            try {
                run = new ValidationRun(index, versions, new ValidationRun.Options(config, compare, datasets, sample, seed, generated),
                        negatives == null ? null : ValidationRun.negatives(negatives), labelled == null ? null : ValidationRun.labelled(labelled));
            } catch (ValidationRun.BadOption e) {
                throw new Errors.UserException("--" + e.option() + ": " + e.getMessage());
            }
            write(run.run(new Progress(err)), err);
        }
        return 0;
    }

    private void write(ValidationReport r, PrintWriter err) throws IOException {
        var html = ReportHtml.render(r);
        Files.writeString(report, html.outerHtml(), StandardCharsets.UTF_8);
        err.println("Wrote the report to " + report);
        if (json != null) {
            try (OutputStream out = Files.newOutputStream(json)) {
                ReportFiles.writeJson(r, out);
            }
            err.println("Wrote its figures to " + json);
        }
        if (csv != null) {
            try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                ReportFiles.writeCsv(r, w);
            }
            err.println("Wrote its " + r.cases().size() + " cases to " + csv);
        }
        if (pdf != null) {
            PdfDossier.missingFonts().forEach(f -> err.println("Warning: font not found, characters it covers print as '#': " + f));
            try (OutputStream out = Files.newOutputStream(pdf)) {
                PdfDossier.write(html, out);
            }
            err.println("Wrote the PDF to " + pdf);
        }
        ValidationReport.Figures f = r.figures();
        err.printf("Exact names found %s, changed names found %s, people on no list alerted %s (threshold %.2f, %.0f s).%n",
                rate(f.exact()), rate(f.treated()), rate(f.negatives()), r.run().threshold(), r.run().seconds());
        err.flush();
    }

    private static String rate(ValidationReport.Group g) {
        return g.cases() == 0 ? "(no cases)" : ReportHtml.percent(g.rate()) + String.format(" (%,d of %,d)", g.alerts(), g.cases());
    }

    /** Each stage's progress on stderr, with the time left at the rate so far. */
    private static final class Progress implements Validation.Progress {
        private final PrintWriter err;
        private String stage;
        private int cases;
        private long started;

        Progress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void stage(String name, int cases) {
            this.stage = name;
            this.cases = cases;
            this.started = System.nanoTime();
            err.printf("Screening %,d cases: %s ...%n", cases, name);
            err.flush();
        }

        @Override
        public void done(int done) {
            double secs = (System.nanoTime() - started) / 1e9;
            double rate = done / Math.max(secs, 1e-9);
            err.printf("  %s: %,d of %,d, %,.0f per second, about %.0f s left%n", stage, done, cases, rate,
                    Math.max(0, cases - done) / Math.max(rate, 1e-9));
            err.flush();
        }
    }
}
