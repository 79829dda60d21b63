package org.clearance.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * The headers every answer carries, so that a browser neither guesses a type (a JSON answer or a list file
 * read as HTML), nor shows an answer inside another site's frame, nor tells other sites which page linked
 * there. Answers that are not pages may run nothing at all; the web application's pages and the docs page
 * set their own Content-Security-Policy over this one.
 */
final class SecurityHeaders {
    /** For JSON, CSV, metrics and errors: nothing in them is to be run, loaded or framed. */
    static final String NOTHING_RUNS = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    static final Map<String, String> ALL = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY", // frame-ancestors for browsers that predate it
            "Referrer-Policy", "same-origin",
            "Content-Security-Policy", NOTHING_RUNS);

    private SecurityHeaders() {}

    static void apply(Context ctx) {
        ALL.forEach(ctx::header);
    }

    /**
     * The policy of a page whose one inline script is {@code inlineScript}: scripts from this server and that
     * script alone (by its SHA-256), styles inline as Swagger UI sets them, fetches to this server only.
     */
    static String pagePolicy(String inlineScript) {
        try {
            String hash = Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(inlineScript.getBytes(StandardCharsets.UTF_8)));
            return "default-src 'self'; script-src 'self' 'sha256-" + hash + "'; style-src 'self' 'unsafe-inline'; "
                    + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
