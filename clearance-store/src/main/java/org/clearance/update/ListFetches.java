package org.clearance.update;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clearance.audit.AuditDetail;
import org.clearance.audit.AuditLog;
import org.clearance.store.Database;

/**
 * The last fetch of each dataset ({@code list_fetch}): read before a download for its validators and
 * file hash, written after it together with the update's audit entry, in one transaction.
 */
public final class ListFetches {
    private static final String COLUMNS = "dataset, url, tried_at, outcome, message, fetched_at, changed_at, etag, "
            + "last_modified, sha256, bytes";
    /** The longest message kept, as the column allows. */
    private static final int MAX_MESSAGE = 4000;

    private final Database db;

    public ListFetches(Database db) {
        this.db = db;
    }

    public Optional<FetchRecord> get(String dataset) {
        return db.inTransaction("read the last fetch of " + dataset, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM list_fetch WHERE dataset = ?")) {
                ps.setString(1, dataset);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Every dataset's last fetch, by dataset id. */
    public List<FetchRecord> all() {
        return db.inTransaction("read the last fetches", c -> {
            List<FetchRecord> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM list_fetch ORDER BY dataset");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        });
    }

    /**
     * Stores the outcome of one update with its audit entry ({@code list.update}, subject the dataset).
     *
     * @param fetched the download's result, or null when it failed before one arrived
     */
    void record(UpdateOutcome outcome, Downloader.Fetched fetched, String actor) {
        String url = outcome.url().toString();
        FetchRecord before = get(outcome.dataset()).orElse(null);
        // what is known of the file at this address: a failure or a 304 keeps it, a new file replaces it
        FetchRecord kept = before != null && before.url().equals(url) ? before : null;
        boolean good = !outcome.failed() && fetched != null;
        boolean newFile = good && !fetched.notModified();
        boolean changed = outcome.kind() == UpdateOutcome.Kind.UPDATED;
        String etag = kept == null ? null : kept.etag();
        String lastModified = kept == null ? null : kept.lastModified();
        if (newFile) {
            etag = fetched.etag();
            lastModified = fetched.lastModified();
        } else if (good) {
            etag = fetched.etag() != null ? fetched.etag() : etag;
            lastModified = fetched.lastModified() != null ? fetched.lastModified() : lastModified;
        }
        FetchRecord next = new FetchRecord(outcome.dataset(), url, outcome.at(), outcome.kind().label(),
                outcome.message() == null ? null : truncate(outcome.message()),
                good ? outcome.at() : before == null ? null : before.fetchedAt(),
                changed ? outcome.at() : before == null ? null : before.changedAt(),
                etag, lastModified,
                newFile ? fetched.sha256() : kept == null ? null : kept.sha256(),
                newFile ? fetched.bytes() : kept == null ? 0 : kept.bytes());
        db.inTransaction("record the update of " + outcome.dataset(), c -> {
            write(c, next);
            var detail = AuditDetail.object().put("dataset", outcome.dataset()).put("outcome", outcome.kind().label())
                    .put("url", url).put("attempts", outcome.attempts());
            if (fetched != null) {
                detail.put("from", fetched.finalUri().toString()).put("not_modified", fetched.notModified());
                if (newFile) {
                    detail.put("sha256", fetched.sha256()).put("bytes", fetched.bytes());
                }
            }
            if (outcome.version() != null) {
                detail.put("version", outcome.version().id());
            }
            if (outcome.message() != null) {
                detail.put("message", truncate(outcome.message()));
            }
            AuditLog.append(c, actor, "list.update", outcome.dataset(), detail);
            return null;
        });
    }

    private static void write(Connection c, FetchRecord r) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM list_fetch WHERE dataset = ?")) {
            del.setString(1, r.dataset());
            del.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO list_fetch (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, r.dataset());
            ps.setString(2, r.url());
            ps.setTimestamp(3, Timestamp.from(r.triedAt()));
            ps.setString(4, r.outcome());
            ps.setString(5, r.message());
            ps.setTimestamp(6, r.fetchedAt() == null ? null : Timestamp.from(r.fetchedAt()));
            ps.setTimestamp(7, r.changedAt() == null ? null : Timestamp.from(r.changedAt()));
            ps.setString(8, r.etag());
            ps.setString(9, r.lastModified());
            ps.setString(10, r.sha256());
            ps.setLong(11, r.bytes());
            ps.executeUpdate();
        }
    }

    private static FetchRecord read(ResultSet rs) throws SQLException {
        return new FetchRecord(rs.getString(1), rs.getString(2), instant(rs.getTimestamp(3)), rs.getString(4),
                rs.getString(5), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)), rs.getString(8),
                rs.getString(9), rs.getString(10), rs.getLong(11));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String truncate(String s) {
        return s.length() <= MAX_MESSAGE ? s : s.substring(0, MAX_MESSAGE - 1) + "…";
    }
}
