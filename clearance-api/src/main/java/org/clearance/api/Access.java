package org.clearance.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Map;
import org.clearance.access.ApiKeys;
import org.clearance.access.Caller;
import org.clearance.access.Role;

/**
 * Who may call what. A request carries its key as {@code Authorization: ApiKey <key>} (as
 * OpenSanctions' hosted API takes it) or {@code Authorization: Bearer <key>}; without a valid key it
 * gets 401, with a key whose role does not allow the route 403. The handler then finds the caller
 * with {@link #caller(Context)}, for decisions and the audit log.
 */
final class Access {
    private static final String CALLER = "clearance.caller";
    private static final Map<String, String> CHALLENGE = Map.of("WWW-Authenticate", "ApiKey, Bearer");

    private final ApiKeys keys;

    Access(ApiKeys keys) {
        this.keys = keys;
    }

    /** The handler, run only for callers whose role allows {@code needed}. */
    Handler allow(Role needed, Handler handler) {
        return ctx -> {
            Caller caller = authenticate(ctx);
            if (!caller.role().allows(needed)) {
                throw new ApiException(403, "the key '" + caller.name() + "' has the role '" + caller.role().id()
                        + "', which may not do this; it needs a key with the role '" + needed.id() + "'");
            }
            ctx.attribute(CALLER, caller);
            handler.handle(ctx);
        };
    }

    /** The caller of a request that passed {@link #allow}. */
    static Caller caller(Context ctx) {
        Caller c = ctx.attribute(CALLER);
        if (c == null) {
            throw new IllegalStateException("route " + ctx.endpointHandlerPath() + " is not behind Access.allow");
        }
        return c;
    }

    private Caller authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw new ApiException(401, "an API key is required: send 'Authorization: ApiKey <key>' "
                    + "(create one with 'clearance keys create')", CHALLENGE);
        }
        String[] parts = header.strip().split("\\s+", 2);
        if (parts.length != 2 || !(parts[0].equalsIgnoreCase("ApiKey") || parts[0].equalsIgnoreCase("Bearer"))) {
            throw new ApiException(401, "the Authorization header must be 'ApiKey <key>' or 'Bearer <key>'", CHALLENGE);
        }
        return keys.authenticate(parts[1].strip())
                .orElseThrow(() -> new ApiException(401, "the API key is unknown or revoked", CHALLENGE));
    }
}
