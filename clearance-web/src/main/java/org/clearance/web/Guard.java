package org.clearance.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.clearance.access.Role;
import org.clearance.access.Sessions;
import org.clearance.api.ApiException;

/**
 * Who may see a page. A page needs a signed-in session (else the browser is sent to sign in) whose
 * user's role allows it (else 403), and every request that changes something must carry the
 * session's CSRF token, in the form field {@value #CSRF_FIELD} or the header {@value #CSRF_HEADER}
 * (which the layout makes htmx send), so another site cannot make a signed-in browser act.
 */
final class Guard {
    static final String COOKIE = "clearance_session";
    static final String CSRF_FIELD = "_csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";
    /** Marks a request as a page's, so its errors are answered as a page, not as the API's JSON. */
    static final String PAGE = "clearance.page";

    private final Sessions sessions;
    private final Messages messages;

    /** A page's work, for a visitor who passed the checks. */
    @FunctionalInterface
    interface PageHandler {
        void handle(Context ctx, Visitor visitor) throws Exception;
    }

    Guard(Sessions sessions, Messages messages) {
        this.sessions = sessions;
        this.messages = messages;
    }

    /** The handler, run only for signed-in visitors whose role allows {@code needed}. */
    Handler page(Role needed, PageHandler handler) {
        return ctx -> {
            ctx.attribute(PAGE, Boolean.TRUE);
            Optional<Sessions.Session> session = sessions.find(ctx.cookie(COOKIE));
            if (session.isEmpty()) {
                signInFirst(ctx);
                return;
            }
            Visitor v = new Visitor(session.get());
            if (!v.caller().role().allows(needed)) {
                throw new ApiException(403, messages.format("error_role", v.caller().role().id(), needed.id()));
            }
            if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD && !sameToken(csrf(ctx), v.csrf())) {
                throw new ApiException(403, messages.format("error_csrf"));
            }
            handler.handle(ctx, v);
        };
    }

    /** The session of a request, if it has a live one (the sign-in page uses it to skip itself). */
    Optional<Sessions.Session> session(Context ctx) {
        return sessions.find(ctx.cookie(COOKIE));
    }

    /** Constant-time comparison, so the token cannot be guessed a character at a time from timings. */
    static boolean sameToken(String given, String expected) {
        return given != null && expected != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    private static String csrf(Context ctx) {
        String header = ctx.header(CSRF_HEADER);
        if (header != null) {
            return header;
        }
        return ctx.formParam(CSRF_FIELD); // also a multipart upload's field
    }

    private static void signInFirst(Context ctx) {
        String here = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        String login = "/login?next=" + URLEncoder.encode(here, StandardCharsets.UTF_8);
        if (ctx.header("HX-Request") != null) {
            // htmx follows this header with a full page load instead of swapping the sign-in page into a fragment
            ctx.status(401).header("HX-Redirect", login);
        } else {
            ctx.redirect(login, io.javalin.http.HttpStatus.SEE_OTHER);
        }
    }
}
