package org.clearance.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clearance.access.Caller;
import org.clearance.access.Role;
import org.clearance.audit.AuditDetail;
import org.clearance.audit.AuditLog;
import org.clearance.match.links.LinkDecision;
import org.clearance.model.Entity;
import org.clearance.store.Database;

/**
 * Analysts' decisions on cross-list links, with the four eyes of alert decisions: an analyst proposes to split two
 * linked entries or to confirm two entries as one party, and an approver who is not the proposer approves or
 * rejects; each step is one transaction with its audit entry ({@code link.propose}, {@code link.approve},
 * {@code link.reject}). The newest approved decision on a pair is in effect ({@link #inEffect}); the screening
 * index applies those after its rules ({@code MatchIndex.decide}). Table {@code link_decision},
 * {@code V10__link_decisions.sql}.
 */
public final class LinkReviews {
    private static final String COLUMNS = "id, left_id, right_id, left_dataset, right_dataset, decision, status, reason, "
            + "proposed_by, proposed_role, proposed_at, decided_by, decided_role, decided_reason, decided_at";

    private final Database db;

    /** Where a decision stands. */
    public enum Status {
        PENDING_APPROVAL, APPROVED, REJECTED;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Status ofWire(String wire) {
            return valueOf(wire.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** One proposed decision and, once taken, the second person's answer. */
    public record LinkReview(long id, String left, String right, String leftDataset, String rightDataset,
            LinkDecision.Kind kind, Status status, String reason, String proposedBy, Role proposedRole, Instant proposedAt,
            String decidedBy, Role decidedRole, String decidedReason, Instant decidedAt) {
        /** The decision as the linker applies it. */
        public LinkDecision decision() {
            return new LinkDecision(id, left, right, kind);
        }
    }

    public LinkReviews(Database db) {
        this.db = db;
    }

    /**
     * Proposes a decision on two entries of different lists; it waits for an approver.
     *
     * @throws DecisionRefusedException when the caller's role does not decide
     * @throws AlertConflictException   when a decision on the pair already waits for approval
     * @throws IllegalArgumentException when the entries are one, of one list, or the reason is blank or too long
     */
    public LinkReview propose(Entity a, Entity b, LinkDecision.Kind kind, String reason, Caller caller) {
        CaseStore.requireReason(reason);
        if (!caller.role().allows(Role.ANALYST)) {
            throw new DecisionRefusedException("role " + caller.role().id() + " does not decide links; analysts and approvers do");
        }
        if (a.dataset().equals(b.dataset())) {
            throw new IllegalArgumentException(a.id() + " and " + b.id() + " are both on " + a.dataset()
                    + ": a list does not list one party twice, so only entries of different lists are linked");
        }
        Entity left = a.id().compareTo(b.id()) < 0 ? a : b;
        Entity right = left == a ? b : a;
        return db.inTransaction("cannot record the link decision on " + left.id() + " and " + right.id(), c -> {
            Optional<LinkReview> pending = reviews(c, "WHERE left_id = ? AND right_id = ? AND status = ?", left.id(), right.id(),
                    Status.PENDING_APPROVAL.wire()).stream().findFirst();
            if (pending.isPresent()) {
                throw new AlertConflictException("decision " + pending.get().id() + " (" + pending.get().kind().wire() + " by "
                        + pending.get().proposedBy() + ") on " + left.id() + " and " + right.id() + " waits for approval: an "
                        + "approver approves or rejects it first");
            }
            Instant now = AlertRows.now();
            long id;
            try (PreparedStatement ps = AlertRows.bind(c.prepareStatement("INSERT INTO link_decision (left_id, right_id, "
                    + "left_dataset, right_dataset, decision, status, reason, proposed_by, proposed_role, proposed_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"}), left.id(), right.id(), left.dataset(),
                    right.dataset(), kind.wire(), Status.PENDING_APPROVAL.wire(), reason, caller.name(), caller.role().id(),
                    AlertRows.timestamp(now))) {
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            AuditLog.append(c, caller.actor(), "link.propose", subject(left.id(), right.id()), AuditDetail.object()
                    .put("decision_id", id).put("decision", kind.wire()).put("reason", reason).put("role", caller.role().id())
                    .put("left_dataset", left.dataset()).put("right_dataset", right.dataset()));
            return review(c, id).orElseThrow();
        });
    }

    /**
     * The second pair of eyes: approving puts the decision in effect, rejecting leaves the pair as it was.
     *
     * @throws DecisionRefusedException when the caller is not an approver, or proposed the decision themselves
     * @throws AlertConflictException   when the decision awaits no approval (taken already, perhaps just now)
     * @throws IllegalArgumentException when there is no such decision, or the reason is blank or too long
     */
    public LinkReview approve(long id, boolean approve, String reason, Caller caller) {
        CaseStore.requireReason(reason);
        if (!caller.role().allows(Role.APPROVER)) {
            throw new DecisionRefusedException("only approvers approve or reject a link decision; the caller is " + caller.role().id());
        }
        return db.inTransaction("cannot record the approval of link decision " + id, c -> {
            LinkReview r = review(c, id).orElseThrow(() -> new IllegalArgumentException("no link decision " + id));
            if (r.status() != Status.PENDING_APPROVAL) {
                throw new AlertConflictException("link decision " + id + " awaits no approval: it is " + r.status().wire()
                        + (r.decidedBy() == null ? "" : " by " + r.decidedBy()));
            }
            if (caller.name().equals(r.proposedBy())) {
                throw new DecisionRefusedException("four eyes: " + caller.name() + " proposed this link decision and cannot "
                        + "also approve or reject it; another approver must");
            }
            Status next = approve ? Status.APPROVED : Status.REJECTED;
            int updated;
            try (PreparedStatement ps = AlertRows.bind(c.prepareStatement("UPDATE link_decision SET status = ?, decided_by = ?, "
                    + "decided_role = ?, decided_reason = ?, decided_at = ? WHERE id = ? AND status = ?"), next.wire(),
                    caller.name(), caller.role().id(), reason, AlertRows.timestamp(AlertRows.now()), id,
                    Status.PENDING_APPROVAL.wire())) {
                updated = ps.executeUpdate();
            }
            if (updated == 0) {
                throw new AlertConflictException("link decision " + id + " was taken by someone else meanwhile; read it again");
            }
            AuditLog.append(c, caller.actor(), approve ? "link.approve" : "link.reject", subject(r.left(), r.right()),
                    AuditDetail.object().put("decision_id", id).put("decision", r.kind().wire()).put("proposed_by", r.proposedBy())
                            .put("reason", reason).put("role", caller.role().id()));
            return review(c, id).orElseThrow();
        });
    }

    /** The decisions in effect: on each pair, the newest approved one. */
    public List<LinkDecision> inEffect() {
        Map<String, LinkDecision> newest = new LinkedHashMap<>();
        for (LinkReview r : all()) {
            if (r.status() == Status.APPROVED) {
                newest.putIfAbsent(r.left() + "\t" + r.right(), r.decision());
            }
        }
        return List.copyOf(newest.values());
    }

    /** Every decision, newest first. */
    public List<LinkReview> all() {
        return db.inTransaction("cannot read the link decisions", c -> reviews(c, ""));
    }

    /** One decision. */
    public Optional<LinkReview> review(long id) {
        return db.inTransaction("cannot read link decision " + id, c -> review(c, id));
    }

    private static Optional<LinkReview> review(Connection c, long id) throws SQLException {
        return reviews(c, "WHERE id = ?", id).stream().findFirst();
    }

    private static List<LinkReview> reviews(Connection c, String where, Object... args) throws SQLException {
        List<LinkReview> out = new ArrayList<>();
        try (PreparedStatement ps = AlertRows.bind(c.prepareStatement("SELECT " + COLUMNS + " FROM link_decision " + where
                + " ORDER BY id DESC"), args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String decidedRole = rs.getString(13);
                out.add(new LinkReview(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        LinkDecision.Kind.ofWire(rs.getString(6)), Status.ofWire(rs.getString(7)), rs.getString(8), rs.getString(9),
                        Role.of(rs.getString(10)), instant(rs.getObject(11, OffsetDateTime.class)), rs.getString(12),
                        decidedRole == null ? null : Role.of(decidedRole), rs.getString(14),
                        instant(rs.getObject(15, OffsetDateTime.class))));
            }
        }
        return out;
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    private static String subject(String left, String right) {
        return "link:" + left + "|" + right;
    }
}
