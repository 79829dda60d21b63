package org.clearance.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clearance.access.Role;
import org.clearance.api.ApiException;
import org.clearance.api.LoadedLists;
import org.clearance.api.Service;
import org.clearance.audit.AuditLog;
import org.clearance.io.InputRefusedException;
import org.clearance.io.Folders;
import org.clearance.io.ListParseException;
import org.clearance.lists.DatasetCatalog;
import org.clearance.match.MatchConfig;
import org.clearance.validation.ReportHtml;
import org.clearance.validation.ValidationRun;

/**
 * "Validation": the filter's own test report ({@code clearance validate}) run from the browser by an approver or an
 * administrator, the people who answer for the filter to a model-risk review; analysts, who work its alerts, do not
 * see it. A run takes the command's options, runs in the background with its progress shown, and its report is kept
 * (HTML, JSON, PDF) and listed with its headline figures.
 */
final class ValidationPage {
    /**
     * Entries sampled at most: on the bundled lists the default of 1,000 makes about 14,000 changed names beside
     * 33,000 listed names and 2,500 people, some minutes on two cores; 5,000 makes about 70,000, twice the cases of a
     * default run, which is as long as a page should hold every core of the server.
     */
    static final int MAX_SAMPLE = 5_000;
    /** Made-up people per locale at most: 25,000 people in all, a fair share of a run beside the names. */
    static final int MAX_GENERATED = 1_000;
    /**
     * Upload size of the two files together at most: the shared eval set of 11,000 people is 0.4 MB, so 8 MB is some
     * 200,000 people or pairs, already a run of hours.
     */
    static final long MAX_UPLOAD_BYTES = 8L << 20;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Service service;
    private final Guard guard;
    private final View view;
    private final ValidationReports reports;
    private final ValidationRuns runs;

    ValidationPage(Service service, Guard guard, View view) {
        this.service = service;
        this.guard = guard;
        this.view = view;
        this.reports = new ValidationReports(service.database());
        this.runs = new ValidationRuns(reports, new AuditLog(service.database()), view.messages());
    }

    /** Whether a role may run and read validations: an approver or an administrator. */
    static boolean allows(Role role) {
        return role == Role.ADMIN || role.allows(Role.APPROVER);
    }

    void register(Javalin app) {
        Uploads.allow(app, "/validation", MAX_UPLOAD_BYTES, guard, view.messages(), length -> view.messages().format("validation_too_large",
                length < 0 ? "?" : mb(length), mb(MAX_UPLOAD_BYTES)));
        app.get("/validation", page((ctx, v) -> form(ctx, 200, v, Asked.DEFAULT, null)));
        app.post("/validation", page(this::start));
        app.get("/validation/status", page((ctx, v) -> view.fragment(ctx, 200, "validation-status", status())));
        app.get("/validation/reports/{id}/{form}", page(this::report));
    }

    private io.javalin.http.Handler page(Guard.PageHandler handler) {
        return guard.page(Role.SCREEN, (ctx, v) -> {
            if (!allows(v.caller().role())) {
                throw new ApiException(403, view.messages().format("validation_role", v.caller().role().id()));
            }
            handler.handle(ctx, v);
        });
    }

    /** The form's values as the user typed them, to show again with an error. */
    record Asked(Set<String> datasets, String sample, String seed, String threshold, String compare, String generated) {
        static final Asked DEFAULT = new Asked(Set.of(), Integer.toString(ValidationRun.DEFAULT_SAMPLE), Long.toString(ValidationRun.DEFAULT_SEED),
                MatchConfig.THRESHOLD.format(MatchConfig.THRESHOLD.defaultValue()), "", Integer.toString(ValidationRun.DEFAULT_GENERATED));

        static Asked of(Context ctx) {
            return new Asked(new LinkedHashSet<>(ctx.formParams("datasets")), field(ctx, "sample"), field(ctx, "seed"), field(ctx, "threshold"),
                    field(ctx, "compare"), field(ctx, "generated"));
        }

        private static String field(Context ctx, String name) {
            String v = ctx.formParam(name);
            return v == null ? "" : v.strip();
        }
    }

