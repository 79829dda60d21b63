package org.clearance.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clearance.access.Role;
import org.clearance.api.ApiException;
import org.clearance.api.Service;
import org.clearance.lists.DatasetCatalog;

/**
 * "Screen a file": an analyst uploads a CSV or Excel file of parties, watches it being screened in
 * the background, and gets a summary and the results as CSV; optionally the parties are stored and
 * alerts opened for their hits. The file format is {@code docs/batch-screening.md}.
 */
final class BatchPage {
    /**
     * Upload size at most: {@link PartyTable#MAX_ROWS} rows of about 250 bytes (a long company name,
     * an address-like country, an identifier) fit; anything larger is not a file of parties, and is
     * refused before it is read, rather than filling the server's temporary folder.
     */
    static final long MAX_UPLOAD_BYTES = 25L << 20;
    /** Results and refused rows shown on the page at most; all of them are in the CSV. */
    static final int SHOWN = 200;

    private final Guard guard;
    private final View view;
    private final BatchJobs jobs;

    BatchPage(Service service, Guard guard, View view) {
        this.guard = guard;
        this.view = view;
        this.jobs = new BatchJobs(new BatchScreening(service), view.messages());
    }

    void register(Javalin app) {
        Uploads.allow(app, "/batch", MAX_UPLOAD_BYTES, guard, view.messages(), this::tooLarge);
        app.get("/batch", guard.page(Role.SCREEN, (ctx, v) -> form(ctx, 200, v, null)));
        app.post("/batch", guard.page(Role.SCREEN, this::upload));
        app.get("/batch/jobs/{id}", guard.page(Role.SCREEN, (ctx, v) -> {
            view.page(ctx, 200, "batch-job", v, "batch", jobModel(job(ctx, v)));
        }));
        app.get("/batch/jobs/{id}/progress", guard.page(Role.SCREEN, (ctx, v) ->
                view.fragment(ctx, 200, "batch-progress", jobModel(job(ctx, v)))));
        app.get("/batch/jobs/{id}/results.csv", guard.page(Role.SCREEN, (ctx, v) -> {
            BatchJob job = job(ctx, v);
            if (!job.finished()) {
                throw new ApiException(409, view.messages().format("batch_not_finished"));
            }
            View.secure(ctx);
            ctx.status(200).contentType("text/csv; charset=utf-8").header("Content-Disposition",
                    "attachment; filename=\"screening-results.csv\"");
            Writer w = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
            BatchCsv.write(job, w);
            w.flush();
        }));
    }

    private void upload(Context ctx, Visitor v) throws IOException {
        UploadedFile upload = ctx.isMultipartFormData() ? ctx.uploadedFile("file") : null;
        if (upload == null || upload.filename() == null || upload.filename().isBlank()) {
            form(ctx, 400, v, view.messages().format("batch_no_file"));
            return;
        }
        boolean store = ctx.formParam("store") != null;
        if (store && !v.caller().role().allows(Role.ANALYST)) {
            throw new ApiException(403, view.messages().format("batch_store_role", v.caller().role().id()));
        }
        String name = Path.of(upload.filename().replace('\\', '/')).getFileName().toString();
        PartyFile file;
        Path tmp = Files.createTempFile("clearance-upload-", ".bin");
        try {
            try (InputStream in = upload.content()) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            file = PartyFileReader.read(tmp, name);
        } catch (FileRefusedException e) {
            form(ctx, 422, v, e.getMessage());
            return;
        } finally {
            Files.deleteIfExists(tmp);
        }
        BatchJob job = new BatchJob(v.caller().name(), file, store);
        jobs.start(job, v.caller());
        ctx.redirect("/batch/jobs/" + job.id(), HttpStatus.SEE_OTHER);
    }

