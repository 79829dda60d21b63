package org.clearance.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.clearance.access.Caller;
import org.clearance.access.Role;
import org.clearance.audit.Actors;
import org.clearance.audit.AuditDetail;
import org.clearance.audit.AuditLog;
import org.clearance.cases.Raised.Outcome;
import org.clearance.match.MatchResult;
import org.clearance.model.EntityJson;
import org.clearance.store.Database;

/**
 * Cases from hit to decision: screened parties, the alert each hit opens, and the decisions on them.
 *
 * <p>Every change is one transaction with its audit entry, so a decision and its audit entry are
 * stored together or not at all. Decisions are checked against the version the caller read
 * (optimistic locking): when someone else decided first, the later decision is refused with
 * {@link AlertConflictException}, never silently applied over the first.
 *
 * <p>There is one alert per party and list entry. Re-screening raises it again: an undecided alert
 * stays one alert; a false positive stays closed while neither the party's nor the entry's content
 * changed, and reopens with {@link Changes} naming what did; an approved true match stays closed.
 */
public final class CaseStore {
    /** Reasons at most, as the table holds them. */
    public static final int MAX_REASON_LENGTH = 4000;
    /** Rows fetched per round trip when walking all parties or cases. */
    private static final int FETCH = 500;
    /** Stands for an entry field list when the entry's earlier form is not in the store to compare. */
    static final String ENTRY_UNKNOWN = "(earlier form not stored)";

    /**
     * SQL states of a write that lost a race for a row: H2's "concurrent update" and PostgreSQL's
     * serialization failure. Either means someone else changed the alert first.
     */
    private static final Set<String> CONCURRENT_UPDATE = Set.of("90131", "40001");

    /** The queue's order: open alerts first, then pending, then closed; within each, highest score, then oldest. */
    private static final String QUEUE_SORT = " ORDER BY CASE a.status WHEN 'open' THEN 0 WHEN 'pending_approval' "
            + "THEN 1 ELSE 2 END, a.score DESC, a.opened_at, a.id";
    /** The queue's order and length; the last parameter is the number of rows. */
    private static final String QUEUE_ORDER = QUEUE_SORT + " FETCH FIRST ? ROWS ONLY";

    private final Database db;

    public CaseStore(Database db) {
        this.db = db;
    }

    /**
     * Stores the party (new, or its content updated) and raises an alert for each result that is a
     * match (at or above the threshold the screening used), with one audit entry for the whole.
     *
     * @param actor who screened, in the audit log's form ({@link Actors#apiKey})
     */
    public Recorded record(Party party, List<MatchResult> results, String actor) {
        // one hit per entry: an index may return the same entry once per name it matched
        Map<String, Hit> hits = new TreeMap<>();
        results.stream().filter(MatchResult::match).map(Hit::of)
                .forEach(h -> hits.merge(h.entityId(), h, (a, b) -> a.score() >= b.score() ? a : b));
        return retryingRace(() -> db.inTransaction("cannot record party " + party.id(), c -> {
            Instant now = AlertRows.now();
            storeParty(c, party, now);
            List<Raised> raised = new ArrayList<>();
            for (Hit h : hits.values()) {
                raised.add(raise(c, party, h, now));
            }
            ObjectNode detail = AuditDetail.object().put("content_hash", party.contentHash()).put("hits", hits.size());
            var arr = detail.putArray("alerts");
            raised.forEach(r -> arr.addObject().put("alert", r.alertId()).put("entity", r.entityId())
                    .put("outcome", r.outcome().wire()));
            AuditLog.append(c, actor, "party.record", "party:" + party.id(), detail);
            return new Recorded(partyCase(c, party), raised);
        }));
    }

