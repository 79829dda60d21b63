package org.clearance.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import org.clearance.store.Database;

/**
 * The append-only, hash-chained audit log. Entries are written inside the caller's transaction
 * where there is one, so a decision and its audit entry are stored together or not at all.
 * Appends are ordered by a lock on the log's head row, which holds across threads and processes.
 */
public final class AuditLog {
    /** Rows fetched per round trip while verifying or exporting. */
    private static final int FETCH = 1_000;
    private static final String COLUMNS = "seq, at, actor, action, subject, detail, prev_hash, hash";

    private final Database db;

    public AuditLog(Database db) {
        this.db = db;
    }

    /** Appends an entry in its own transaction. */
    public AuditEntry append(String actor, String action, String subject, ObjectNode detail) {
        return db.inTransaction("cannot write the audit log", c -> append(c, actor, action, subject, detail));
    }

    /** Appends an entry inside the caller's open transaction; it is stored when the caller commits. */
    public static AuditEntry append(Connection c, String actor, String action, String subject, ObjectNode detail)
            throws SQLException {
        long prevSeq;
        String prevHash;
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("the audit log's head row is missing; the log has been tampered with");
            }
            prevSeq = rs.getLong(1);
            prevHash = rs.getString(2);
        }
        // millisecond precision survives every supported database's timestamp type unchanged
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        long seq = prevSeq + 1;
        String body = detail.toString();
        String hash = AuditEntry.hashOf(seq, at, actor, action, subject, body, prevHash);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, seq);
            ps.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            ps.setString(3, actor);
            ps.setString(4, action);
            ps.setString(5, subject);
            ps.setString(6, body);
            ps.setString(7, prevHash);
            ps.setString(8, hash);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1")) {
            ps.setLong(1, seq);
            ps.setString(2, hash);
            ps.executeUpdate();
        }
        return new AuditEntry(seq, at, actor, action, subject, body, prevHash, hash);
    }

    /** Streams the entries in order, from {@code fromSeq} on. */
    public void forEach(long fromSeq, Consumer<AuditEntry> sink) {
        forEach(fromSeq, Long.MAX_VALUE, sink);
    }

    private void forEach(long fromSeq, long toSeq, Consumer<AuditEntry> sink) {
        db.inTransaction("cannot read the audit log", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM audit_entry WHERE seq >= ? "
                    + "AND seq <= ? ORDER BY seq")) {
                ps.setFetchSize(FETCH);
                ps.setLong(1, fromSeq);
                ps.setLong(2, toSeq);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                                rs.getString(8)));
                    }
                }
            }
            return null;
        });
    }

    /**
     * Walks the whole chain and names the first entry that was edited (its hash no longer matches its
     * fields), deleted (a gap in the sequence, or a broken link to the entry before) or reordered
     * (its link points to another entry), and checks that the head matches the last entry. The head
     * is read first and the walk stops at it, so entries appended meanwhile (by a running service)
     * are left for the next check instead of looking like a tampered tail.
     */
    public Verification verify() {
        record Head(long seq, String hash) {}
        Head head = db.inTransaction("cannot read the audit log", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1");
                    ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Head(rs.getLong(1), rs.getString(2)) : null;
            }
        });
        var walk = new Object() {
            long checked;
            long expectedSeq = 1;
            String prevHash = AuditEntry.GENESIS;
            long firstBad = -1;
            String problem = "";

            void check(AuditEntry e) {
                checked++;
                if (firstBad >= 0) {
                    return;
                }
                if (e.seq() != expectedSeq) {
                    bad(expectedSeq, "missing: the entry after " + (expectedSeq - 1) + " is " + e.seq());
                } else if (!e.prevHash().equals(prevHash)) {
                    bad(e.seq(), "its link to the entry before does not match: an entry before it was changed, "
                            + "removed or moved");
                } else if (!e.intact()) {
                    bad(e.seq(), "its content does not match its hash: the entry was edited");
                }
                expectedSeq = e.seq() + 1;
                prevHash = e.hash();
            }

            void bad(long seq, String why) {
                firstBad = seq;
                problem = "entry " + seq + ": " + why;
            }
        };
        // without a head there is no end to stop at: every entry is read, and the head is reported missing
        forEach(1, head == null ? Long.MAX_VALUE : head.seq(), walk::check);
        if (walk.firstBad < 0) {
            if (head == null) {
                walk.bad(walk.expectedSeq, "the log's head row is missing");
            } else if (head.seq() != walk.expectedSeq - 1 || !head.hash().equals(walk.prevHash)) {
                walk.bad(walk.expectedSeq, "the log should end at entry " + head.seq() + " but ends at entry "
                        + (walk.expectedSeq - 1) + ": entries at the end were removed or the head was changed");
            }
        }
        return new Verification(walk.checked, walk.firstBad, walk.problem, walk.prevHash);
    }
}