    /** A form value that cannot be taken, in words naming its field. */
    private static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private void start(Context ctx, Visitor v) throws IOException {
        Asked asked = Asked.of(ctx);
        LoadedLists lists = service.lists();
        Path dir = Files.createTempDirectory("clearance-validation-");
        ValidationRun run;
        try {
            Messages t = view.messages();
            int sample = count(t.format("validation_sample"), asked.sample(), MAX_SAMPLE);
            int generated = count(t.format("validation_generated"), asked.generated(), MAX_GENERATED);
            long seed;
            try {
                seed = Long.parseLong(asked.seed());
            } catch (NumberFormatException e) {
                throw new Refused(t.format("validation_error_number", t.format("validation_seed"), asked.seed()));
            }
            MatchConfig config;
            try {
                config = MatchConfig.DEFAULT.withThreshold(MatchConfig.THRESHOLD.parse(asked.threshold()));
            } catch (IllegalArgumentException e) {
                throw new Refused(t.format("validation_error_option", t.format("validation_threshold"), e.getMessage()));
            }
            Path negatives = saved(ctx, "negatives", dir.resolve("negatives"));
            Path labelled = saved(ctx, "labelled", dir.resolve("labelled"));
            List<ValidationRun.ListVersion> versions = lists.versions().stream().map(x -> new ValidationRun.ListVersion(x.dataset(), x.id(),
                    x.publicationDate(), x.entityCount(), x.nameCount(), x.contentHash())).toList();
            try {
                run = new ValidationRun(lists.index(), versions, new ValidationRun.Options(config, compare(asked.compare()), asked.datasets(),
                        sample, seed, generated), negatives == null ? null : ValidationRun.negatives(negatives),
                        labelled == null ? null : ValidationRun.labelled(labelled));
            } catch (ValidationRun.BadOption e) {
                throw new Refused(t.format("validation_error_option", t.format("validation_option_" + e.option()), e.getMessage()));
            } catch (ListParseException | InputRefusedException e) {
                throw new Refused(t.format("validation_error_file", e.getMessage()));
            }
        } catch (Refused e) {
            form(ctx, 422, v, asked, e.getMessage());
            return;
        } finally {
            Folders.delete(dir);
        }
        try {
            runs.start(run, v.caller());
        } catch (ApiException e) {
            if (e.status() != 409) {
                throw e;
            }
            form(ctx, 409, v, asked, e.getMessage());
            return;
        }
        ctx.redirect("/validation", HttpStatus.SEE_OTHER);
    }

    private int count(String label, String text, int max) throws Refused {
        int n;
        try {
            n = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new Refused(view.messages().format("validation_error_number", label, text));
        }
        if (n < 0 || n > max) {
            throw new Refused(view.messages().format("validation_error_range", label, n, max));
        }
        return n;
    }

