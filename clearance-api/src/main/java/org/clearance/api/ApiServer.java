package org.clearance.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clearance.access.ApiKeys;
import org.clearance.access.Role;
import org.clearance.audit.AuditExport;
import org.clearance.audit.AuditLog;
import org.clearance.cases.AlertStatus;
import org.clearance.cases.CaseStore;
import org.clearance.cases.DelistingReviews;
import org.clearance.lists.DatasetCatalog;
import org.clearance.match.MatchConfig;
import org.clearance.match.Query;
import org.clearance.match.links.PartyGroups;
import org.clearance.model.Entity;
import org.clearance.model.Schema;
import org.clearance.store.Database;
import org.clearance.store.StoreException;
import org.clearance.store.StoreUnavailableException;
import org.clearance.update.UpdateSchedule;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The screening service: yente's routes over the lists of one home, and the case routes
 * ({@link CaseRoutes}) over its database. It listens at once and loads the
 * store and index in the background; until they are ready {@code /readyz} and the screening routes
 * answer 503. Every route but health and readiness needs an API key with a role that allows it
 * ({@link Access}); every screening is written to the audit log. Every refusal is JSON
 * {@code {"detail": ...}} with a 4xx status, or 503 while the lists load or the database is unreachable.
 */
public final class ApiServer implements AutoCloseable {
    /**
     * Request bodies at most, in bytes: {@link MatchRequest#MAX_QUERIES} queries of a few kilobytes
     * each fit many times over; anything larger is not a screening request.
     */
    static final long MAX_BODY_BYTES = 1L << 20;
    /**
     * What Jetty's multipart parser says when a form breaks the multipart limits ("Request exceeds
     * maxRequestSize (...)", "Multipart Mime part X exceeds max filesize"), in an IllegalStateException.
     */
    static final String MULTIPART_TOO_LARGE = "exceeds max";
    /** Results of {@code /search} at most, as for matching. */
    static final int MAX_SEARCH_LIMIT = MatchParams.MAX_LIMIT;

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Request bodies: one JSON value and nothing after it, each key once (a repeated query name or property
     * would silently replace the one before).
     */
    private static final ObjectMapper BODY_JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    /** Where each request finds its server, to let an extension answer its errors. */
    private static final String SERVER = "clearance.server";

    private final Javalin app;
    private final Database db;
    private final Access access;
    private final AuditLog audit;
    private final Operations ops;
    private final Thread loading;
    private final ListReloader reloader;
    private final PrintWriter log;
    private final List<Extension> extensions;
    private volatile LoadedLists lists;
    private volatile String failure;
    private volatile UpdateSchedule updates;

    private ApiServer(Javalin app, Operations ops, Database db, LoadedLists.Loader loader, PrintWriter log,
            Duration reloadCheck, List<Extension> extensions) {
        this.app = app;
        this.extensions = List.copyOf(extensions);
        this.ops = ops;
        this.db = db;
        this.access = new Access(new ApiKeys(db));
        this.audit = new AuditLog(db);
        this.log = log;
        this.loading = new Thread(() -> {
            try {
                lists = loader.load();
                log.printf("Ready: %,d entities in %d list versions.%n", lists.byId().size(), lists.versions().size());
            } catch (Exception | Error e) { // any Error too: a loader dying silently would leave /readyz "loading" forever
                failure = e.getClass().getSimpleName() + ": " + e.getMessage();
                log.printf("Loading the lists failed: %s%n", failure);
            }
            log.flush();
        }, "clearance-api-loading");
        loading.setDaemon(true);
        this.reloader = new ListReloader(db, loader, () -> lists, fresh -> lists = fresh, log, reloadCheck);
    }

    /**
     * Starts listening on {@code port} (0: any free port) and loads the lists in the background.
     *
     * @param db the home's database (keys, audit log); the server closes it when it closes
     */
    public static ApiServer start(int port, Database db, LoadedLists.Loader loader, PrintWriter log) {
        return start(port, db, loader, log, List.of());
    }

    /** As {@link #start(int, Database, LoadedLists.Loader, PrintWriter)}, serving the extensions beside the API. */
    public static ApiServer start(int port, Database db, LoadedLists.Loader loader, PrintWriter log, List<Extension> extensions) {
        return start(port, db, loader, log, ListReloader.CHECK_EVERY, extensions);
    }

    /** As {@link #start(int, Database, LoadedLists.Loader, PrintWriter)}, asking for new list versions this often. */
    static ApiServer start(int port, Database db, LoadedLists.Loader loader, PrintWriter log, Duration reloadCheck,
            List<Extension> extensions) {
        return start(port, db, loader, log, reloadCheck, extensions, ConnectionLimits.DEFAULT);
    }