    private String tooLarge(long length) {
        return view.messages().format("batch_too_large", length < 0 ? "?" : mb(length), mb(MAX_UPLOAD_BYTES),
                PartyTable.MAX_ROWS);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ENGLISH, "%.1f MB", bytes / (double) (1L << 20));
    }

    private BatchJob job(Context ctx, Visitor v) {
        return jobs.find(ctx.pathParam("id"), v.caller().name())
                .orElseThrow(() -> new ApiException(404, view.messages().format("batch_no_job")));
    }

    private void form(Context ctx, int status, Visitor v, String error) {
        Map<String, Object> m = new HashMap<>();
        m.put("max_bytes", MAX_UPLOAD_BYTES);
        m.put("limits", view.messages().format("batch_limits", mb(MAX_UPLOAD_BYTES), PartyTable.MAX_ROWS));
        m.put("too_large", view.messages().format("batch_too_large", "{size}", mb(MAX_UPLOAD_BYTES), PartyTable.MAX_ROWS));
        m.put("may_store", v.caller().role().allows(Role.ANALYST));
        if (error != null) {
            m.put("error", error);
        }
        List<Map<String, Object>> mine = new ArrayList<>();
        for (BatchJob j : jobs.of(v.caller().name())) {
            mine.add(Map.of("id", j.id(), "file", j.file().name(), "state", view.messages().format("batch_state_" + j.state().name().toLowerCase(Locale.ROOT)),
                    "parties", String.format(Locale.ENGLISH, "%,d", j.total())));
        }
        m.put("jobs", mine);
        m.put("has_jobs", !mine.isEmpty());
        view.page(ctx, status, "batch", v, "batch", m);
    }

    private Map<String, Object> jobModel(BatchJob job) {
        Messages t = view.messages();
        Map<String, Object> m = new HashMap<>();
        m.put("id", job.id());
        m.put("file", job.file().name());
        m.put("stored", job.storeParties());
        m.put("done", job.screened());
        m.put("total", job.total());
        m.put("progress", t.format("batch_progress", job.screened(), job.total()));
        if (!job.finished()) {
            m.put("running", Boolean.TRUE);
            m.put("waiting", job.state() == BatchJob.State.WAITING);
            return m;
        }
        if (job.state() == BatchJob.State.FAILED) {
            m.put("failure", t.format("batch_failed", job.screened(), job.total(), job.failure()));
        }
        List<BatchResult> results = job.results();
        List<RowProblem> refused = job.refused();
        int withHits = job.partiesWithHits();
        m.put("finished", Boolean.TRUE);
        m.put("counts", List.of(
                count(t.format("batch_count_rows"), job.total() + job.file().refused().size(), null),
                count(t.format("batch_count_screened"), results.size(), null),
                count(t.format("batch_count_hits"), withHits, withHits > 0 ? "risk" : "ok"),
                count(t.format("batch_count_clear"), results.size() - withHits, null),
                count(t.format("batch_count_refused"), refused.size(), refused.isEmpty() ? null : "warn"),
                count(t.format("batch_count_blank"), job.file().blankRows(), null)));
        List<Map<String, Object>> lists = new ArrayList<>();
        job.hitsByDataset().forEach((d, n) -> lists.add(Map.of("dataset", d, "title", DatasetCatalog.title(d), "hits", n)));
        m.put("lists", lists);
        m.put("has_lists", !lists.isEmpty());
        List<Map<String, Object>> hits = new ArrayList<>();
        for (BatchResult r : results) {
            for (BatchHit h : r.hits()) {
                if (hits.size() < SHOWN) {
                    hits.add(Map.of("row", r.row().row(), "name", r.row().name(), "caption", h.caption(),
                            "dataset", h.dataset(), "score", String.format(Locale.ENGLISH, "%.2f", h.score()),
                            "outcome", h.outcome()));
                }
            }
        }
        m.put("hits", hits);
        m.put("has_hits", !hits.isEmpty());
        m.put("more_hits", hits.size() >= SHOWN);
        List<Map<String, Object>> rows = new ArrayList<>();
        refused.stream().limit(SHOWN).forEach(p -> rows.add(Map.of("row", p.row(), "field", p.field() == null ? "" : p.field(),
                "reason", p.reason())));
        m.put("refused", rows);
        m.put("has_refused", !rows.isEmpty());
        m.put("more_refused", refused.size() > SHOWN ? t.format("batch_more", refused.size() - SHOWN) : null);
        int opened = job.alertsOpened();
        if (job.storeParties()) {
            m.put("alerts", t.format("batch_alerts", opened));
            m.put("alerts_opened", opened > 0);
        }
        return m;
    }

    private static Map<String, Object> count(String label, int n, String badge) {
        Map<String, Object> c = new HashMap<>();
        c.put("label", label);
        c.put("n", String.format(Locale.ENGLISH, "%,d", n));
        if (badge != null) {
            c.put("badge", badge);
        }
        return c;
    }
}
