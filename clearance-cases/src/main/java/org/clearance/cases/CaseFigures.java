package org.clearance.cases;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.clearance.store.Database;

/**
 * Read-only figures over the cases for the dashboard: open alerts per list and decisions per day.
 * It writes nothing and takes no locks beyond a reading transaction, so it may run beside decisions.
 */
public final class CaseFigures {
    private final Database db;

    public CaseFigures(Database db) {
        this.db = db;
    }

    /** The decisions recorded on one UTC day, by kind (a {@link Decision#wire()} name, {@code approved} or {@code rejected}). */
    public record DecisionDay(LocalDate day, SortedMap<String, Long> byDecision) {
        public DecisionDay {
            byDecision = Collections.unmodifiableSortedMap(new TreeMap<>(byDecision));
        }

        public long total() {
            return byDecision.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Open alerts by dataset id, in dataset order; datasets without open alerts are absent. */
    public SortedMap<String, Long> openAlertsByDataset() {
        return db.inTransaction("cannot count open alerts by list", c -> {
            SortedMap<String, Long> out = new TreeMap<>();
            try (PreparedStatement ps = AlertRows.bind(c.prepareStatement("SELECT dataset, COUNT(*) FROM case_alert "
                    + "WHERE status = ? GROUP BY dataset"), AlertStatus.OPEN.wire()); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
            return Collections.unmodifiableSortedMap(out);
        });
    }

    /**
     * The decisions of every day from {@code first} to {@code last} (inclusive, UTC days, as the
     * store keeps its times), days without decisions included with no counts, oldest first.
     * Counted in Java rather than grouped in SQL because H2 and PostgreSQL cut a timestamp with
     * time zone into days by the session's zone, which would move late-evening decisions a day.
     */
    public List<DecisionDay> decisionsPerDay(LocalDate first, LocalDate last) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the last day " + last + " is before the first " + first);
        }
        SortedMap<LocalDate, SortedMap<String, Long>> days = new TreeMap<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            days.put(d, new TreeMap<>());
        }
        db.inTransaction("cannot count decisions per day", c -> {
            try (PreparedStatement ps = AlertRows.bind(c.prepareStatement("SELECT decided_at, decision FROM case_decision "
                    + "WHERE decided_at >= ? AND decided_at < ?"), AlertRows.timestamp(start(first)),
                    AlertRows.timestamp(start(last.plusDays(1))))) {
                ps.setFetchSize(500);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        LocalDate day = rs.getObject(1, OffsetDateTime.class).atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
                        days.get(day).merge(rs.getString(2), 1L, Long::sum);
                    }
                }
            }
            return null;
        });
        List<DecisionDay> out = new ArrayList<>();
        for (Map.Entry<LocalDate, SortedMap<String, Long>> e : days.entrySet()) {
            out.add(new DecisionDay(e.getKey(), e.getValue()));
        }
        return out;
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
