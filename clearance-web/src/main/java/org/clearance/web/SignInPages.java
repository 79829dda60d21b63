package org.clearance.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.clearance.access.Caller;
import org.clearance.access.Role;
import org.clearance.access.Sessions;
import org.clearance.access.Users;

/**
 * Signing in and out. The sign-in form carries its own CSRF token (a cookie and a hidden field that
 * must agree), so another site cannot sign a browser in as someone else; repeated wrong passwords
 * for a name pause sign-ins for that name, and repeated wrong sign-ins from one client address, whatever
 * the names, pause sign-ins from that address (429 with Retry-After), so that trying many names does not
 * get round the first.
 */
final class SignInPages {
    /** Wrong passwords for one name within {@link #FAILURE_WINDOW} before sign-ins for it pause. */
    static final int MAX_FAILURES = 5;
    /**
     * Wrong sign-ins from one client address within {@link #FAILURE_WINDOW} before sign-ins from it pause: four
     * times a name's, so that a few colleagues behind one office address who mistype do not lock each other out,
     * while a client trying names guesses at most 20 passwords a quarter of an hour.
     */
    static final int MAX_FAILURES_PER_CLIENT = 20;
    /** How long failures count, and how long the pause lasts: guessing becomes hopelessly slow. */
    static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);
    private static final String FORM_COOKIE = "clearance_signin";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Users users;
    private final Sessions sessions;
    private final Guard guard;
    private final View view;
    private final SignInFailures byName = new SignInFailures(MAX_FAILURES, FAILURE_WINDOW);
    private final SignInFailures byClient = new SignInFailures(MAX_FAILURES_PER_CLIENT, FAILURE_WINDOW);

    SignInPages(Users users, Sessions sessions, Guard guard, View view) {
        this.users = users;
        this.sessions = sessions;
        this.guard = guard;
        this.view = view;
    }

    void register(Javalin app) {
        app.get("/login", ctx -> {
            ctx.attribute(Guard.PAGE, Boolean.TRUE);
            if (guard.session(ctx).isPresent()) {
                ctx.redirect(next(ctx.queryParam("next")), HttpStatus.SEE_OTHER);
                return;
            }
            form(ctx, 200, next(ctx.queryParam("next")), "", null);
        });
        app.post("/login", this::signIn);
        app.post("/logout", guard.page(Role.SCREEN, (ctx, v) -> {
            sessions.close(v.session());
            ctx.header("Set-Cookie", cookie(ctx, Guard.COOKIE, "", 0));
            ctx.redirect("/login", HttpStatus.SEE_OTHER);
        }));
    }

    private void signIn(Context ctx) {
        ctx.attribute(Guard.PAGE, Boolean.TRUE);
        String name = ctx.formParam("name") == null ? "" : ctx.formParam("name").strip();
        String next = next(ctx.formParam("next"));
        if (!Guard.sameToken(ctx.formParam(Guard.CSRF_FIELD), ctx.cookie(FORM_COOKIE))) {
            form(ctx, 403, next, name, view.messages().format("signin_expired"));
            return;
        }
        String client = ctx.ip();
        Optional<Duration> clientPause = byClient.pausedFor(client);
        if (clientPause.isPresent()) {
            ctx.header("Retry-After", Long.toString(clientPause.get().toSeconds()));
            form(ctx, 429, next, name, view.messages().format("signin_paused_client", FAILURE_WINDOW.toMinutes()));
            return;
        }
        if (name.length() > Users.MAX_NAME) {
            // no such user can exist; remembered for the client only, so long made-up names cannot fill memory
            byClient.failed(client);
            form(ctx, 401, next, "", view.messages().format("signin_wrong"));
            return;
        }
        Optional<Duration> namePause = byName.pausedFor(name);
        if (namePause.isPresent()) {
            ctx.header("Retry-After", Long.toString(namePause.get().toSeconds()));
            form(ctx, 429, next, name, view.messages().format("signin_paused", FAILURE_WINDOW.toMinutes()));
            return;
        }
        String password = ctx.formParam("password");
        Optional<Caller> caller = users.authenticate(name, password == null ? new char[0] : password.toCharArray());
        if (caller.isEmpty()) {
            byName.failed(name);
            byClient.failed(client);
            form(ctx, 401, next, name, view.messages().format("signin_wrong"));
            return;
        }
        byName.forget(name);
        Sessions.Session s = sessions.open(caller.get());
        ctx.header("Set-Cookie", cookie(ctx, Guard.COOKIE, s.token(), Sessions.LIFETIME.toSeconds()));
        ctx.redirect(next, HttpStatus.SEE_OTHER);
    }

    private void form(Context ctx, int status, String next, String name, String error) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ctx.header("Set-Cookie", cookie(ctx, FORM_COOKIE, token, FAILURE_WINDOW.toSeconds()));
        Map<String, Object> m = new HashMap<>();
        m.put("form_token", token);
        m.put("next", next);
        m.put("name", name);
        if (error != null) {
            m.put("error", error);
        }
        view.page(ctx, status, "login", null, null, m);
    }

    /** Where to go after signing in: only a path of this site, so a link cannot send the user elsewhere. */
    static String next(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")
                && !next.startsWith("/login") ? next : "/";
    }

    /**
     * The session cookie: not readable by scripts, sent only to this site's own requests (SameSite),
     * and only over HTTPS when the service is reached over HTTPS (directly or behind a proxy).
     */
    static String cookie(Context ctx, String name, String value, long maxAgeSeconds) {
        boolean https = "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
        return name + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds + "; HttpOnly; SameSite=Strict" + (https ? "; Secure" : "");
    }
}
