package org.clearance.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clearance.access.Role;
import org.clearance.api.ApiException;
import org.clearance.api.LoadedLists;
import org.clearance.api.Service;
import org.clearance.dossier.Dossier;
import org.clearance.dossier.HtmlDossier;
import org.clearance.dossier.PdfDossier;
import org.clearance.evidence.Assessment;
import org.clearance.supplychain.Finding;
import org.clearance.supplychain.PathText;
import org.clearance.supplychain.SupplyChain;

/**
 * The supply-chain pages: upload a chain file and trace it as {@code clearance trace} does (the same
 * reader, screen, tracer and assessment), see the chain as a graph with the paths to each risk, each
 * party's findings and documents, download the dossier as HTML or PDF, and a fragment of exposure by
 * product for the dashboard. Traced chains live in memory ({@link TracedChains}), not in the database.
 */
final class ChainsPage {
    /**
     * An uploaded chain file's size at most, in bytes. The API's request limit (1 MiB) is sized for screening
     * requests and does not bind multipart uploads, so this route checks its own: 4 MiB is some ten thousand
     * parties and links, which trace in well under a minute, while a larger file is more likely a mistake.
     */
    static final int MAX_UPLOAD_BYTES = 4 << 20;
    /** The form field of the file. */
    static final String FILE_FIELD = "chain";

    private final Service service;
    private final Guard guard;
    private final View view;
    private final TracedChains chains = new TracedChains();

    ChainsPage(Service service, Guard guard, View view) {
        this.service = service;
        this.guard = guard;
        this.view = view;
    }

    void register(Javalin app) {
        app.get("/chains", guard.page(Role.SCREEN, (ctx, v) -> list(ctx, v, 200, null)));
        Uploads.allow(app, "/chains", MAX_UPLOAD_BYTES, guard, view.messages(),
                length -> view.messages().format("chains_too_large", MAX_UPLOAD_BYTES >> 20));
        app.post("/chains", guard.page(Role.SCREEN, this::upload));
        app.get("/chains/exposure", guard.page(Role.SCREEN, (ctx, v) -> view.fragment(ctx, 200, "chains-exposure", rows())));
        app.get("/chains/{id}", guard.page(Role.SCREEN, this::chain));
        app.get("/chains/{id}/graph", guard.page(Role.SCREEN, (ctx, v) -> {
            View.secure(ctx);
            ctx.contentType("application/json; charset=utf-8").result(ChainGraph.json(find(ctx).dossier().assessment(),
                    view.messages()));
        }));
        app.get("/chains/{id}/party", guard.page(Role.SCREEN, (ctx, v) -> {
            Map<String, Object> panel = PartyPanel.of(find(ctx).dossier().assessment(), ctx.queryParam("id"), view.messages());
            if (panel == null) {
                throw new ApiException(404, view.messages().format("chains_no_party", String.valueOf(ctx.queryParam("id"))));
            }
            view.fragment(ctx, 200, "chains-party", Map.of("party", panel));
        }));
        app.get("/chains/{id}/dossier.html", guard.page(Role.SCREEN, (ctx, v) -> {
            TracedChains.TracedChain tc = find(ctx);
            download(ctx, tc, "html", "text/html; charset=utf-8");
            ctx.result(HtmlDossier.render(tc.dossier()).outerHtml().getBytes(StandardCharsets.UTF_8));
        }));
        app.get("/chains/{id}/dossier.pdf", guard.page(Role.SCREEN, (ctx, v) -> {
            TracedChains.TracedChain tc = find(ctx);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            PdfDossier.write(HtmlDossier.render(tc.dossier()), pdf);
            download(ctx, tc, "pdf", "application/pdf");
            ctx.result(pdf.toByteArray());
        }));
    }

    private void list(Context ctx, Visitor v, int status, String error) {
        Map<String, Object> m = new HashMap<>(rows());
        m.put("max_chains", TracedChains.MAX_CHAINS);
        m.put("max_mb", MAX_UPLOAD_BYTES >> 20);
        if (error != null) {
            m.put("error", error);
        }
        view.page(ctx, status, "chains", v, "chains", m);
    }

