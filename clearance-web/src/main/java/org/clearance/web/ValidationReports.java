package org.clearance.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clearance.audit.AuditDetail;
import org.clearance.audit.AuditLog;
import org.clearance.store.Database;
import org.clearance.validation.ValidationReport;

/**
 * The reports of the Validation page's runs, in the table {@code validation_report} ({@code V11__validation_reports.sql}):
 * each stored with its {@code validation.finish} audit entry in one transaction, so no report is kept unaudited.
 */
final class ValidationReports {
    /** Reports listed on the page at most, newest first. */
    static final int LISTED = 50;

    /** One stored report without its files: a row of the list of past runs. */
    record Summary(long id, Instant started, Instant finished, String actor, String options, String inputsSha256, int exactFound,
            int exactCases, int treatedFound, int treatedCases, int negativesAlerted, int negativesCases) {}

    /** The report's forms, as stored. */
    enum Form {
        HTML("html", "text/html; charset=utf-8"), JSON("json", "application/json"), PDF("pdf", "application/pdf");

        final String column;
        final String contentType;

        Form(String column, String contentType) {
            this.column = column;
            this.contentType = contentType;
        }
    }

    private final Database db;

    ValidationReports(Database db) {
        this.db = db;
    }

    /** Stores a finished run's report and appends its {@code validation.finish} entry; returns the report's id. */
    long store(String actor, String options, ValidationReport r, byte[] html, byte[] json, byte[] pdf) {
        ValidationReport.Figures f = r.figures();
        return db.inTransaction("store the validation report", c -> {
            long id;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO validation_report (started_at, finished_at, actor, options, inputs_sha256, "
                    + "exact_found, exact_cases, treated_found, treated_cases, negatives_alerted, negatives_cases, html, json, pdf) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                s.setTimestamp(1, Timestamp.from(r.run().date()));
                s.setTimestamp(2, Timestamp.from(Instant.now()));
                s.setString(3, actor);
                s.setString(4, options);
                s.setString(5, r.run().inputsHash());
                s.setInt(6, f.exact().alerts());
                s.setInt(7, f.exact().cases());
                s.setInt(8, f.treated().alerts());
                s.setInt(9, f.treated().cases());
                s.setInt(10, f.negatives().alerts());
                s.setInt(11, f.negatives().cases());
                s.setBytes(12, html);
                s.setBytes(13, json);
                s.setBytes(14, pdf);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            ObjectNode detail = AuditDetail.object().put("report", id).put("inputs_sha256", r.run().inputsHash()).put("options", options)
                    .put("exact_found", f.exact().alerts()).put("exact_cases", f.exact().cases())
                    .put("treated_found", f.treated().alerts()).put("treated_cases", f.treated().cases())
                    .put("negatives_alerted", f.negatives().alerts()).put("negatives_cases", f.negatives().cases());
            AuditLog.append(c, actor, "validation.finish", "validation:" + id, detail);
            return id;
        });
    }

    /** The newest reports first. */
    List<Summary> list() {
        return db.inTransaction("list the validation reports", c -> {
            List<Summary> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, started_at, finished_at, actor, options, inputs_sha256, exact_found, "
                    + "exact_cases, treated_found, treated_cases, negatives_alerted, negatives_cases FROM validation_report ORDER BY id DESC")) {
                s.setMaxRows(LISTED);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Summary(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant(), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11),
                                rs.getInt(12)));
                    }
                }
            }
            return out;
        });
    }

    /** One form of a report, if there is a report with this id. */
    Optional<byte[]> file(long id, Form form) {
        return db.inTransaction("read a validation report", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + form.column + " FROM validation_report WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.<byte[]>empty();
                }
            }
        });
    }
}