    /** {@code NAME=VALUE} pairs separated by commas; MatchConfig checks the names and values. */
    private Map<String, String> compare(String text) throws Refused {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            if (eq <= 0 || eq == p.length() - 1) {
                throw new Refused(view.messages().format("validation_error_compare", p));
            }
            out.put(p.substring(0, eq).strip(), p.substring(eq + 1).strip());
        }
        return out;
    }

    /**
     * The uploaded file of this field saved under its own name (so errors name the file the user chose) in
     * {@code dir}, or null when none was chosen. An empty file is refused, naming it: a file chosen by mistake, not
     * a file of no people, which would test nothing.
     */
    private Path saved(Context ctx, String field, Path dir) throws IOException, Refused {
        UploadedFile upload = ctx.isMultipartFormData() ? ctx.uploadedFile(field) : null;
        if (upload == null || upload.filename() == null || upload.filename().isBlank()) {
            return null;
        }
        String name = Path.of(upload.filename().replace('\\', '/')).getFileName().toString();
        Path file = Files.createDirectories(dir).resolve(name.matches("\\.*") ? field + ".csv" : name);
        try (InputStream in = upload.content()) {
            Files.copy(in, file);
        }
        if (Files.size(file) == 0) {
            throw new Refused(view.messages().format("validation_error_empty_file", name));
        }
        return file;
    }

    private void report(Context ctx, Visitor v) {
        ValidationReports.Form form;
        long id;
        try {
            form = ValidationReports.Form.valueOf(ctx.pathParam("form").toUpperCase(Locale.ROOT));
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (IllegalArgumentException e) {
            throw new ApiException(404, view.messages().format("validation_no_report"));
        }
        byte[] body = reports.file(id, form).orElseThrow(() -> new ApiException(404, view.messages().format("validation_no_report")));
        View.secure(ctx);
        ctx.status(200).contentType(form.contentType)
                .header("Content-Disposition", "inline; filename=\"validation-" + id + "." + form.name().toLowerCase(Locale.ROOT) + "\"")
                .result(body);
    }

    private void form(Context ctx, int status, Visitor v, Asked asked, String error) {
        Map<String, Object> m = new HashMap<>(status());
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (var x : service.lists().versions()) {
            datasets.add(Map.of("id", x.dataset(), "title", DatasetCatalog.title(x.dataset()), "checked", asked.datasets().contains(x.dataset()),
                    "entries", String.format(Locale.ENGLISH, "%,d", x.entityCount())));
        }
        m.put("datasets", datasets);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ValidationReports.Summary s : reports.list()) {
            Map<String, Object> r = new HashMap<>();
            r.put("id", s.id());
            r.put("date", WHEN.format(s.started()));
            r.put("who", who(s.actor()));
            r.put("options", s.options());
            r.put("exact", rate(s.exactFound(), s.exactCases()));
            r.put("recall", rate(s.treatedFound(), s.treatedCases()));
            r.put("alerts", rate(s.negativesAlerted(), s.negativesCases()));
            r.put("sha", s.inputsSha256());
            r.put("sha_short", s.inputsSha256().substring(0, 12));
            rows.add(r);
        }
        m.put("reports", rows);
        m.put("has_reports", !rows.isEmpty());
        m.put("sample", asked.sample());
        m.put("seed", asked.seed());
        m.put("threshold", asked.threshold());
        m.put("compare", asked.compare());
        m.put("generated", asked.generated());
        Messages t = view.messages();
        m.put("sample_hint", t.format("validation_sample_hint", MAX_SAMPLE));
        m.put("generated_hint", t.format("validation_generated_hint", MAX_GENERATED));
        m.put("threshold_hint", t.format("validation_threshold_hint", MatchConfig.THRESHOLD.range(),
                MatchConfig.THRESHOLD.format(MatchConfig.THRESHOLD.defaultValue())));
        m.put("limits", t.format("validation_limits", mb(MAX_UPLOAD_BYTES)));
        m.put("max_bytes", MAX_UPLOAD_BYTES);
        if (error != null) {
            m.put("error", error);
        }
        view.page(ctx, status, "validation", v, "validation", m);
    }

    /** The run under way or the last one: the part of the page that changes while a run goes. */
    private Map<String, Object> status() {
        Messages t = view.messages();
        Map<String, Object> m = new HashMap<>();
        runs.current().ifPresent(job -> {
            String who = job.name();
            switch (job.state()) {
                case RUNNING -> {
                    m.put("running", Boolean.TRUE);
                    m.put("started", t.format("validation_started", who, WHEN.format(job.started()), job.options()));
                    m.put("stage", t.format("validation_stage", Math.max(1, job.stageNumber()), ValidationJob.STAGES, job.stage()));
                    m.put("cases", job.cases());
                    m.put("done", job.done());
                    long left = job.secondsLeft();
                    m.put("progress", t.format("validation_progress", job.done(), job.cases())
                            + (left < 0 ? "" : " · " + t.format("validation_left", left < 60 ? left + " s" : (left + 30) / 60 + " min")));
                }
                case DONE -> {
                    m.put("finished", t.format("validation_done", who, WHEN.format(job.started())));
                    m.put("report_id", job.reportId());
                }
                case FAILED -> m.put("failure", t.format("validation_failed", who, WHEN.format(job.started()), job.failure()));
            }
        });
        return m;
    }

    /** A share as the report writes it, with its counts. */
    private static String rate(int n, int of) {
        return of == 0 ? "–" : ReportHtml.percent(n / (double) of) + String.format(Locale.ENGLISH, " (%,d of %,d)", n, of);
    }

    /** A person as the audit log names them ({@code user:NAME}), by their name. */
    private static String who(String actor) {
        return actor.startsWith("user:") ? actor.substring("user:".length()) : actor;
    }

    private static String mb(long bytes) {
        return String.format(Locale.ENGLISH, "%.1f MB", bytes / (double) (1L << 20));
    }
}
