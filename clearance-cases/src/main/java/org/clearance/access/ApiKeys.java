package org.clearance.access;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.codec.digest.DigestUtils;
import org.clearance.audit.AuditDetail;
import org.clearance.audit.AuditLog;
import org.clearance.store.Database;

/**
 * API keys: created with a role, shown once, stored only as a hash, revocable. Creating and
 * revoking a key are written to the audit log in the same transaction.
 */
public final class ApiKeys {
    /** What every key starts with, so a leaked key is recognisable (e.g. by secret scanners). */
    static final String KEY_PREFIX = "clr_";
    /** Random bytes per key: 256 bits, beyond guessing. */
    private static final int KEY_BYTES = 32;
    /** Every key's length: the prefix and its random bytes in unpadded URL-safe Base64. */
    private static final int KEY_LENGTH = KEY_PREFIX.length() + (KEY_BYTES * 4 + 2) / 3;
    /** Characters of a key kept in the clear to tell keys apart in a listing. */
    private static final int SHOWN_CHARS = KEY_PREFIX.length() + 6;
    /**
     * How long a checked key is trusted without asking the database again. Screening runs at
     * thousands of requests a second; a revoked key stops working within this time.
     */
    public static final int TRUST_SECONDS = 30;
    private static final Duration TRUST_FOR = Duration.ofSeconds(TRUST_SECONDS);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;
    private final Map<String, Trusted> trusted = new ConcurrentHashMap<>();

    private record Trusted(Caller caller, Instant until) {}

    /** A key as listed: everything but the key itself. */
    public record KeyInfo(String name, Role role, String prefix, Instant createdAt, String createdBy, Instant revokedAt) {}

    /** A new key with the only copy of its secret. */
    public record NewKey(String name, Role role, String key) {}

    public ApiKeys(Database db) {
        this.db = db;
    }

    /** Creates a key; the name must be new (names are who acts, in decisions and the audit log). */
    public NewKey create(String name, Role role, String actor) {
        String clean = Names.require(name, "key name");
        byte[] bytes = new byte[KEY_BYTES];
        RANDOM.nextBytes(bytes);
        String key = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        db.inTransaction("cannot create the key", c -> {
            if (exists(c, clean)) {
                throw new IllegalArgumentException("a key named '" + clean + "' exists already (revoked keys keep their "
                        + "name, so that the audit log stays unambiguous); choose another name");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO api_key (name, role, key_hash, key_prefix, "
                    + "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, clean);
                ps.setString(2, role.id());
                ps.setString(3, DigestUtils.sha256Hex(key));
                ps.setString(4, key.substring(0, SHOWN_CHARS));
                ps.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
                ps.setString(6, actor);
                ps.executeUpdate();
            }
            AuditLog.append(c, actor, "key.create", "key:" + clean, AuditDetail.object().put("name", clean)
                    .put("role", role.id()).put("prefix", key.substring(0, SHOWN_CHARS)));
            return null;
        });
        return new NewKey(clean, role, key);
    }

    private static boolean exists(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM api_key WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Revokes a key by name; false when there is no such active key. */
    public boolean revoke(String name, String actor) {
        boolean revoked = db.inTransaction("cannot revoke the key", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE api_key SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL")) {
                ps.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
                ps.setString(2, name);
                if (ps.executeUpdate() == 0) {
                    return false;
                }
            }
            AuditLog.append(c, actor, "key.revoke", "key:" + name, AuditDetail.object().put("name", name));
            return true;
        });
        trusted.values().removeIf(t -> t.caller().name().equals(name));
        return revoked;
    }

    /** The caller a key belongs to, if it is a known, unrevoked key. */
    public Optional<Caller> authenticate(String key) {
        if (key == null || key.length() != KEY_LENGTH || !key.startsWith(KEY_PREFIX)) {
            return Optional.empty();
        }
        String hash = DigestUtils.sha256Hex(key);
        Instant now = Instant.now();
        Trusted t = trusted.get(hash);
        if (t != null && t.until().isAfter(now)) {
            return Optional.of(t.caller());
        }
        Optional<Caller> found = db.inTransaction("cannot check the API key", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT name, role FROM api_key WHERE key_hash = ? AND revoked_at IS NULL")) {
                ps.setString(1, hash);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(Caller.key(rs.getString(1), Role.of(rs.getString(2)))) : Optional.empty();
                }
            }
        });
        if (found.isPresent()) {
            trusted.put(hash, new Trusted(found.get(), now.plus(TRUST_FOR)));
        } else {
            trusted.remove(hash);
        }
        return found;
    }

    /** Every key, active and revoked, oldest first. */
    public List<KeyInfo> list() {
        return db.inTransaction("cannot list the keys", c -> {
            List<KeyInfo> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name, role, key_prefix, created_at, created_by, "
                    + "revoked_at FROM api_key ORDER BY id"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    OffsetDateTime revoked = rs.getObject(6, OffsetDateTime.class);
                    out.add(new KeyInfo(rs.getString(1), Role.of(rs.getString(2)), rs.getString(3),
                            rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5),
                            revoked == null ? null : revoked.toInstant()));
                }
            }
            return out;
        });
    }

    /** Whether any key can still be used: the service tells a newcomer how to make one when none can. */
    public boolean anyActive() {
        return list().stream().anyMatch(k -> k.revokedAt() == null);
    }
}
