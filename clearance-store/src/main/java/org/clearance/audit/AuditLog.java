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
        db.inTransaction("cannot read the audit log", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM audit_entry WHERE seq >= ? ORDER BY seq")) {
                ps.setFetchSize(FETCH);
                ps.setLong(1, fromSeq);
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
     * (its link points to another entry), and checks that the head matches the last entry.
     */
    public Verification verify() {
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
        forEach(1, walk::check);
        String[] head = db.inTransaction("cannot read the audit log", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1");
                    ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new String[] {Long.toString(rs.getLong(1)), rs.getString(2)} : null;
            }
        });
        if (walk.firstBad < 0) {
            if (head == null) {
                walk.bad(walk.expectedSeq, "the log's head row is missing");
            } else if (Long.parseLong(head[0]) != walk.expectedSeq - 1 || !head[1].equals(walk.prevHash)) {
                walk.bad(walk.expectedSeq, "the log should end at entry " + head[0] + " but ends at entry "
                        + (walk.expectedSeq - 1) + ": entries at the end were removed or the head was changed");
            }
        }
        return new Verification(walk.checked, walk.firstBad, walk.problem, walk.prevHash);
    }
}
