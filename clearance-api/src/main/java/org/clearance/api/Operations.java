package org.clearance.api;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.clearance.access.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations side of the service, wired into {@link ApiServer} by a few calls: the routes it
 * registers (for metric labels and the OpenAPI check), a request id per request, one log line and the
 * metrics of every answered request, {@code /metrics}, {@code /openapi.json} and {@code /docs}, and
 * a graceful stop.
 */
final class Operations {
    /**
     * How long a stop waits for requests in flight once it has stopped accepting: a screening request
     * takes milliseconds and the largest allowed one seconds, while an orchestrator such as Kubernetes
     * kills the process 30 s after SIGTERM by default.
     */
    static final Duration STOP_GRACE = Duration.ofSeconds(10);
    static final String REQUEST_ID = "X-Request-Id";
    /**
     * A caller's own request id is kept when it looks like one (a proxy's UUID or trace id), so that logs
     * join up; anything else, which would be copied into logs and headers, is replaced by a new id.
     */
    private static final Pattern CALLER_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Logger REQUESTS = LoggerFactory.getLogger("org.clearance.api.requests");

    /** One registered route: its HTTP method and path template. */
    record Route(String method, String path) {}

    private final Metrics metrics = new Metrics();
    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final OpenApi openApi = OpenApi.load();

    /** Settings that must be made before the server is created. */
    void configure(JavalinConfig cfg) {
        // Javalin's default Jetty server counts requests in a StatisticsHandler: with a stop timeout,
        // Jetty's stop closes the listening socket first and waits for those requests to end
        cfg.jetty.modifyServer(server -> server.setStopTimeout(STOP_GRACE.toMillis()));
        cfg.staticFiles.enableWebjars();
        cfg.events(e -> e.handlerAdded(h -> {
            if (h.getHttpMethod().isHttpMethod()) {
                routes.add(new Route(h.getHttpMethod().name(), h.getPath()));
            }
        }));
        cfg.requestLogger.http(this::answered);
    }

    /**
     * The operations routes, and the start of every request; {@code lists} gives the loaded lists or
     * null. The API description and its page are open to all (they hold nothing of the lists); the
     * metrics need a key like every other route but health and readiness.
     */
    void install(Javalin app, Supplier<LoadedLists> lists, Access access) {
        metrics.watch(lists, Clock.systemUTC());
        app.before(ctx -> {
            metrics.started();
            SecurityHeaders.apply(ctx);
            String id = ctx.header(REQUEST_ID);
            ctx.header(REQUEST_ID, id != null && CALLER_ID.matcher(id).matches() ? id
                    : Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE));
        });
        app.get("/metrics", access.allow(Role.SCREEN, ctx -> {
            ctx.contentType(metrics.contentType());
            metrics.write(ctx.outputStream());
        }));
        app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi.json()));
        app.get("/docs", ctx -> ctx.header("Content-Security-Policy", openApi.pagePolicy()).html(openApi.page()));
    }

    Metrics metrics() {
        return metrics;
    }

    /** The routes registered so far, in order. */
    List<Route> routes() {
        return List.copyOf(routes);
    }

    private void answered(Context ctx, Float ms) {
        String route = route(ctx);
        int status = ctx.statusCode();
        metrics.finished(route, ctx.method().name(), status, ms / 1000.0);
        if (REQUESTS.isInfoEnabled()) {
            REQUESTS.atInfo().addKeyValue("request_id", ctx.res().getHeader(REQUEST_ID))
                    .addKeyValue("method", ctx.method().name()).addKeyValue("route", route)
                    .addKeyValue("path", ctx.path()).addKeyValue("status", status)
                    .addKeyValue("ms", Math.round(ms * 100) / 100.0).log("request");
        }
    }

    /** The template of the route that answered, or {@link Metrics#UNMATCHED}: never a raw path. */
    private String route(Context ctx) {
        String path;
        try {
            path = ctx.endpointHandlerPath();
        } catch (IllegalStateException e) { // no endpoint was reached (e.g. a refusal in a before handler)
            return Metrics.UNMATCHED;
        }
        for (Route r : routes) {
            if (r.path().equals(path)) {
                return path;
            }
        }
        return Metrics.UNMATCHED;
    }
}
