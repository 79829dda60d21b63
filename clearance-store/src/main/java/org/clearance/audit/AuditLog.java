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
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.clearance.store.Database;
import org.clearance.store.StoreUnavailableException;

/**
 * The append-only, hash-chained audit log. Entries are written inside the caller's transaction
 * where there is one, so a decision and its audit entry are stored together or not at all.
 * Appends are ordered by a lock on the log's head row, which holds across threads and processes.
 * One {@code AuditLog} should serve a whole process, so that its callers' entries are written together.
 */
public final class AuditLog {
    /** Rows fetched per round trip while verifying or exporting. */
    private static final int FETCH = 1_000;
    private static final String COLUMNS = "seq, at, actor, action, subject, detail, prev_hash, hash";

    private final Database db;
    private final Queue<Pending> queue = new ConcurrentLinkedQueue<>();
    /** Held by the caller writing a batch; the others queue meanwhile. */
    private final ReentrantLock writer = new ReentrantLock();

    public AuditLog(Database db) {
        this.db = db;
    }

    /**
     * Appends an entry in its own transaction, and returns once it is stored. Callers that arrive while
     * another is writing are written together in the next transaction (a group commit): a server audits
     * every screening, and one transaction per entry, each waiting for the head row's lock, was a
     * quarter of a screening request's time. A batch that fails is retried entry by entry, so one
     * entry the database refuses fails only its own caller.
     */
    public AuditEntry append(String actor, String action, String subject, ObjectNode detail) {
        Pending mine = new Pending(actor, action, subject, detail.toString());
        queue.add(mine);
        writer.lock();
        try {
            if (!mine.settled()) {
                List<Pending> batch = new ArrayList<>();
                for (Pending p; (p = queue.poll()) != null;) {
                    batch.add(p);
                }
                write(batch);
            }
        } finally {
            writer.unlock();
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
        return mine.entry;
    }

    /** An entry waiting to be written; settled by whichever caller writes its batch, under {@link #writer}. */
    /**
     * The text as every supported database stores it: a lone UTF-16 surrogate (which a request may carry, escaped
     * in JSON) has no UTF-8 form and would come back as '?', so the entry's hash, computed over the text written,
     * would no longer match what is read: one screening could raise a false tamper alarm. It becomes U+FFFD, the
     * replacement character, before the hash is computed.
     */
    static String storable(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                    : !Character.isLowSurrogate(c) || i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            if (!paired && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(paired ? c : '\uFFFD');
            }
        }
        return out == null ? text : out.toString();
    }

    private static final class Pending {
        final String actor;
        final String action;
        final String subject;
        final String detail;
        AuditEntry entry;
        RuntimeException failure;

        Pending(String actor, String action, String subject, String detail) {
            this.actor = storable(actor);
            this.action = storable(action);
            this.subject = storable(subject);
            this.detail = storable(detail);
        }

        boolean settled() {
            return entry != null || failure != null;
        }
    }

    private void write(List<Pending> batch) {
        try {
            List<AuditEntry> written = db.inTransaction("cannot write the audit log", c -> append(c, batch));
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).entry = written.get(i);
            }
        } catch (RuntimeException e) {
            // a database out of reach refuses each entry alike: trying them one by one would only make the last caller wait longest
            if (batch.size() == 1 || e instanceof StoreUnavailableException) {
                batch.forEach(p -> p.failure = e);
                return;
            }
            for (Pending p : batch) {
                write(List.of(p));
            }
        }
    }

    /** Appends an entry inside the caller's open transaction; it is stored when the caller commits. */
    public static AuditEntry append(Connection c, String actor, String action, String subject, ObjectNode detail)
            throws SQLException {
        return append(c, List.of(new Pending(actor, action, subject, detail.toString()))).get(0);
    }

    /** Appends entries in order inside the caller's open transaction, under one lock of the head row. */
    private static List<AuditEntry> append(Connection c, List<Pending> entries) throws SQLException {
        long seq;
        String prevHash;
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("the audit log's head row is missing; the log has been tampered with");
            }
            seq = rs.getLong(1);
            prevHash = rs.getString(2);
        }
        List<AuditEntry> written = new ArrayList<>(entries.size());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Pending p : entries) {
                seq++;
                // millisecond precision survives every supported database's timestamp type unchanged
                Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
                String hash = AuditEntry.hashOf(seq, at, p.actor, p.action, p.subject, p.detail, prevHash);
                ps.setLong(1, seq);
                ps.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                ps.setString(3, p.actor);
                ps.setString(4, p.action);
                ps.setString(5, p.subject);
                ps.setString(6, p.detail);
                ps.setString(7, prevHash);
                ps.setString(8, hash);
                if (entries.size() == 1) {
                    ps.executeUpdate();
                } else {
                    ps.addBatch();
                }
                written.add(new AuditEntry(seq, at, p.actor, p.action, p.subject, p.detail, prevHash, hash));
                prevHash = hash;
            }
            if (entries.size() > 1) {
                ps.executeBatch();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1")) {
            ps.setLong(1, seq);
            ps.setString(2, prevHash);
            ps.executeUpdate();
        }
        return written;
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
     * Walks the whole chain and names every entry that was edited (its hash no longer matches its
     * fields), deleted (a gap in the sequence, or a broken link to the entry before) or reordered
     * (its link points to another entry), and checks that the head matches the last entry. Every bad
     * entry is named, not only the first: an entry that looks edited (however it came to be) must not
     * hide a forgery recorded after it. The head is read first and the walk stops at it, so entries
     * appended meanwhile (by a running service) are left for the next check instead of looking like a
     * tampered tail.
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
            long bad;
            final List<Verification.Problem> problems = new ArrayList<>();

            void check(AuditEntry e) {
                checked++;
                if (e.seq() != expectedSeq) {
                    // the link of the entry after a gap is broken by the gap itself: one problem, not two
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
                bad++;
                if (problems.size() < Verification.LISTED) {
                    problems.add(new Verification.Problem(seq, why));
                }
            }
        };
        // without a head there is no end to stop at: every entry is read, and the head is reported missing
        forEach(1, head == null ? Long.MAX_VALUE : head.seq(), walk::check);
        if (head == null) {
            walk.bad(walk.expectedSeq, "the log's head row is missing");
        } else if (head.seq() != walk.expectedSeq - 1 || !head.hash().equals(walk.prevHash)) {
            walk.bad(walk.expectedSeq, "the log should end at entry " + head.seq() + " but ends at entry "
                    + (walk.expectedSeq - 1) + ": entries at the end were removed or the head was changed");
        }
        return new Verification(walk.checked, walk.bad, walk.problems, walk.prevHash);
    }
}
