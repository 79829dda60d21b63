package org.clearance.web;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;
import io.javalin.http.Context;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders the pages: Mustache templates under {@code templates/}, which escape every value as HTML
 * unless a template says otherwise, so a party named {@code <script>} shows as text. Each page gets
 * the texts ({@code t}), the visitor and their CSRF token, and the headers that keep the browser
 * from running anything but our own scripts.
 */
final class View {
    /**
     * Scripts only from this server (no inline script, so injected markup cannot run); styles may be
     * inline because the chart and graph libraries set them; no framing, no form posts elsewhere.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    private final MustacheFactory templates = new DefaultMustacheFactory("org/clearance/web/templates");
    private final Messages messages;

    View(Messages messages) {
        this.messages = messages;
    }

    Messages messages() {
        return messages;
    }

    /** A whole page: {@code template} fills the layout's content; {@code nav} marks the current menu entry. */
    void page(Context ctx, int status, String template, Visitor visitor, String nav, Map<String, Object> model) {
        Map<String, Object> m = new HashMap<>(model);
        m.put("t", messages.all());
        if (visitor != null) {
            m.put("user", Map.of("name", visitor.caller().name(), "role", visitor.caller().role().id()));
            m.put("csrf", visitor.csrf());
            m.put("nav_" + nav, Boolean.TRUE);
            m.put("may_validate", ValidationPage.allows(visitor.caller().role()));
        }
        html(ctx, status, render(template, m));
    }

    /** A fragment for htmx to swap into a page. */
    void fragment(Context ctx, int status, String template, Map<String, Object> model) {
        Map<String, Object> m = new HashMap<>(model);
        m.put("t", messages.all());
        html(ctx, status, render(template, m));
    }

    String render(String template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        templates.compile(template + ".mustache").execute(out, model);
        return out.toString();
    }

    static void secure(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
    }

    private static void html(Context ctx, int status, String body) {
        secure(ctx);
        ctx.status(status).contentType("text/html; charset=utf-8").result(body);
    }
}
