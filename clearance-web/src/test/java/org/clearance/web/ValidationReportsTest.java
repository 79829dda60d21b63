package org.clearance.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.clearance.audit.AuditEntry;
import org.clearance.audit.AuditLog;
import org.clearance.store.Database;
import org.clearance.validation.CaseResult;
import org.clearance.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table of reports (V11) on H2 and on PostgreSQL: a report stored with its audit entry, listed and read back whole. */
class ValidationReportsTest {
    @Test
    void storesListsAndReadsReportsOnH2(@TempDir Path dir) {
        try (Database db = Database.open("jdbc:h2:file:" + dir.resolve("store").toAbsolutePath(), "sa", "")) {
            storesListsAndReads(db);
        }
    }

    @Test
    void storesListsAndReadsReportsOnPostgres() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                Database db = Database.open(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres")) {
            storesListsAndReads(db);
        }
    }

    private static void storesListsAndReads(Database db) {
        ValidationReports reports = new ValidationReports(db);
        ValidationReport first = report(Instant.parse("2026-12-06T10:00:00Z"), "a".repeat(64));
        ValidationReport second = report(Instant.parse("2026-12-07T10:00:00Z"), "b".repeat(64));
        byte[] pdf = new byte[300_000]; // a default run's PDF is about 200 KB
        pdf[0] = '%';
        pdf[pdf.length - 1] = 7;
        long a = reports.store("user:ana", "datasets all, sample 1000", first, bytes("<html>first</html>"), bytes("{}"), pdf);
        long b = reports.store("user:bo", "datasets ca_sema, sample 10", second, bytes("<html>second</html>"), bytes("{\"b\":1}"), bytes("%PDF-2"));

        List<ValidationReports.Summary> listed = reports.list();
        assertThat(listed).extracting(ValidationReports.Summary::id).containsExactly(b, a);
        ValidationReports.Summary s = listed.get(1);
        assertThat(s.actor()).isEqualTo("user:ana");
        assertThat(s.options()).isEqualTo("datasets all, sample 1000");
        assertThat(s.inputsSha256()).isEqualTo("a".repeat(64));
        assertThat(s.started()).isEqualTo(Instant.parse("2026-12-06T10:00:00Z"));
        // of the three cases: one exact name found, one changed name missed, one person alerted
        assertThat(List.of(s.exactFound(), s.exactCases(), s.treatedFound(), s.treatedCases(), s.negativesAlerted(), s.negativesCases()))
                .containsExactly(1, 1, 0, 1, 1, 1);
        assertThat(reports.file(a, ValidationReports.Form.PDF)).hasValueSatisfying(x -> assertThat(x).isEqualTo(pdf));
        assertThat(reports.file(b, ValidationReports.Form.HTML)).hasValueSatisfying(x -> assertThat(new String(x, StandardCharsets.UTF_8))
                .isEqualTo("<html>second</html>"));
        assertThat(reports.file(b + 1, ValidationReports.Form.JSON)).isEmpty();

        List<AuditEntry> finished = new ArrayList<>();
        AuditLog audit = new AuditLog(db);
        audit.forEach(0, e -> finished.add(e));
        assertThat(finished).extracting(AuditEntry::subject).containsExactly("validation:" + a, "validation:" + b);
        assertThat(finished.get(1).detail()).contains("\"inputs_sha256\":\"" + "b".repeat(64) + "\"").contains("\"report\":" + b);
        assertThat(audit.verify().intact()).isTrue();
    }

    private static ValidationReport report(Instant date, String inputsHash) {
        ValidationReport.Run run = new ValidationReport.Run(date, 1, 1, List.of(), 0.7, List.of(), null, Double.NaN, List.of(), List.of(),
                inputsHash, 1);
        return ValidationReport.of(run, List.of(
                new CaseResult(CaseResult.Kind.EXACT, "e#0", "PRIMARY", "e", "d", "Person", "Latin", "Ana Lima", "Ana Lima", 1.0, Double.NaN, true, ""),
                new CaseResult(CaseResult.Kind.TREATED, "e/typo", "typo-swap", "e", "d", "Person", "Latin", "Ana Lima", "Ana Lmia", 0.6, Double.NaN,
                        true, ""),
                new CaseResult(CaseResult.Kind.NEGATIVE, "p1", "en-US", "", "", "Person", "Latin", "Ana Lim", "Ana Lim", 0.8, Double.NaN, false, "")));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
