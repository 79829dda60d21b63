package org.clearance.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Optional;
import org.clearance.access.Role;

/** The SQL rows of parties, alerts and decisions, read into records and written from them. */
final class AlertRows {
    static final String ALERT_COLUMNS = "a.id, a.party_id, a.entity_id, a.dataset, a.caption, a.party_hash, a.entry_hash, "
            + "a.score, a.explanation, a.status, a.decision, a.proposed_by, a.version, a.opened_at, a.updated_at, "
            + "a.closed_reason, a.changes";
    static final String PARTY_COLUMNS = "p.id, c.schema_name, c.properties, c.hash";
    /** Where the party's columns start in a row that selects {@link #ALERT_COLUMNS}, then {@link #PARTY_COLUMNS}. */
    static final int PARTY_FROM_COLUMN = ALERT_COLUMNS.split(",").length + 1;
    static final String PARTY_FROM = "case_party p JOIN case_party_content c ON c.hash = p.content_hash";

    private static final ObjectMapper JSON = new ObjectMapper();

    private AlertRows() {}

    /** Now, to the millisecond, which every supported timestamp type keeps unchanged. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    static OffsetDateTime timestamp(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    static Alert alert(ResultSet rs) throws SQLException {
        String decision = rs.getString(11);
        return new Alert(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getDouble(8), json(rs.getString(9)), AlertStatus.parse(rs.getString(10)),
                decision == null ? null : Decision.parse(decision), rs.getString(12), rs.getInt(13), instant(rs, 14),
                instant(rs, 15), rs.getString(16), changes(rs.getString(17)));
    }

    static Party party(ResultSet rs, int from) throws SQLException {
        return new Party(rs.getString(from), rs.getString(from + 1), (ObjectNode) json(rs.getString(from + 2)),
                rs.getString(from + 3));
    }

    static Optional<Alert> alert(Connection c, long id) throws SQLException {
        List<Alert> found = alerts(c, "SELECT " + ALERT_COLUMNS + " FROM case_alert a WHERE a.id = ?", id);
        return found.stream().findFirst();
    }

    static List<Alert> alerts(Connection c, String sql, Object... args) throws SQLException {
        List<Alert> out = new ArrayList<>();
        try (PreparedStatement ps = bind(c.prepareStatement(sql), args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(alert(rs));
            }
        }
        return out;
    }

    static Optional<Party> party(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = bind(c.prepareStatement("SELECT " + PARTY_COLUMNS + " FROM " + PARTY_FROM
                + " WHERE p.id = ?"), id); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(party(rs, 1)) : Optional.empty();
        }
    }

    /** A party's stored content by its hash: what it was when an alert was raised on it. */
    static Optional<JsonNode> partyContent(Connection c, String hash) throws SQLException {
        try (PreparedStatement ps = bind(c.prepareStatement("SELECT schema_name, properties FROM case_party_content "
                + "WHERE hash = ?"), hash); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            ObjectNode o = ((ObjectNode) json(rs.getString(2))).deepCopy();
            o.put("schema", rs.getString(1)); // a changed schema shows as a changed field too
            return Optional.of(o);
        }
    }

    static List<DecisionEntry> history(Connection c, long alertId) throws SQLException {
        List<DecisionEntry> out = new ArrayList<>();
        try (PreparedStatement ps = bind(c.prepareStatement("SELECT alert_id, actor, role, decision, reason, decided_at "
                + "FROM case_decision WHERE alert_id = ? ORDER BY id"), alertId); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(decision(rs));
            }
        }
        return out;
    }

    static DecisionEntry decision(ResultSet rs) throws SQLException {
        return new DecisionEntry(rs.getLong(1), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getString(4),
                rs.getString(5), instant(rs, 6));
    }

    static void insertDecision(Connection c, DecisionEntry d) throws SQLException {
        try (PreparedStatement ps = bind(c.prepareStatement("INSERT INTO case_decision (alert_id, actor, role, decision, "
                + "reason, decided_at) VALUES (?, ?, ?, ?, ?, ?)"), d.alertId(), d.actor(), d.role().name(), d.decision(),
                d.reason(), timestamp(d.at()))) {
            ps.executeUpdate();
        }
    }

    static PreparedStatement bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        return ps;
    }

    static String changesJson(Changes ch) {
        ObjectNode o = JSON.createObjectNode();
        ch.party().forEach(o.putArray("party")::add);
        ch.entry().forEach(o.putArray("entry")::add);
        return o.toString();
    }

    private static Changes changes(String json) {
        if (json == null) {
            return Changes.NONE;
        }
        JsonNode o = json(json);
        List<String> party = new ArrayList<>();
        List<String> entry = new ArrayList<>();
        o.path("party").forEach(x -> party.add(x.asText()));
        o.path("entry").forEach(x -> entry.add(x.asText()));
        return new Changes(party, entry);
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a stored case column is not JSON: " + e.getMessage(), e);
        }
    }

    private static Instant instant(ResultSet rs, int col) throws SQLException {
        return rs.getObject(col, OffsetDateTime.class).toInstant();
    }
}
