package org.clearance.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.clearance.access.Caller;
import org.clearance.access.Role;
import org.clearance.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The dashboard's figures over real SDN entries' alerts, on H2 and on a real PostgreSQL. */
class CaseFiguresTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Caller ANALYST = Caller.key("ana", Role.ANALYST);

    private static CaseFixtures lists;
    private static CaseDatabases databases;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        lists = CaseFixtures.load();
        databases = new CaseDatabases();
    }

    @AfterAll
    static void stop() throws Exception {
        databases.close();
    }

    private static Party party(String id) {
        var props = JSON.createObjectNode();
        props.putArray("name").add(lists.changedBefore.caption());
        return Party.of(id, "LegalEntity", props);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void openAlertsAreCountedByListAndDecisionsByTheirUtcDay(String kind) throws Exception {
        try (Database db = databases.open(kind, dir)) {
            lists.storeVersions(db);
            CaseStore cases = new CaseStore(db);
            List<Alert> first = cases.record(party("f-1"), List.of(CaseFixtures.hit(lists.changedBefore, 0.9),
                    CaseFixtures.hit(lists.stable, 0.88)), "key:intake").party().alerts();
            Alert third = cases.record(party("f-2"), List.of(CaseFixtures.hit(lists.stable, 0.87)), "key:intake")
                    .party().alerts().get(0);
            CaseFigures figures = new CaseFigures(db);
            assertThat(figures.openAlertsByDataset()).isEqualTo(Map.of("us_ofac_sdn", 3L));

            cases.decide(first.get(0).id(), 1, Decision.FALSE_POSITIVE, "other person", ANALYST);
            cases.decide(first.get(1).id(), 1, Decision.TRUE_MATCH, "same passport", ANALYST);
            cases.decide(third.id(), 1, Decision.ESCALATE, "unclear", ANALYST);
            // closed and pending alerts are not open; an escalated one still is
            assertThat(figures.openAlertsByDataset()).isEqualTo(Map.of("us_ofac_sdn", 1L));

            // the day each decision was stored on, as the store itself recorded it
            Instant decidedAt = cases.alert(third.id()).orElseThrow().history().get(0).at();
            LocalDate day = decidedAt.atZone(ZoneOffset.UTC).toLocalDate();
            // one a millisecond before that day began (UTC), one outside the window
            insertDecision(db, third.id(), "escalate", day.atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1));
            insertDecision(db, third.id(), "escalate", day.minusDays(40).atStartOfDay(ZoneOffset.UTC).toInstant());

            List<CaseFigures.DecisionDay> month = figures.decisionsPerDay(day.minusDays(29), day);
            assertThat(month).hasSize(30);
            assertThat(month.get(0).day()).isEqualTo(day.minusDays(29));
            CaseFigures.DecisionDay last = month.get(29);
            assertThat(last.day()).isEqualTo(day);
            assertThat(last.byDecision()).containsEntry("false_positive", 1L).containsEntry("true_match", 1L)
                    .containsEntry("escalate", 1L).hasSize(3);
            assertThat(month.get(28).byDecision()).isEqualTo(Map.of("escalate", 1L));
            assertThat(month.stream().mapToLong(CaseFigures.DecisionDay::total).sum())
                    .as("the decision 40 days back is outside the window").isEqualTo(4);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2"})
    void anEmptyStoreHasNoOpenAlertsAndZeroDaysAndAReversedRangeIsRefused(String kind) throws Exception {
        try (Database db = databases.open(kind, dir)) {
            CaseFigures figures = new CaseFigures(db);
            assertThat(figures.openAlertsByDataset()).isEmpty();
            LocalDate d = LocalDate.of(2026, 3, 1);
            assertThat(figures.decisionsPerDay(d, d.plusDays(2))).extracting(CaseFigures.DecisionDay::total)
                    .containsExactly(0L, 0L, 0L);
            assertThatThrownBy(() -> figures.decisionsPerDay(d, d.minusDays(1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before");
        }
    }

    private static void insertDecision(Database db, long alertId, String decision, Instant at) throws Exception {
        try (Connection c = db.connection()) {
            AlertRows.insertDecision(c, new DecisionEntry(alertId, "ana", Role.ANALYST, decision, "test", at));
            c.commit();
        }
    }
}
