package org.clearance.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.clearance.access.Caller;
import org.clearance.api.ApiException;
import org.clearance.audit.AuditDetail;
import org.clearance.audit.AuditLog;
import org.clearance.dossier.PdfDossier;
import org.clearance.validation.ReportFiles;
import org.clearance.validation.ReportHtml;
import org.clearance.validation.ValidationReport;
import org.clearance.validation.ValidationRun;
import org.jsoup.nodes.Document;

/**
 * The Validation page's runs: one at a time in the background, each audited when it starts
 * ({@code validation.start}) and when it ends ({@code validation.finish} with its stored report, or
 * {@code validation.fail}), every entry carrying the SHA-256 of the run's inputs.
 */
final class ValidationRuns {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC);

    /**
     * One thread: a run already screens on every core, so a second at the same time would only slow both and take
     * the cores from the service's screening; a second start is refused while one runs, not queued behind it.
     */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "clearance-web-validation");
        t.setDaemon(true); // a stopping server does not wait for a run: its start stays in the audit log without a finish
        return t;
    });
    private final ValidationReports reports;
    private final AuditLog audit;
    private final Messages messages;
    /** The run under way, or the last one. */
    private ValidationJob current;

    ValidationRuns(ValidationReports reports, AuditLog audit, Messages messages) {
        this.reports = reports;
        this.audit = audit;
        this.messages = messages;
    }

    /** Starts the run, audited; a 409 naming who started the one under way. */
    synchronized ValidationJob start(ValidationRun run, Caller caller) {
        if (current != null && !current.finished()) {
            throw new ApiException(409, messages.format("validation_busy", current.name(), TIME.format(current.started())));
        }
        String options = run.describe();
        audit.append(caller.actor(), "validation.start", "validation",
                AuditDetail.object().put("inputs_sha256", run.inputsHash()).put("options", options));
        ValidationJob job = new ValidationJob(caller.actor(), caller.name(), options, run.inputsHash());
        current = job;
        worker.execute(() -> run(run, job));
        return job;
    }

    /** The run under way, or the last one since the server started. */
    synchronized Optional<ValidationJob> current() {
        return Optional.ofNullable(current);
    }

    private void run(ValidationRun run, ValidationJob job) {
        try {
            ValidationReport r = run.run(job);
            job.stage(messages.format("validation_stage_writing"), 0);
            Document html = ReportHtml.render(r);
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            ReportFiles.writeJson(r, json);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            PdfDossier.write(html, pdf);
            long id = reports.store(job.actor(), job.options(), r, html.outerHtml().getBytes(StandardCharsets.UTF_8), json.toByteArray(),
                    pdf.toByteArray());
            job.finished(id);
        } catch (Exception | LinkageError e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            job.failed(why);
            audit.append(job.actor(), "validation.fail", "validation",
                    AuditDetail.object().put("inputs_sha256", job.inputsSha256()).put("options", job.options()).put("error", why));
        }
    }
}
