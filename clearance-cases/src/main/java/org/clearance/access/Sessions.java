package org.clearance.access;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;
import org.clearance.audit.AuditDetail;
import org.clearance.audit.AuditLog;
import org.clearance.store.Database;

/**
 * Signed-in browser sessions. A session is a random token in a cookie; the database keeps only its
 * SHA-256, so a copy of the database signs no one in. Each session has its own CSRF token, which
 * every form and script of the web application sends back with each change.
 */
public final class Sessions {
    /**
     * How long a sign-in lasts: a working day. Long enough not to interrupt a review, short enough
     * that a forgotten browser does not stay signed in overnight.
     */
    public static final Duration LIFETIME = Duration.ofHours(10);
    /** Random bytes per token: 256 bits, beyond guessing. */
    private static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;

    /** A signed-in session: the token goes to the browser, the CSRF token into every form. */
    public record Session(String token, String csrf, Caller caller, OffsetDateTime expiresAt) {}

    public Sessions(Database db) {
        this.db = db;
    }

    /** Starts a session for a caller who just signed in, and logs the sign-in. */
    public Session open(Caller caller) {
        String token = token();
        String csrf = token();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime expires = now.plus(LIFETIME);
        db.inTransaction("cannot start the session", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO web_session (token_hash, user_name, csrf_token, "
                    + "created_at, expires_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, DigestUtils.sha256Hex(token));
                ps.setString(2, caller.name());
                ps.setString(3, csrf);
                ps.setObject(4, now);
                ps.setObject(5, expires);
                ps.executeUpdate();
            }
            // expired sessions of anyone are of no use; clearing them here keeps the table small
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM web_session WHERE expires_at < ?")) {
                ps.setObject(1, now);
                ps.executeUpdate();
            }
            AuditLog.append(c, caller.actor(), "user.sign_in", "user:" + caller.name(), AuditDetail.object()
                    .put("role", caller.role().id()));
            return null;
        });
        return new Session(token, csrf, caller, expires);
    }

    /** The live session of a token, with its user's current role; empty when unknown, expired or disabled. */
    public Optional<Session> find(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        return db.inTransaction("cannot check the session", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT s.csrf_token, s.expires_at, u.name, u.role "
                    + "FROM web_session s JOIN app_user u ON u.name = s.user_name "
                    + "WHERE s.token_hash = ? AND s.expires_at > ? AND u.disabled_at IS NULL")) {
                ps.setString(1, DigestUtils.sha256Hex(token));
                ps.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Session(token, rs.getString(1),
                            Caller.user(rs.getString(3), Role.of(rs.getString(4))), rs.getObject(2, OffsetDateTime.class)))
                            : Optional.empty();
                }
            }
        });
    }

    /** Ends a session (signing out); unknown tokens are ignored. */
    public void close(Session session) {
        db.inTransaction("cannot end the session", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM web_session WHERE token_hash = ?")) {
                ps.setString(1, DigestUtils.sha256Hex(session.token()));
                if (ps.executeUpdate() > 0) {
                    AuditLog.append(c, session.caller().actor(), "user.sign_out", "user:" + session.caller().name(),
                            AuditDetail.object());
                }
            }
            return null;
        });
    }

    /** Ends every session of a user, inside the caller's transaction (a disabled user, a new password). */
    static void closeAll(Connection c, String userName) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM web_session WHERE user_name = ?")) {
            ps.setString(1, userName);
            ps.executeUpdate();
        }
    }

    private static String token() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
