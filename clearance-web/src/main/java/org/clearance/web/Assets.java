package org.clearance.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The web application's own stylesheet, scripts and images, from the jar. The libraries (htmx,
 * ECharts, Cytoscape) come from their WebJars under {@code /webjars/}; nothing is fetched from the
 * internet.
 */
final class Assets {
    private static final Map<String, String> TYPES = Map.of("css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml", "png", "image/png");

    private Assets() {}

    static void register(Javalin app) {
        app.get("/assets/{file}", Assets::serve);
    }

    private static void serve(Context ctx) throws IOException {
        String file = ctx.pathParam("file");
        int dot = file.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(file.substring(dot + 1));
        // one flat folder of known kinds: no path can climb out of it
        InputStream in = type == null || !file.matches("[a-z0-9-]+\\.[a-z]+") ? null
                : Assets.class.getResourceAsStream("assets/" + file);
        if (in == null) {
            ctx.status(404).contentType("text/plain").result("no asset " + file);
            return;
        }
        try (in) {
            ctx.header("Cache-Control", "max-age=300").header("X-Content-Type-Options", "nosniff")
                    .contentType(type).result(in.readAllBytes());
        }
    }
}
