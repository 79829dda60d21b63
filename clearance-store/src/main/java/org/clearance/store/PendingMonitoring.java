package org.clearance.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The monitoring runs that committed list versions still owe ({@code monitor_pending}). A run is recorded in
 * the transaction that makes a version current (an import, or a withdrawal that makes the version before
 * current again) and settled in the transaction of the run's closing audit entry: a process killed between
 * the two leaves it here for the next command, or the next start of the service, to run.
 */
public final class PendingMonitoring {
    /** Why a run is owed. */
    public enum Cause {
        /** A new version became current: its change from the version before is monitored. */
        IMPORT,
        /** The current version was withdrawn: the version now current is monitored whole. */
        WITHDRAWAL;

        String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One run owed.
     *
     * @param previousVersionId the version to diff against, or null to screen every entry of the version
     * @param withdrawnVersion  for a withdrawal, the version withdrawn (it is no longer stored); else null
     */
    public record Run(long versionId, Long previousVersionId, Cause cause, Long withdrawnVersion, Instant recordedAt) {}

    private final Database db;

    public PendingMonitoring(Database db) {
        this.db = db;
    }

    /** The runs owed, oldest first. */
    public List<Run> all() {
        return db.inTransaction("cannot read the monitoring runs owed", c -> {
            List<Run> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT version_id, previous_version_id, cause, withdrawn_version, "
                    + "recorded_at FROM monitor_pending ORDER BY recorded_at, version_id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Run(rs.getLong(1), (Long) rs.getObject(2, Long.class),
                            Cause.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)),
                            (Long) rs.getObject(4, Long.class), rs.getTimestamp(5).toInstant()));
                }
            }
            return out;
        });
    }

    /**
     * Records a run owed to {@code versionId}, replacing one already owed to it (a withdrawal supersedes
     * the diff an import asked for: the version is then screened whole).
     */
    static void record(Connection c, long versionId, Long previousVersionId, Cause cause, Long withdrawnVersion)
            throws SQLException {
        settle(c, versionId);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO monitor_pending (version_id, previous_version_id, cause, "
                + "withdrawn_version, recorded_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, versionId);
            setLongOrNull(ps, 2, previousVersionId);
            ps.setString(3, cause.wire());
            setLongOrNull(ps, 4, withdrawnVersion);
            ps.setTimestamp(5, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        }
    }

    /** Marks the run owed to {@code versionId} as done, inside the caller's transaction. */
    public static void settle(Connection c, long versionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM monitor_pending WHERE version_id = ?")) {
            ps.setLong(1, versionId);
            ps.executeUpdate();
        }
    }

    private static void setLongOrNull(PreparedStatement ps, int i, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, value);
        }
    }
}