    /** As {@link #start(int, Database, LoadedLists.Loader, PrintWriter, Duration, List)}, with these connection limits. */
    static ApiServer start(int port, Database db, LoadedLists.Loader loader, PrintWriter log, Duration reloadCheck,
            List<Extension> extensions, ConnectionLimits limits) {
        Operations ops = new Operations();
        Javalin app = Javalin.create(cfg -> {
            cfg.jetty.threadPool = new QueuedThreadPool(limits.maxThreads(), Math.min(8, limits.maxThreads()), 60_000);
            cfg.jetty.modifyHttpConfiguration(http -> http.setMinRequestDataRate(limits.minBodyBytesPerSecond()));
            cfg.jetty.modifyServletContextHandler(context -> context.addFilter(
                    new FilterHolder(new BodyReaders(limits.bodyReadersPerClient())), "/*", EnumSet.of(DispatcherType.REQUEST)));
            cfg.http.maxRequestSize = MAX_BODY_BYTES;
            // Javalin holds only the bodies it reads itself to maxRequestSize; multipart forms get the same bound
            // here (else any form post could fill the temporary folder), and a route taking uploads sets its own
            cfg.jetty.multipartConfig.maxFileSize(MAX_BODY_BYTES, SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxTotalRequestSize(MAX_BODY_BYTES, SizeUnit.BYTES);
            cfg.showJavalinBanner = false;
            cfg.jetty.modifyServer(jetty -> jetty.setErrorHandler(new JettyErrors()));
            cfg.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JettyErrors()));
            ops.configure(cfg);
        });
        ApiServer server = new ApiServer(app, ops, db, loader, log, reloadCheck, extensions);
        server.routes();
        app.start(port);
        server.loading.start();
        return server;
    }

    public int port() {
        return app.port();
    }

    /** The metrics served at {@code /metrics}, where other parts of the service add their gauges. */
    public Metrics metrics() {
        return ops.metrics();
    }

    /**
     * Reports the service's scheduled list updates in {@code /readyz} and {@code /metrics}; the server
     * closes the schedule when it closes.
     */
    public void reportUpdates(UpdateSchedule schedule) {
        UpdateStatus.watch(metrics(), schedule, db);
        updates = schedule;
    }

    /** The routes registered, for the check that the OpenAPI document describes each. */
    List<Operations.Route> routeList() {
        return ops.routes();
    }

    private void routes() {
        app.before(ctx -> ctx.attribute(SERVER, this));
        ops.install(app, () -> lists, access);
        app.get("/healthz", ctx -> json(ctx, 200, JSON.createObjectNode().put("status", "ok")));
        app.get("/readyz", ctx -> {
            ready();
            ObjectNode body = JSON.createObjectNode().put("status", "ok");
            UpdateSchedule schedule = updates;
            if (schedule != null) {
                body.set("updates", UpdateStatus.json(schedule));
            }
            json(ctx, 200, body);
        });
        CaseStore cases = new CaseStore(db);
        CaseRoutes caseRoutes = new CaseRoutes(cases, new DelistingReviews(db), access, this::ready, this::groups);
        Service service = new Service(this, db, cases, caseRoutes, audit);
        app.post("/match/{dataset}", access.allow(Role.SCREEN, ctx -> json(ctx, 200,
                service.match(ctx.pathParam("dataset"), body(ctx), ctx.queryParamMap(), Access.caller(ctx)))));
        app.get("/search/{dataset}", access.allow(Role.SCREEN, this::search));
        app.get("/entities/{id}", access.allow(Role.SCREEN, ctx -> {
            LoadedLists l = ready();
            Entity e = l.byId().get(ctx.pathParam("id"));
            if (e == null) {
                throw new ApiException(404, "no entity '" + ctx.pathParam("id") + "' in the current list versions");
            }
            json(ctx, 200, EntityView.of(e, l.published().get(e.dataset())));
        }));
        app.get("/entities/{id}/history", access.allow(Role.SCREEN, ctx -> json(ctx, 200,
                ListingView.of(ready().store(), ctx.pathParam("id"), ListingView.day(ctx.queryParam("date"))))));
        app.get("/catalog", access.allow(Role.SCREEN, ctx -> json(ctx, 200, catalog())));
        app.get("/algorithms", access.allow(Role.SCREEN, ctx -> {
            ObjectNode o = JSON.createObjectNode();
            o.putArray("algorithms").add(Algorithms.describe());
            o.put("default", Algorithms.NAME).put("best", Algorithms.NAME);
            json(ctx, 200, o);
        }));
        caseRoutes.register(app);
        app.get("/audit/export", access.allow(Role.ADMIN, this::exportAudit));
        extensions.forEach(x -> x.register(app, service));
        ops.metrics().gauge("clearance_alerts_open", "Alerts waiting for an analyst", () -> alerts(cases, AlertStatus.OPEN));
        ops.metrics().gauge("clearance_alerts_pending_approval", "True matches waiting for an approver",
                () -> alerts(cases, AlertStatus.PENDING_APPROVAL));
        app.exception(ApiException.class, (e, ctx) -> {
            e.headers().forEach(ctx::header);
            error(ctx, e.status(), e.getMessage());
        });
        app.exception(StoreUnavailableException.class, (e, ctx) -> error(ctx, 503,
                "the database is unreachable; nothing was stored, try again shortly"));
        // Javalin's own refusals (body over the size limit, unknown route) in the same JSON shape
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        // Jetty's, met while a body is read: one sent slower than ConnectionLimits allows is a 408, not a bug
        app.exception(BadMessageException.class, (e, ctx) -> error(ctx, e.getCode(), JettyErrors.detail(e.getCode(), e.getReason())));
        app.exception(IllegalStateException.class, (e, ctx) -> {
            if (e.getMessage() != null && e.getMessage().contains(MULTIPART_TOO_LARGE)) {
                error(ctx, 413, "the form is larger than this route accepts: " + e.getMessage());
            } else {
                internalError(ctx, e);
            }
        });
        app.exception(Exception.class, (e, ctx) -> internalError(ctx, e));
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                error(ctx, 404, "no route " + ctx.method() + " " + ctx.path());
            }
        });
        app.error(405, ctx -> error(ctx, 405, "method " + ctx.method() + " not allowed on " + ctx.path()));
    }

    /**
     * The status recorded for a request whose client went away while it was answered (nginx's "client closed
     * request"): no answer can reach it, and it is no fault of the server, so it is not counted as a 500.
     */
    static final int CLIENT_CLOSED = 499;

    /** A bug, not a bad request: the caller learns only its kind, the operator the whole trace. */
    private void internalError(Context ctx, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EofException) {
                ctx.status(CLIENT_CLOSED);
                return;
            }
        }
        synchronized (log) {
            log.printf("Internal error on %s %s:%n", ctx.method(), ctx.path());
            e.printStackTrace(log);
            log.flush();
        }
        error(ctx, 500, "internal error: " + e.getClass().getSimpleName());
    }

    private void search(Context ctx) throws JsonProcessingException {
        Set<String> scope = DatasetCollections.resolve(ctx.pathParam("dataset"));
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw ApiException.badRequest("q: required, the name to search for");
        }
        int limit = MatchParams.limit(ctx.queryParam("limit"), MatchParams.DEFAULT_LIMIT * 2, MAX_SEARCH_LIMIT);
        LoadedLists lists = ready();
        var results = lists.index().match(Query.ofName(Schema.LEGAL_ENTITY, q), MatchConfig.DEFAULT, limit, scope);
        audit.append(Access.caller(ctx).actor(), "search", "search/" + ctx.pathParam("dataset"),
                ScreeningRecord.ofSearch(q, lists, results));
        ObjectNode o = JSON.createObjectNode();
        o.put("limit", limit).put("offset", 0);
        o.set("total", MatchJson.total(results.size()));
        var arr = o.putArray("results");
        results.forEach(r -> arr.add(EntityView.of(r.entity(), lists.published().get(r.entity().dataset()))));
        o.putObject("facets");
        json(ctx, 200, o);
    }

    private void exportAudit(Context ctx) throws java.io.IOException {
        String format = ctx.queryParam("format") == null ? "jsonl" : ctx.queryParam("format");
        if (!AuditExport.FORMATS.contains(format)) {
            throw ApiException.badRequest("format: use csv or jsonl, not '" + format + "'");
        }
        long from;
        try {
            from = ctx.queryParam("from") == null ? 1 : Long.parseLong(ctx.queryParam("from"));
        } catch (NumberFormatException e) {
            from = 0;
        }
        if (from < 1) {
            throw ApiException.badRequest("from: a sequence number, 1 or more, not '" + ctx.queryParam("from") + "'");
        }
        ctx.status(200).contentType(AuditExport.contentType(format))
                .header("Content-Disposition", "attachment; filename=\"audit." + format + "\"");
        AuditExport.write(audit, from, format, new java.io.OutputStreamWriter(ctx.outputStream(),
                java.nio.charset.StandardCharsets.UTF_8));
    }

    private ObjectNode catalog() {
        LoadedLists l = lists;
        ObjectNode o = JSON.createObjectNode();
        var arr = o.putArray("datasets");
        for (DatasetCatalog.Dataset d : DatasetCatalog.all()) {
            var version = l == null ? null : l.versions().stream().filter(v -> v.dataset().equals(d.id())).findFirst().orElse(null);
            ObjectNode x = arr.addObject().put("name", d.id()).put("title", d.title()).put("url", d.url())
                    .put("load", version != null)
                    .put("version", version == null ? null : version.publicationDate().toString());
            x.putArray("children");
        }
        for (String c : DatasetCollections.names()) {
            var x = arr.addObject().put("name", c).put("title", "collection " + c).put("load", false);
            x.putNull("version");
            var children = x.putArray("children");
            DatasetCollections.members(c).stream().sorted().forEach(children::add);
        }
        var current = o.putArray("current");
        if (l != null) {
            l.versions().forEach(v -> current.add(v.dataset()));
        }
        o.putArray("outdated");
        o.put("index_stale", false);
        return o;
    }

    /** A count for the metrics; NaN while the database is unreachable, so the scrape itself still answers. */
    private static double alerts(CaseStore cases, AlertStatus status) {
        try {
            return cases.count(status);
        } catch (StoreException e) {
            return Double.NaN;
        }
    }

    /**
     * The parties the loaded lists' entries are linked into; while the lists load, none (every entry a party of its
     * own), so that the review queue still answers, alert by alert.
     */
    PartyGroups groups() {
        return loaded().map(l -> l.index().groups()).orElse(PartyGroups.none());
    }

    /** The loaded lists, empty while they load. */
    Optional<LoadedLists> loaded() {
        return Optional.ofNullable(lists);
    }

    LoadedLists ready() {
        LoadedLists l = lists;
        if (l != null) {
            return l;
        }
        throw new ApiException(503, failure != null ? "the lists could not be loaded: " + failure
                : "the lists are still loading; try again shortly (GET /readyz says when)");
    }

    /**
     * The request's JSON body, read to {@link #MAX_BODY_BYTES} at most whether or not it declares its length:
     * Javalin holds only a declared Content-Length to its limit, and a chunked body (no length) was read whole.
     * A body that breaks off before its declared length is the client's fault, not the server's.
     */
    static JsonNode body(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            // a declared length is read into an array of that size: reading to the limit took a buffer of 8 KB
            // and a copy for each request, a twentieth of what a screening allocated (Jetty stops at the length)
            bytes = in.readNBytes(declared >= 0 ? (int) declared : (int) MAX_BODY_BYTES + 1);
        } catch (java.io.IOException e) {
            throw shortBody(e.getMessage());
        }
        if (declared >= 0 && bytes.length < declared) {
            throw shortBody(bytes.length + " of its " + declared + " bytes came");
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        return parse(bytes);
    }

    /** A request body of at most {@link #MAX_BODY_BYTES} as JSON; a 400 naming the line and column where it is not. */
    static JsonNode parse(byte[] bytes) {
        if (bytes.length == 0) {
            throw ApiException.badRequest("the body is empty; send a JSON object");
        }
        try {
            return BODY_JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            var at = e.getLocation(); // absent for some errors, such as a value of the wrong type
            throw ApiException.badRequest("malformed JSON" + (at == null ? "" : " at line " + at.getLineNr() + ", column "
                    + at.getColumnNr()) + ": " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw ApiException.badRequest("the body could not be read: " + e.getMessage());
        }
    }

    private static ApiException shortBody(String why) {
        return ApiException.badRequest("the body could not be read (it ended before its Content-Length, or the client "
                + "stopped sending): " + why);
    }

    private static ApiException tooLarge() {
        return new ApiException(413, String.format("the body is larger than this route accepts (%,d bytes)", MAX_BODY_BYTES));
    }

    static void json(Context ctx, int status, JsonNode body) throws JsonProcessingException {
        // bytes, not a String that Javalin would encode again: the answer is most of what a request writes
        ctx.status(status).contentType("application/json").result(JSON.writeValueAsBytes(body));
    }

    static void error(Context ctx, int status, String detail) {
        ApiServer server = ctx.attribute(SERVER);
        if (server != null && server.extensions.stream().anyMatch(x -> x.error(ctx, status, detail))) {
            return;
        }
        ctx.status(status).contentType("application/json")
                .result(JSON.createObjectNode().put("detail", detail).put("status", status).toString());
    }

    /**
     * Stops accepting connections, lets the requests in flight finish (for at most
     * {@link Operations#STOP_GRACE}), then closes the lists once loading has ended, then the database.
     */
    @Override
    public void close() throws Exception {
        log.printf("Stopping: no new connections; requests in flight have up to %d s to finish.%n",
                Operations.STOP_GRACE.toSeconds());
        log.flush();
        app.stop();
        reloader.close();
        UpdateSchedule schedule = updates;
        if (schedule != null) {
            schedule.close(); // a run under way is interrupted; its import, one transaction, rolls back
        }
        loading.join();
        try (db) {
            if (lists != null) {
                lists.close();
            }
        }
        log.println("Stopped.");
        log.flush();
    }
}