    /**
     * Raises an alert for a stored party and one list entry, as {@link #record} does for each hit:
     * opened when there is none for the pair, reopened or left alone by the same rules. For
     * monitoring, which re-screens stored parties against changed entries.
     *
     * @throws IllegalArgumentException when no party has that id
     */
    public Raised openAlert(String partyId, Hit hit, String actor) {
        return retryingRace(() -> db.inTransaction("cannot raise an alert for party " + partyId, c -> {
            Party party = AlertRows.party(c, partyId)
                    .orElseThrow(() -> new IllegalArgumentException("no party '" + partyId + "'"));
            Raised r = raise(c, party, hit, AlertRows.now());
            AuditLog.append(c, actor, "alert.raise", "alert:" + r.alertId(), AuditDetail.object().put("party", partyId)
                    .put("entity", hit.entityId()).put("score", hit.score()).put("outcome", r.outcome().wire()));
            return r;
        }));
    }

    /**
     * Closes every open or pending alert on one list entry, e.g. with "delisted on 2026-01-05" when
     * the entry was removed from its list. A pending true match loses its proposal: the alert reopens
     * undecided should the entry be listed again. Approved true matches and false positives stay as
     * they are. One audit entry names the alerts closed; none is written when there were none.
     *
     * @return the ids of the alerts closed
     */
    public List<Long> closeAlertsOf(String entityId, String reason, String actor) {
        requireReason(reason);
        return db.inTransaction("cannot close the alerts of " + entityId, c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = AlertRows.bind(c.prepareStatement("SELECT id FROM case_alert WHERE entity_id = ? "
                    + "AND status IN ('open', 'pending_approval') ORDER BY id FOR UPDATE"), entityId);
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            if (ids.isEmpty()) {
                return ids;
            }
            Instant now = AlertRows.now();
            try (PreparedStatement ps = c.prepareStatement("UPDATE case_alert SET status = 'closed', decision = NULL, "
                    + "proposed_by = NULL, closed_reason = ?, version = version + 1, updated_at = ? WHERE id = ?")) {
                for (long id : ids) {
                    AlertRows.bind(ps, reason, AlertRows.timestamp(now), id).addBatch();
                }
                ps.executeBatch();
            }
            ObjectNode detail = AuditDetail.object().put("reason", reason);
            ids.forEach(detail.putArray("alerts")::add);
            AuditLog.append(c, actor, "alert.close", "entity:" + entityId, detail);
            return ids;
        });
    }

    /**
     * Decides an open alert. {@code false_positive} closes it; {@code true_match} sends it to an
     * approver (a different person from the caller); {@code escalate} keeps it open, marked.
     *
     * @param expectedVersion the alert's version the caller read and decided on
     * @throws DecisionRefusedException when the caller's role does not decide alerts
     * @throws AlertConflictException   when the alert is no longer at that version, or not open
     * @throws UnknownAlertException    when there is no such alert
     * @throws IllegalArgumentException when the reason is blank or too long
     */
    public Alert decide(long alertId, int expectedVersion, Decision decision, String reason, Caller caller) {
        return decide(List.of(new SeenAlert(alertId, expectedVersion)), decision, reason, caller).get(0);
    }

    /**
     * Decides a party's open alerts together, as {@link #decide(long, int, Decision, String, Caller)} decides one:
     * a reviewer's decision on a listed party applies to each of its listings' alerts. One transaction, so either
     * every alert is decided or none is; each alert gets its own decision row and audit entry.
     *
     * @param seen the alerts with the versions the caller read, all of one party
     * @throws IllegalArgumentException when no alert is named, one is named twice, or they are of several parties
     */
    public List<Alert> decide(List<SeenAlert> seen, Decision decision, String reason, Caller caller) {
        requireReason(reason);
        if (!caller.role().allows(Role.ANALYST)) {
            throw new DecisionRefusedException("role " + caller.role().id() + " does not decide alerts; analysts and "
                    + "approvers do");
        }
        return db.inTransaction("cannot record the decision on alert" + ids(seen), c -> {
            List<Alert> read = currentOfOneParty(c, seen);
            for (Alert a : read) {
                if (a.status() != AlertStatus.OPEN) {
                    throw new AlertConflictException("alert " + a.id() + " is " + a.status().wire() + ", not open: "
                            + (a.status() == AlertStatus.PENDING_APPROVAL ? "an approver approves or rejects it"
                                    : "it was closed (" + a.closedReason() + ")"));
                }
            }
            AlertStatus next = switch (decision) {
                case FALSE_POSITIVE -> AlertStatus.CLOSED;
                case TRUE_MATCH -> AlertStatus.PENDING_APPROVAL;
                case ESCALATE -> AlertStatus.OPEN;
            };
            String closed = decision == Decision.FALSE_POSITIVE ? "false positive: " + reason : null;
            List<Alert> out = new ArrayList<>();
            for (Alert a : read) {
                out.add(step(c, a, next, decision, decision == Decision.TRUE_MATCH ? caller.name() : null, closed,
                        new DecisionEntry(a.id(), caller.name(), caller.role(), decision.wire(), reason, AlertRows.now()),
                        "alert.decide", caller.actor()));
            }
            return out;
        });
    }

    /**
     * The second pair of eyes on a proposed true match: approving makes it final (closed); rejecting
     * sends the alert back to open, undecided.
     *
     * @throws DecisionRefusedException when the caller is not an approver, or proposed the match themselves
     * @throws AlertConflictException   when the alert is no longer at that version, or awaits no approval
     * @throws UnknownAlertException    when there is no such alert
     */
    public Alert approve(long alertId, int expectedVersion, boolean approve, String reason, Caller caller) {
        return approve(List.of(new SeenAlert(alertId, expectedVersion)), approve, reason, caller).get(0);
    }

    /**
     * Approves or rejects a party's proposed true matches together, as {@link #approve(long, int, boolean, String,
     * Caller)} does one; four eyes hold for each alert (its proposer approves none of them). One transaction.
     *
     * @param seen the alerts with the versions the caller read, all of one party
     */
    public List<Alert> approve(List<SeenAlert> seen, boolean approve, String reason, Caller caller) {
        requireReason(reason);
        if (!caller.role().allows(Role.APPROVER)) {
            throw new DecisionRefusedException("only approvers approve or reject a true match; the caller is "
                    + caller.role().id());
        }
        return db.inTransaction("cannot record the approval of alert" + ids(seen), c -> {
            List<Alert> read = currentOfOneParty(c, seen);
            for (Alert a : read) {
                if (a.status() != AlertStatus.PENDING_APPROVAL) {
                    throw new AlertConflictException("alert " + a.id() + " awaits no approval: it is " + a.status().wire());
                }
                if (caller.name().equals(a.proposedBy())) {
                    throw new DecisionRefusedException("four eyes: " + caller.name() + " proposed this true match and "
                            + "cannot also approve or reject it; another approver must");
                }
            }
            List<Alert> out = new ArrayList<>();
            for (Alert a : read) {
                DecisionEntry entry = new DecisionEntry(a.id(), caller.name(), caller.role(),
                        approve ? DecisionEntry.APPROVED : DecisionEntry.REJECTED, reason, AlertRows.now());
                out.add(approve
                        ? step(c, a, AlertStatus.CLOSED, Decision.TRUE_MATCH, a.proposedBy(), "true match: proposed by "
                                + a.proposedBy() + ", approved by " + caller.name() + ": " + reason, entry, "alert.approve", caller.actor())
                        : step(c, a, AlertStatus.OPEN, null, null, null, entry, "alert.reject", caller.actor()));
            }
            return out;
        });
    }

    /** The alerts named, each still at the version seen, all of one party; in the order named. */
    private static List<Alert> currentOfOneParty(Connection c, List<SeenAlert> seen) throws SQLException {
        if (seen.isEmpty()) {
            throw new IllegalArgumentException("alerts: name at least one alert to decide");
        }
        if (seen.stream().map(SeenAlert::id).distinct().count() < seen.size()) {
            throw new IllegalArgumentException("alerts: an alert is named twice" + ids(seen));
        }
        List<Alert> read = new ArrayList<>();
        for (SeenAlert s : seen) {
            Alert a = current(c, s.id(), s.version());
            if (!read.isEmpty() && !read.get(0).partyId().equals(a.partyId())) {
                throw new IllegalArgumentException("alerts: alert " + a.id() + " is of party " + a.partyId() + " and alert "
                        + read.get(0).id() + " of party " + read.get(0).partyId() + "; one decision is on one party's alerts");
            }
            read.add(a);
        }
        return read;
    }

    private static String ids(List<SeenAlert> seen) {
        return (seen.size() == 1 ? " " : "s ") + String.join(", ", seen.stream().map(s -> String.valueOf(s.id())).toList());
    }

    /** Every alert raised on one list entry, whatever its state, oldest first. */
    public List<Alert> alertsOn(String entityId) {
        return db.inTransaction("cannot read the alerts on " + entityId, c -> AlertRows.alerts(c,
                "SELECT " + AlertRows.ALERT_COLUMNS + " FROM case_alert a WHERE a.entity_id = ? ORDER BY a.id", entityId));
    }

    /** How many alerts have a status, for the service's metrics. */
    public long count(AlertStatus status) {
        return db.inTransaction("cannot count alerts", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM case_alert WHERE status = ?")) {
                ps.setString(1, status.wire());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** The queue: open alerts first, then pending, then closed; within each, highest score, then oldest. */
    public List<Alert> queue(AlertFilter filter) {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT " + AlertRows.ALERT_COLUMNS + " FROM case_alert a" + queueWhere(filter, args) + QUEUE_ORDER;
        args.add(filter.limit());
        return db.inTransaction("cannot read the alert queue", c -> AlertRows.alerts(c, sql, args.toArray()));
    }

    /** The queue as {@link #queue} orders it, each alert with its party: what a reviewer's list shows. */
    public List<QueuedAlert> queueWithParties(AlertFilter filter) {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT " + AlertRows.ALERT_COLUMNS + ", " + AlertRows.PARTY_COLUMNS + " FROM case_alert a JOIN "
                + AlertRows.PARTY_FROM + " ON p.id = a.party_id" + queueWhere(filter, args) + QUEUE_ORDER;
        args.add(filter.limit());
        return db.inTransaction("cannot read the alert queue", c -> {
            List<QueuedAlert> out = new ArrayList<>();
            try (PreparedStatement ps = AlertRows.bind(c.prepareStatement(sql), args.toArray());
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new QueuedAlert(AlertRows.alert(rs), AlertRows.party(rs, AlertRows.PARTY_FROM_COLUMN)));
                }
            }
            return out;
        });
    }

    /**
     * The queue as reviewers work it: one row per stored party and listed party, the alerts on that party's listings
     * together, in the queue order of each row's best alert. The filter chooses the rows (a row is in when one of
     * its alerts passes it); a row then holds every alert of its party and listed party in the filter's status,
     * whatever list, so a decision on the row sees all of them. Rows at most {@code filter.limit()}.
     *
     * @param groupOf the listed party an entry belongs to, by entry id ({@code PartyGroups::groupId} of the loaded
     *                index); an entry it does not know is a party of its own
     */
    public List<PartyAlerts> queueByParty(AlertFilter filter, Function<String, String> groupOf) {
        List<QueuedAlert> page = queueWithParties(filter);
        Map<String, Party> parties = new LinkedHashMap<>();
        Set<List<String>> rows = new LinkedHashSet<>();
        for (QueuedAlert q : page) {
            parties.putIfAbsent(q.party().id(), q.party());
            rows.add(List.of(q.party().id(), groupOf.apply(q.alert().entityId())));
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>();
        String where = queueWhere(new AlertFilter(filter.status(), null, 0), args) + " AND a.party_id IN ("
                + String.join(", ", parties.keySet().stream().map(p -> "?").toList()) + ")";
        args.addAll(parties.keySet());
        List<Alert> all = db.inTransaction("cannot read the alert queue", c -> AlertRows.alerts(c, "SELECT "
                + AlertRows.ALERT_COLUMNS + " FROM case_alert a" + where + QUEUE_SORT,
                args.toArray()));
        Map<List<String>, List<Alert>> byRow = new LinkedHashMap<>();
        rows.forEach(r -> byRow.put(r, new ArrayList<>()));
        for (Alert a : all) {
            List<Alert> row = byRow.get(List.of(a.partyId(), groupOf.apply(a.entityId())));
            if (row != null) {
                row.add(a);
            }
        }
        List<PartyAlerts> out = new ArrayList<>();
        byRow.forEach((key, alerts) -> {
            if (!alerts.isEmpty() && out.size() < filter.limit()) {
                out.add(new PartyAlerts(parties.get(key.get(0)), key.get(1), alerts));
            }
        });
        return out;
    }

    /**
     * The open alert that follows {@code current} in the queue of open alerts (lower score, or the same
     * score and opened later), or, past the end, the first one: a reviewer working down the queue
     * comes back to the alerts they skipped. {@code current} itself never is the answer, whatever
     * its status now, nor an alert of {@code sameRow} (the other alerts of its row, decided with it).
     *
     * @param dataset only alerts on entries of this dataset, or null for all
     */
    public Optional<Alert> nextOpen(Alert current, String dataset, Set<Long> sameRow) {
        List<Object> args = new ArrayList<>();
        Set<Long> skip = new java.util.TreeSet<>(sameRow);
        skip.add(current.id());
        String open = "SELECT " + AlertRows.ALERT_COLUMNS + " FROM case_alert a"
                + queueWhere(new AlertFilter(AlertStatus.OPEN, dataset, 1), args) + " AND a.id NOT IN ("
                + String.join(", ", skip.stream().map(id -> "?").toList()) + ")";
        args.addAll(skip);
        List<Object> afterArgs = new ArrayList<>(args);
        var openedAt = AlertRows.timestamp(current.openedAt());
        afterArgs.addAll(List.of(current.score(), current.score(), openedAt, openedAt, current.id(), 1));
        args.add(1);
        String after = open + " AND (a.score < ? OR (a.score = ? AND (a.opened_at > ? OR (a.opened_at = ? AND a.id > ?))))";
        return db.inTransaction("cannot read the alert queue", c -> {
            List<Alert> next = AlertRows.alerts(c, after + QUEUE_ORDER, afterArgs.toArray());
            return (next.isEmpty() ? AlertRows.alerts(c, open + QUEUE_ORDER, args.toArray()) : next).stream().findFirst();
        });
    }

    /** The WHERE clause of a filter (without its limit), its values added to {@code args}. */
    private static String queueWhere(AlertFilter filter, List<Object> args) {
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        if (filter.status() != null) {
            sql.append(" AND a.status = ?");
            args.add(filter.status().wire());
        }
        if (filter.dataset() != null) {
            sql.append(" AND a.dataset = ?");
            args.add(filter.dataset());
        }
        return sql.toString();
    }

    /** One alert with its party and its decisions. */
    public Optional<AlertCase> alert(long id) {
        return db.inTransaction("cannot read alert " + id, c -> {
            Optional<Alert> a = AlertRows.alert(c, id);
            if (a.isEmpty()) {
                return Optional.empty();
            }
            Party p = AlertRows.party(c, a.get().partyId()).orElseThrow();
            return Optional.of(new AlertCase(a.get(), p, AlertRows.history(c, id)));
        });
    }

    /** One party with all its alerts. */
    public Optional<PartyCase> party(String id) {
        return db.inTransaction("cannot read party " + id, c -> {
            Optional<Party> p = AlertRows.party(c, id);
            return p.isEmpty() ? Optional.<PartyCase>empty() : Optional.of(partyCase(c, p.get()));
        });
    }

    /** Every stored party, by id, as it was last recorded. For monitoring's re-screening. */
    public void allParties(Consumer<Party> sink) {
        db.inTransaction("cannot read the parties", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + AlertRows.PARTY_COLUMNS + " FROM "
                    + AlertRows.PARTY_FROM + " ORDER BY p.id")) {
                ps.setFetchSize(FETCH);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(AlertRows.party(rs, 1));
                    }
                }
            }
            return null;
        });
    }

    /** Every alert with its party and decisions, by alert id: what an export writes. */
    public void forEachCase(Consumer<AlertCase> sink) {
        db.inTransaction("cannot read the cases", c -> {
            try (PreparedStatement alerts = c.prepareStatement("SELECT " + AlertRows.ALERT_COLUMNS + ", "
                    + AlertRows.PARTY_COLUMNS + " FROM case_alert a JOIN " + AlertRows.PARTY_FROM
                    + " ON p.id = a.party_id ORDER BY a.id");
                    PreparedStatement decisions = c.prepareStatement("SELECT alert_id, actor, role, decision, reason, "
                            + "decided_at FROM case_decision ORDER BY alert_id, id")) {
                alerts.setFetchSize(FETCH);
                decisions.setFetchSize(FETCH);
                try (ResultSet ar = alerts.executeQuery(); ResultSet dr = decisions.executeQuery()) {
                    // both are ordered by alert id, so one pass over each joins them
                    DecisionEntry pending = dr.next() ? AlertRows.decision(dr) : null;
                    while (ar.next()) {
                        Alert a = AlertRows.alert(ar);
                        List<DecisionEntry> history = new ArrayList<>();
                        while (pending != null && pending.alertId() <= a.id()) {
                            if (pending.alertId() == a.id()) {
                                history.add(pending);
                            }
                            pending = dr.next() ? AlertRows.decision(dr) : null;
                        }
                        sink.accept(new AlertCase(a, AlertRows.party(ar, AlertRows.PARTY_FROM_COLUMN), history));
                    }
                }
            }
            return null;
        });
    }

    private static PartyCase partyCase(Connection c, Party p) throws SQLException {
        return new PartyCase(p, AlertRows.alerts(c, "SELECT " + AlertRows.ALERT_COLUMNS + " FROM case_alert a "
                + "WHERE a.party_id = ? ORDER BY a.score DESC, a.id", p.id()));
    }

    /** Stores the party's content (once per distinct content) and points the party at it. */
    private static void storeParty(Connection c, Party party, Instant now) throws SQLException {
        boolean known;
        try (PreparedStatement ps = AlertRows.bind(c.prepareStatement("SELECT 1 FROM case_party_content WHERE hash = ?"),
                party.contentHash()); ResultSet rs = ps.executeQuery()) {
            known = rs.next();
        }
        if (!known) {
            try (PreparedStatement ps = AlertRows.bind(c.prepareStatement("INSERT INTO case_party_content (hash, "
                    + "schema_name, properties) VALUES (?, ?, ?)"), party.contentHash(), party.schema(),
                    party.properties().toString())) {
                ps.executeUpdate();
            }
        }
        String stored = null;
        boolean exists;
        // the row lock orders concurrent recordings of one party, so their alerts cannot interleave
        try (PreparedStatement ps = AlertRows.bind(c.prepareStatement("SELECT content_hash FROM case_party WHERE id = ? "
                + "FOR UPDATE"), party.id()); ResultSet rs = ps.executeQuery()) {
            exists = rs.next();
            if (exists) {
                stored = rs.getString(1);
            }
        }
        if (!exists) {
            try (PreparedStatement ps = AlertRows.bind(c.prepareStatement("INSERT INTO case_party (id, content_hash, "
                    + "created_at, updated_at) VALUES (?, ?, ?, ?)"), party.id(), party.contentHash(),
                    AlertRows.timestamp(now), AlertRows.timestamp(now))) {
                ps.executeUpdate();
            }
        } else if (!party.contentHash().equals(stored)) {
            try (PreparedStatement ps = AlertRows.bind(c.prepareStatement("UPDATE case_party SET content_hash = ?, "
                    + "updated_at = ? WHERE id = ?"), party.contentHash(), AlertRows.timestamp(now), party.id())) {
                ps.executeUpdate();
            }
        }
    }

    /** Meets one hit with the party's alert for its entry: see {@link Outcome} for what can happen. */
    private static Raised raise(Connection c, Party party, Hit hit, Instant now) throws SQLException {
        List<Alert> found = AlertRows.alerts(c, "SELECT " + AlertRows.ALERT_COLUMNS + " FROM case_alert a "
                + "WHERE a.party_id = ? AND a.entity_id = ? FOR UPDATE", party.id(), hit.entityId());
        if (found.isEmpty()) {
            try (PreparedStatement ps = AlertRows.bind(c.prepareStatement("INSERT INTO case_alert (party_id, entity_id, "
                    + "dataset, caption, party_hash, entry_hash, score, explanation, status, version, opened_at, "
                    + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', 1, ?, ?)", new String[] {"id"}),
                    party.id(), hit.entityId(), hit.dataset(), truncate(hit.caption()), party.contentHash(),
                    hit.entryHash(), hit.score(), hit.explanation().toString(), AlertRows.timestamp(now),
                    AlertRows.timestamp(now))) {
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new Raised(hit.entityId(), keys.getLong(1), Outcome.OPENED);
                }
            }
        }
        Alert a = found.get(0);
        boolean same = a.partyHash().equals(party.contentHash()) && a.entryHash().equals(hit.entryHash());
        Outcome outcome;
        if (a.status() != AlertStatus.CLOSED) {
            outcome = same ? Outcome.UNCHANGED : Outcome.UPDATED;
        } else if (a.decision() == Decision.TRUE_MATCH) {
            outcome = Outcome.CONFIRMED;
        } else if (a.decision() == Decision.FALSE_POSITIVE && same) {
            outcome = Outcome.SUPPRESSED;
        } else {
            outcome = Outcome.REOPENED; // a false positive that no longer holds, or closed by monitoring and listed again
        }
        if (outcome == Outcome.UPDATED || outcome == Outcome.REOPENED) {
            Changes changes = changes(c, a, party, hit);
            String reopen = outcome == Outcome.REOPENED
                    ? ", status = 'open', decision = NULL, proposed_by = NULL, closed_reason = NULL" : "";
            try (PreparedStatement ps = AlertRows.bind(c.prepareStatement("UPDATE case_alert SET dataset = ?, caption = ?, "
                    + "party_hash = ?, entry_hash = ?, score = ?, explanation = ?, changes = ?, version = version + 1, "
                    + "updated_at = ?" + reopen + " WHERE id = ?"), hit.dataset(), truncate(hit.caption()),
                    party.contentHash(), hit.entryHash(), hit.score(), hit.explanation().toString(),
                    AlertRows.changesJson(changes), AlertRows.timestamp(now), a.id())) {
                ps.executeUpdate();
            }
        }
        return new Raised(hit.entityId(), a.id(), outcome);
    }

    /** The party's and the entry's fields that differ from what the alert was last raised on. */
    private static Changes changes(Connection c, Alert a, Party party, Hit hit) throws SQLException {
        List<String> partyFields = List.of();
        if (!a.partyHash().equals(party.contentHash())) {
            JsonNode before = AlertRows.partyContent(c, a.partyHash()).orElseThrow(() -> new SQLException(
                    "alert " + a.id() + " names party content " + a.partyHash() + " that is not stored"));
            partyFields = ChangedFields.between(before, AlertRows.partyContent(c, party.contentHash()).orElseThrow());
        }
        List<String> entryFields = List.of();
        if (!a.entryHash().equals(hit.entryHash())) {
            Optional<JsonNode> before = entryContent(c, a.entryHash());
            Optional<JsonNode> after = entryContent(c, hit.entryHash());
            entryFields = before.isPresent() && after.isPresent() ? ChangedFields.between(before.get(), after.get())
                    : List.of(ENTRY_UNKNOWN);
        }
        return new Changes(partyFields, entryFields);
    }

    /** A list entry's stored JSON by its content hash, if the store holds that form. */
    private static Optional<JsonNode> entryContent(Connection c, String hash) throws SQLException {
        try (PreparedStatement ps = AlertRows.bind(c.prepareStatement("SELECT body FROM entity_blob WHERE hash = ?"), hash);
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(EntityJson.tree(rs.getBytes(1))) : Optional.empty();
        }
    }

    /** The alert, if it is still at the version the caller read. */
    private static Alert current(Connection c, long alertId, int expectedVersion) throws SQLException {
        Alert a = AlertRows.alert(c, alertId).orElseThrow(() -> new UnknownAlertException(alertId));
        if (a.version() != expectedVersion) {
            throw stale(a, expectedVersion);
        }
        return a;
    }

    /**
     * Moves the alert to its next state if it is still at the version read, and writes the decision
     * and its audit entry in the same transaction.
     */
    private static Alert step(Connection c, Alert a, AlertStatus status, Decision decision, String proposedBy,
            String closedReason, DecisionEntry entry, String action, String actor) throws SQLException {
        int updated;
        try (PreparedStatement ps = AlertRows.bind(c.prepareStatement("UPDATE case_alert SET status = ?, decision = ?, "
                + "proposed_by = ?, closed_reason = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?"),
                status.wire(), decision == null ? null : decision.wire(), proposedBy, closedReason,
                AlertRows.timestamp(entry.at()), a.id(), a.version())) {
            updated = ps.executeUpdate();
        } catch (SQLException e) {
            if (CONCURRENT_UPDATE.contains(e.getSQLState())) {
                throw stale(a, a.version());
            }
            throw e;
        }
        if (updated == 0) {
            // another transaction moved the alert on between our read and our update
            throw stale(AlertRows.alert(c, a.id()).orElseThrow(() -> new UnknownAlertException(a.id())), a.version());
        }
        AlertRows.insertDecision(c, entry);
        AuditLog.append(c, actor, action, "alert:" + a.id(), AuditDetail.object()
                .put("party", a.partyId()).put("entity", a.entityId()).put("decision", entry.decision())
                .put("reason", entry.reason()).put("role", entry.role().id())
                .put("from", a.status().wire()).put("to", status.wire()).put("version", a.version() + 1));
        return AlertRows.alert(c, a.id()).orElseThrow();
    }

    private static AlertConflictException stale(Alert now, int expected) {
        return new AlertConflictException("alert " + now.id() + " changed since it was read: the decision was taken on "
                + "version " + expected + ", the alert is now at version " + now.version() + " (" + now.status().wire()
                + (now.decision() == null ? "" : ", " + now.decision().wire()) + "); read it again and decide on that");
    }

    static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason: required, a few words on why");
        }
        if (reason.length() > MAX_REASON_LENGTH) {
            throw new IllegalArgumentException("reason: at most " + MAX_REASON_LENGTH + " characters, got " + reason.length());
        }
    }

    private static String truncate(String caption) {
        return caption.length() <= 1000 ? caption : caption.substring(0, 999) + "…";
    }

    /**
     * Runs a recording, once more if a concurrent recording of the same new party or content won the
     * race to insert it: the second attempt then finds the row and updates it instead.
     */
    private static <T> T retryingRace(java.util.function.Supplier<T> recording) {
        try {
            return recording.get();
        } catch (org.clearance.store.StoreException e) {
            if (e.getCause() instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("23")) {
                return recording.get();
            }
            throw e;
        }
    }
}
