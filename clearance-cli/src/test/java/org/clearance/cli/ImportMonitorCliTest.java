package org.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.clearance.access.Caller;
import org.clearance.access.Role;
import org.clearance.api.StoredPartyQuery;
import org.clearance.audit.AuditLog;
import org.clearance.cases.Alert;
import org.clearance.cases.CaseStore;
import org.clearance.cases.Decision;
import org.clearance.cases.DelistingReviews;
import org.clearance.cases.Party;
import org.clearance.io.InputLimits;
import org.clearance.match.MatchConfig;
import org.clearance.match.MatchIndex;
import org.clearance.model.Entity;
import org.clearance.store.Database;
import org.clearance.store.ImportProgress;
import org.clearance.store.ListDiff;
import org.clearance.store.ListImporter;
import org.clearance.store.ListStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lists import} of a newer list version re-screens the home's stored parties, as an operator
 * sees it: the two real UN versions in {@code ../shared}, parties named after entries the newer one
 * removes, one of them a confirmed match.
 */
class ImportMonitorCliTest {
    private static final Path OLDER = shared("lists/un/history/consolidated-2025-04-19.xml");
    private static final Path NEWER = shared("lists/un/consolidated.xml");

    @TempDir
    Path home;
    @TempDir
    Path scratch;

    @Test
    void importingANewerVersionClosesTheDelistedEntriesAlertsAndFlagsTheConfirmedOne() throws Exception {
        List<String> removed = removedByTheNewerVersion();
        long confirmed = partiesOnTheOlderVersion(removed);

        Cli.Run imported = Cli.run(home, "lists", "import", NEWER.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).containsPattern("Monitoring un_sc_sanctions: 3 parties re-screened against \\d+ changed "
                + "entries: \\d+ new alerts, 2 closed \\(delisted\\)");
        assertThat(imported.out()).contains("to review: party party-0, a confirmed match of " + removed.get(0))
                .contains("(alert " + confirmed + ")");
        assertMonitored(removed, confirmed);

        Cli.Run again = Cli.run(home, "lists", "import", NEWER.toString());
        assertThat(again.out()).as("the same version again changes nothing, so nothing is re-screened")
                .doesNotContain("Monitoring");
    }

    @Test
    void aProcessKilledAfterTheCommitLeavesItsMonitoringToTheNextCommand() throws Exception {
        List<String> removed = removedByTheNewerVersion();
        long confirmed = partiesOnTheOlderVersion(removed);

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KillableImport.class.getName(), home.toString(),
                NEWER.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            StringBuilder seen = new StringBuilder();
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("committed")) {
                seen.append(line).append('\n');
            }
            assertThat(line).as("the other JVM committed the new version; it said:%n%s", seen).startsWith("committed");
            p.destroyForcibly(); // SIGKILL before monitoring: no shutdown hooks, no clean close
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        Cli.Run next = Cli.run(home, "lists", "import", NEWER.toString());
        assertThat(next.code()).as(next.err()).isZero();
        assertThat(next.out()).as("the version is stored already").contains("0 new version(s), 1 unchanged");
        assertThat(next.err()).contains("Monitoring owed by list versions stored earlier")
                .containsPattern("Monitoring un_sc_sanctions: 3 parties re-screened against \\d+ changed entries: \\d+ new "
                        + "alerts, 2 closed \\(delisted\\)")
                .contains("to review: party party-0, a confirmed match of " + removed.get(0));
        assertMonitored(removed, confirmed);

