package org.clearance.cases;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.clearance.access.Caller;
import org.clearance.access.Role;
import org.clearance.audit.AuditDetail;
import org.clearance.audit.AuditLog;
import org.clearance.store.Database;

/**
 * Confirmed matches whose list entry was delisted, waiting for a person to judge what follows (the
 * party may no longer be restricted: unblock, keep, or exit). Monitoring flags them; an analyst
 * records what was done, which ends the flag. Each step is written to the audit log.
 */
public final class DelistingReviews {
    private final Database db;

    /** A flag: the confirmed alert, why it needs review, and when it was raised. */
    public record Review(long id, long alertId, String partyId, String entityId, String dataset, String caption,
            String reason, Instant flaggedAt) {}

    public DelistingReviews(Database db) {
        this.db = db;
    }

    /** Flags each alert with the reason; returns how many were newly flagged (none twice for one reason). */
    public int flag(List<Alert> alerts, String reason, String actor) {
        if (alerts.isEmpty()) {
            return 0;
        }
        return db.inTransaction("cannot flag the delisted true matches", c -> {
            List<Long> flagged = new ArrayList<>();
            Instant now = AlertRows.now();
            for (Alert a : alerts) {
                try (PreparedStatement ps = AlertRows.bind(c.prepareStatement("INSERT INTO case_review (alert_id, reason, "
                        + "flagged_at) SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM case_review WHERE alert_id = ? "
                        + "AND reason = ?)"), a.id(), reason, AlertRows.timestamp(now), a.id(), reason)) {
                    if (ps.executeUpdate() > 0) {
                        flagged.add(a.id());
                    }
                }
            }
            if (!flagged.isEmpty()) {
                var detail = AuditDetail.object().put("reason", reason);
                flagged.forEach(detail.putArray("alerts")::add);
                AuditLog.append(c, actor, "review.flag", "alerts", detail);
            }
            return flagged.size();
        });
    }

    /** The flags nobody has dealt with yet, oldest first. */
    public List<Review> open() {
        return db.inTransaction("cannot read the reviews", c -> {
            List<Review> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT r.id, r.alert_id, a.party_id, a.entity_id, a.dataset, "
                    + "a.caption, r.reason, r.flagged_at FROM case_review r JOIN case_alert a ON a.id = r.alert_id "
                    + "WHERE r.done_at IS NULL ORDER BY r.flagged_at, r.id"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Review(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getObject(8, java.time.OffsetDateTime.class).toInstant()));
                }
            }
            return out;
        });
    }

    /**
     * Records what was done about a flag, ending it.
     *
     * @throws DecisionRefusedException when the caller's role does not review cases
     * @throws AlertConflictException   when the flag was already dealt with
     * @throws UnknownAlertException    when there is no such flag
     */
    public void done(long reviewId, String note, Caller caller) {
        CaseStore.requireReason(note);
        if (!caller.role().allows(Role.ANALYST)) {
            throw new DecisionRefusedException("role " + caller.role().id() + " does not review cases; analysts and "
                    + "approvers do");
        }
        db.inTransaction("cannot record the review " + reviewId, c -> {
            try (PreparedStatement ps = AlertRows.bind(c.prepareStatement("SELECT alert_id, done_by FROM case_review "
                    + "WHERE id = ? FOR UPDATE"), reviewId); ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new UnknownAlertException("no review " + reviewId);
                }
                if (rs.getString(2) != null) {
                    throw new AlertConflictException("review " + reviewId + " was already dealt with by " + rs.getString(2));
                }
                long alertId = rs.getLong(1);
                try (PreparedStatement u = AlertRows.bind(c.prepareStatement("UPDATE case_review SET done_at = ?, "
                        + "done_by = ?, note = ? WHERE id = ?"), AlertRows.timestamp(AlertRows.now()), caller.name(), note,
                        reviewId)) {
                    u.executeUpdate();
                }
                AuditLog.append(c, caller.actor(), "review.done", "alert:" + alertId, AuditDetail.object()
                        .put("review", reviewId).put("note", note));
            }
            return null;
        });
    }
}