    /** The traced chains as rows, newest first, and whether there are {@code any}. */
    private Map<String, Object> rows() {
        List<Map<String, Object>> rows = chains.newestFirst().stream().map(tc -> ChainSummary.row(tc, view.messages())).toList();
        return Map.of("chains", rows, "any", !rows.isEmpty());
    }

    private void upload(Context ctx, Visitor v) throws IOException {
        UploadedFile file = ctx.uploadedFile(FILE_FIELD);
        if (file == null) {
            list(ctx, v, 400, view.messages().format("chains_no_file"));
            return;
        }
        String name = ChainUpload.name(file.filename());
        SupplyChain chain;
        try (InputStream in = file.content()) {
            chain = ChainUpload.read(name, in.readAllBytes()); // bounded: the request's length was checked
        } catch (ApiException e) {
            list(ctx, v, e.status(), e.getMessage());
            return;
        }
        LoadedLists lists = service.lists();
        Assessment a = Assessment.screen(chain, lists.index());
        TracedChains.TracedChain tc = chains.add(new Dossier(a, ListsUsed.of(lists.versions()), name, Instant.now()), v.caller().name());
        ctx.redirect("/chains/" + tc.id(), HttpStatus.SEE_OTHER);
    }

    private void chain(Context ctx, Visitor v) {
        TracedChains.TracedChain tc = find(ctx);
        Assessment a = tc.dossier().assessment();
        SupplyChain c = a.trace().chain();
        Map<String, Object> m = new HashMap<>(ChainSummary.row(tc, view.messages()));
        m.put("lists", tc.dossier().lists().stream().map(l -> view.messages().format("chains_list_used", l.title(), l.dataset(),
                l.version())).toList());
        m.put("paths", a.trace().pathsToRisk().values().stream().flatMap(List::stream).map(p -> PathText.describe(c, p)).toList());
        m.put("warnings", a.trace().warnings());
        m.put("has_warnings", !a.trace().warnings().isEmpty());
        Map<String, Set<Finding.Kind>> kinds = ChainGraph.kinds(a);
        m.put("party_list", c.parties().values().stream().map(p -> {
            ChainGraph.State state = ChainGraph.state(a, p.id());
            return Map.of("pid", p.id(), "name", p.name(), "state", state.name().toLowerCase(Locale.ROOT),
                    "state_text", view.messages().format("chains_state_" + state.name()),
                    "kinds", String.join(", ", kinds.getOrDefault(p.id(), Set.of()).stream()
                            .map(k -> view.messages().format("chains_marker_" + k.name())).toList()));
        }).toList());
        int omitted = c.parties().size() - ChainGraph.drawn(a).size();
        if (omitted > 0) {
            m.put("omitted", view.messages().format("chains_graph_omitted", omitted, ChainGraph.MAX_PARTIES));
        }
        Map<String, Object> panel = PartyPanel.of(a, ctx.queryParam("party"), view.messages());
        if (panel != null) {
            m.put("party", panel);
        }
        view.page(ctx, 200, "chain", v, "chains", m);
    }

    private TracedChains.TracedChain find(Context ctx) {
        String id = ctx.pathParam("id");
        return (id.matches("\\d{1,9}") ? chains.find(Integer.parseInt(id)) : Optional.<TracedChains.TracedChain>empty())
                .orElseThrow(() -> new ApiException(404, view.messages().format("chains_not_found", id)));
    }

    /** Headers of a dossier download: saved as a file named after the chain's number, never shown in the page. */
    private static void download(Context ctx, TracedChains.TracedChain tc, String extension, String type) {
        ctx.header("Content-Disposition", "attachment; filename=\"chain-" + tc.id() + "-dossier." + extension + "\"")
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store").contentType(type);
    }
}
