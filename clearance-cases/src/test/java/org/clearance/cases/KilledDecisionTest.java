package org.clearance.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.clearance.audit.AuditEntry;
import org.clearance.audit.AuditLog;
import org.clearance.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A decision that has committed is on disk: a process killed the moment its decisions returned (as {@code kill -9}
 * or a crash would) loses neither a decision nor its audit entry. Embedded H2 used to write a commit up to 500 ms
 * later (its WRITE_DELAY): of decisions taken one after the other, those in that window were lost.
 */
class KilledDecisionTest {
    private static final int ALERTS = 3;

    @Test
    void decisionsSurviveTheProcessKilledRightAfterTheyCommitted(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("cases").toAbsolutePath();
        CaseFixtures lists = CaseFixtures.load();
        List<String> alertIds = new ArrayList<>();
        long entriesBefore;
        try (Database db = Database.open(url, "sa", "")) {
            lists.storeVersions(db);
            CaseStore cases = new CaseStore(db);
            for (int i = 0; i < ALERTS; i++) {
                alertIds.add(Long.toString(cases.record(Party.of("c-kill-" + i, "LegalEntity", name(lists)),
                        List.of(CaseFixtures.hit(lists.changedBefore, 0.9)), "key:intake").party().alerts().get(0).id()));
            }
            entriesBefore = new AuditLog(db).verify().checked();
        }

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KillableDecision.class.getName(), url));
        command.addAll(alertIds);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            StringBuilder seen = new StringBuilder();
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("decided")) {
                seen.append(line).append('\n');
            }
            assertThat(line).as("the other JVM decided; it said:%n%s", seen).isEqualTo("decided");
            p.destroyForcibly(); // SIGKILL at once: no shutdown hook, no close, no time for a delayed write
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        try (Database db = Database.open(url, "sa", "")) {
            CaseStore cases = new CaseStore(db);
            for (String id : alertIds) {
                Alert alert = cases.alert(Long.parseLong(id)).orElseThrow().alert();
                assertThat(alert.status()).as("alert %s", id).isEqualTo(AlertStatus.CLOSED);
                assertThat(alert.decision()).isEqualTo(Decision.FALSE_POSITIVE);
                assertThat(alert.closedReason()).contains("different birth year");
            }
            AuditLog audit = new AuditLog(db);
            assertThat(audit.verify().intact()).isTrue();
            List<AuditEntry> after = new ArrayList<>();
            audit.forEach(entriesBefore + 1, after::add);
            assertThat(after).as("the decisions' audit entries").hasSize(ALERTS)
                    .allSatisfy(e -> assertThat(e.actor()).isEqualTo("key:ana"));
        }
    }

    private static ObjectNode name(CaseFixtures lists) {
        ObjectNode props = new ObjectMapper().createObjectNode();
        props.putArray("name").add(lists.changedBefore.caption());
        return props;
    }
}