        Cli.Run after = Cli.run(home, "lists", "versions", "un_sc_sanctions");
        assertThat(after.code()).as(after.err()).isZero();
        assertThat(after.err()).as("the run is owed no more").doesNotContain("Monitoring");
        try (Database db = Home.openDatabase()) {
            List<String> runs = new java.util.ArrayList<>();
            new AuditLog(db).forEach(0, e -> {
                if (e.action().equals("monitor.run")) {
                    runs.add(e.subject());
                }
            });
            assertThat(runs).as("the older version's run (no party yet) and the newer's, once")
                    .filteredOn(r -> r.startsWith("un_sc_sanctions@")).hasSize(2);
        }
    }

    /**
     * Imports the older version into the home and stores three parties named after entries the newer one
     * removes, each with its alert; the first party's alert is an approved true match, whose id is returned.
     */
    private long partiesOnTheOlderVersion(List<String> removed) throws Exception {
        assertThat(removed).as("the newer UN list delists entries").hasSizeGreaterThanOrEqualTo(3);
        System.setProperty("clearance.home", home.toString());
        long confirmed;
        try (Database db = Home.openDatabase(); ListStore store = ListStore.of(db)) {
            new ListImporter(store, InputLimits.DEFAULT, ImportProgress.SILENT).importFiles(List.of(OLDER), null, null);
            PrintWriter quiet = new PrintWriter(new StringWriter());
            ImportMonitor.afterImport(db, store, quiet, quiet, "cli:test"); // the home's first list: no party yet
            CaseStore cases = new CaseStore(db);
            try (MatchIndex index = Home.openIndex(store, new PrintWriter(new StringWriter()))) {
                for (int i = 0; i < 3; i++) {
                    String id = removed.get(i);
                    Entity e = index.entities().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                    ObjectNode props = JsonNodeFactory.instance.objectNode();
                    props.putArray("name").add(e.caption());
                    Party p = Party.of("party-" + i, e.schema().ftmName(), props);
                    cases.record(p, index.match(StoredPartyQuery.of(p), MatchConfig.DEFAULT, 10, Set.of()), "cli:test");
                }
            }
            Alert first = cases.party("party-0").orElseThrow().alerts().stream()
                    .filter(a -> a.entityId().equals(removed.get(0))).findFirst().orElseThrow();
            Alert pending = cases.decide(first.id(), first.version(), Decision.TRUE_MATCH, "same entity",
                    Caller.user("ana", Role.ANALYST));
            cases.approve(pending.id(), pending.version(), true, "agreed", Caller.user("carol", Role.APPROVER));
            confirmed = first.id();
        }
        return confirmed;
    }

    /** The newer version's monitoring done once: two alerts closed as delisted, the confirmed match flagged once. */
    private void assertMonitored(List<String> removed, long confirmed) throws Exception {
        try (Database db = Home.openDatabase()) {
            CaseStore cases = new CaseStore(db);
            for (int i = 1; i < 3; i++) {
                String entity = removed.get(i);
                assertThat(cases.party("party-" + i).orElseThrow().alerts()).filteredOn(a -> a.entityId().equals(entity))
                        .singleElement().satisfies(a -> assertThat(a.closedReason()).isEqualTo("delisted on 2026-02-27"));
            }
            assertThat(new DelistingReviews(db).open()).singleElement()
                    .satisfies(r -> assertThat(r.alertId()).isEqualTo(confirmed));
        }
    }

    /** The entries the newer UN version removes, found in a scratch store of both versions. */
    private List<String> removedByTheNewerVersion() throws Exception {
        try (Database db = Database.open("jdbc:h2:file:" + scratch.resolve("db").toAbsolutePath(), "sa", "");
                ListStore store = ListStore.of(db)) {
            ListImporter importer = new ListImporter(store, InputLimits.DEFAULT, ImportProgress.SILENT);
            var older = importer.importFiles(List.of(OLDER), null, null).get(0).version();
            var newer = importer.importFiles(List.of(NEWER), null, null).get(0).version();
            ListDiff diff = store.diff(older, newer);
            return diff.removed().stream().map(ListDiff.Entry::entityId).toList();
        }
    }

    private static Path shared(String relative) {
        return Path.of(System.getProperty("clearance.shared"), "data").resolve(relative);
    }
}
