package org.clearance.access;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clearance.audit.AuditDetail;
import org.clearance.audit.AuditLog;
import org.clearance.store.Database;

/**
 * People who sign in to the web application, each with a role as for API keys. Only an Argon2id
 * hash of each password is stored. Creating, disabling and re-keying a user are written to the
 * audit log in the same transaction.
 */
public final class Users {
    /**
     * Shortest password accepted. NIST SP 800-63B asks for at least 8 characters and advises allowing
     * long passphrases; the people here clear sanctions hits, so we ask for 12.
     */
    public static final int MIN_PASSWORD = 12;
    /** Longest user name, as for API keys. */
    public static final int MAX_NAME = Names.MAX;
    /** Longest password accepted: Argon2 hashes anything, but a megabyte "password" is an attack. */
    public static final int MAX_PASSWORD = 1024;
    /**
     * Argon2id with OWASP's first recommended setting (19 MiB, 2 passes, 1 lane): about 30 ms a
     * check here, slow for a guesser, fine for a sign-in.
     */
    private static final Argon2Function HASH = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);
    /**
     * Checked when the name is unknown, so that a sign-in takes as long for a wrong name as for a
     * wrong password and does not tell which names exist.
     */
    private static final String DECOY = Password.hash("decoy password, never matches").addRandomSalt(16).with(HASH).getResult();

    private final Database db;

    /** A user as listed. */
    public record UserInfo(String name, Role role, Instant createdAt, String createdBy, Instant disabledAt) {}

    public Users(Database db) {
        this.db = db;
    }

    /** Adds a user; the name must be new, the password long enough. */
    public void create(String name, Role role, char[] password, String actor) {
        String clean = Names.require(name, "user name");
        String hash = hash(password);
        db.inTransaction("cannot create the user", c -> {
            if (find(c, clean).isPresent()) {
                throw new IllegalArgumentException("a user named '" + clean + "' exists already (disabled users keep "
                        + "their name, so that the audit log stays unambiguous); choose another name");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO app_user (name, role, password_hash, created_at, "
                    + "created_by) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, clean);
                ps.setString(2, role.id());
                ps.setString(3, hash);
                ps.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
                ps.setString(5, actor);
                ps.executeUpdate();
            }
            AuditLog.append(c, actor, "user.create", "user:" + clean, AuditDetail.object().put("name", clean)
                    .put("role", role.id()));
            return null;
        });
    }

    /** Sets a new password for an existing user and signs them out everywhere. */
    public boolean setPassword(String name, char[] password, String actor) {
        String hash = hash(password);
        return db.inTransaction("cannot change the password", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE app_user SET password_hash = ? WHERE name = ?")) {
                ps.setString(1, hash);
                ps.setString(2, name);
                if (ps.executeUpdate() == 0) {
                    return false;
                }
            }
            Sessions.closeAll(c, name);
            AuditLog.append(c, actor, "user.password", "user:" + name, AuditDetail.object().put("name", name));
            return true;
        });
    }

    /** Disables a user and ends their sessions; false when there is no such enabled user. */
    public boolean disable(String name, String actor) {
        return db.inTransaction("cannot disable the user", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE app_user SET disabled_at = ? WHERE name = ? AND disabled_at IS NULL")) {
                ps.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
                ps.setString(2, name);
                if (ps.executeUpdate() == 0) {
                    return false;
                }
            }
            Sessions.closeAll(c, name);
            AuditLog.append(c, actor, "user.disable", "user:" + name, AuditDetail.object().put("name", name));
            return true;
        });
    }

    /** The signed-in caller when the name is an enabled user's and the password is theirs. */
    public Optional<Caller> authenticate(String name, char[] password) {
        if (name == null || password == null || password.length == 0 || password.length > MAX_PASSWORD) {
            return Optional.empty();
        }
        Optional<Stored> user = db.inTransaction("cannot check the sign-in", c -> find(c, name.strip()));
        String hash = user.filter(u -> u.disabledAt() == null).map(Stored::hash).orElse(DECOY);
        // the cost is read from the stored hash, so hashes made before a raise of the cost still verify
        boolean ok = Password.check(new String(password), hash).with(Argon2Function.getInstanceFromHash(hash));
        return ok && user.isPresent() && user.get().disabledAt() == null
                ? Optional.of(Caller.user(user.get().name(), user.get().role())) : Optional.empty();
    }

    /** Every user, enabled and disabled, by name. */
    public List<UserInfo> list() {
        return db.inTransaction("cannot list the users", c -> {
            List<UserInfo> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name, role, created_at, created_by, disabled_at "
                    + "FROM app_user ORDER BY name"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    OffsetDateTime disabled = rs.getObject(5, OffsetDateTime.class);
                    out.add(new UserInfo(rs.getString(1), Role.of(rs.getString(2)),
                            rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4),
                            disabled == null ? null : disabled.toInstant()));
                }
            }
            return out;
        });
    }

    private record Stored(String name, Role role, String hash, OffsetDateTime disabledAt) {}

    private static Optional<Stored> find(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT name, role, password_hash, disabled_at FROM app_user WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Stored(rs.getString(1), Role.of(rs.getString(2)), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class))) : Optional.empty();
            }
        }
    }

    private static String hash(char[] password) {
        if (password == null || password.length < MIN_PASSWORD) {
            throw new IllegalArgumentException("the password must have at least " + MIN_PASSWORD + " characters");
        }
        if (password.length > MAX_PASSWORD) {
            throw new IllegalArgumentException("the password must have at most " + MAX_PASSWORD + " characters");
        }
        return Password.hash(new String(password)).addRandomSalt(16).with(HASH).getResult();
    }
}
