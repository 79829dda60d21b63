package org.clearance.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.clearance.store.Database;
import org.clearance.store.StoreException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The chain catches every kind of tampering, on H2 and on a real PostgreSQL. */
class AuditLogTest {
    private static EmbeddedPostgres pg;
    private static int pgDatabases;

    @TempDir
    Path dir;

    @BeforeAll
    static void startPostgres() throws Exception {
        pg = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        pg.close();
    }

    private Database open(String kind) throws SQLException {
        if (kind.equals("h2")) {
            return Database.open("jdbc:h2:file:" + dir.resolve("audit").toAbsolutePath(), "sa", "");
        }
        String name = "audit" + (++pgDatabases);
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("CREATE DATABASE " + name);
        }
        return Database.open(pg.getJdbcUrl("postgres", name), "postgres", "postgres");
    }

    private static List<AuditEntry> writeFive(AuditLog log) {
        List<AuditEntry> out = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            out.add(log.append(Actors.apiKey("tester"), "alert.decide", "alert-" + i,
                    AuditDetail.object().put("decision", i % 2 == 0 ? "false_positive" : "true_match").put("reason", "r" + i)));
        }
        return out;
    }

    private static void sql(Database db, String statement) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(statement)) {
            ps.executeUpdate();
            c.commit();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void anUntouchedLogVerifiesAndEveryEntryLinksToTheOneBefore(String kind) throws SQLException {
        try (Database db = open(kind)) {
            AuditLog log = new AuditLog(db);
            List<AuditEntry> written = writeFive(log);
            List<AuditEntry> read = new ArrayList<>();
            log.forEach(1, read::add);
            assertThat(read).isEqualTo(written);
            assertThat(read.get(0).prevHash()).isEqualTo("0".repeat(64));
            for (int i = 1; i < read.size(); i++) {
                assertThat(read.get(i).prevHash()).isEqualTo(read.get(i - 1).hash());
            }
            Verification v = log.verify();
            assertThat(v.intact()).isTrue();
            assertThat(v.checked()).isEqualTo(5);
            assertThat(v.headHash()).isEqualTo(written.get(4).hash());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aLoneSurrogateInAScreenedNameRaisesNoFalseTamperAlarm(String kind) throws SQLException {
        try (Database db = open(kind)) {
            AuditLog log = new AuditLog(db);
            AuditEntry e = log.append(Actors.apiKey("tester"), "screen", "q", AuditDetail.object().put("name", "ab\ud800cd\udc00"));
            writeFive(log);
            assertThat(e.detail()).contains("ab\uFFFDcd\uFFFD");
            Verification v = log.verify();
            assertThat(v.intact()).as(v.problems().toString()).isTrue();
            assertThat(v.checked()).isEqualTo(6);
        }
    }

    @Test
    void pairedSurrogatesAreKeptAndLoneOnesReplaced() {
        assertThat(AuditLog.storable("𠀀 Zhu")).isEqualTo("𠀀 Zhu");
        assertThat(AuditLog.storable("\udc00a\ud800")).isEqualTo("\uFFFDa\uFFFD");
        assertThat(AuditLog.storable(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void anEditedEntryIsNamed(String kind) throws SQLException {
        try (Database db = open(kind)) {
            AuditLog log = new AuditLog(db);
            writeFive(log);
            sql(db, "UPDATE audit_entry SET detail = '{\"decision\":\"false_positive\",\"reason\":\"r3\"}' WHERE seq = 3");
            Verification v = log.verify();
            assertThat(v.problems()).first().extracting(Verification.Problem::seq).isEqualTo(3L);
            assertThat(v.problems().get(0).what()).contains("edited");
        }
    }

    @Test
    void anEditedEntryWithARecomputedHashBreaksTheNextLink() throws SQLException {
        try (Database db = open("h2")) {
            AuditLog log = new AuditLog(db);
            List<AuditEntry> written = writeFive(log);
            AuditEntry e = written.get(1);
            String forged = AuditEntry.hashOf(e.seq(), e.at(), "key:someone-else", e.action(), e.subject(), e.detail(), e.prevHash());
            sql(db, "UPDATE audit_entry SET actor = 'key:someone-else', hash = '" + forged + "' WHERE seq = 2");
            Verification v = log.verify();
            assertThat(v.problems()).first().extracting(Verification.Problem::seq).isEqualTo(3L);
            assertThat(v.problems().get(0).what()).contains("entry before");
        }
    }

    /**
     * An entry that reads as edited (as a lone surrogate stored as '?' once made one look) must not hide a forgery
     * after it: verify names both, and nothing else.
     */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void everyBadEntryIsNamedNotOnlyTheFirst(String kind) throws SQLException {
        try (Database db = open(kind)) {
            AuditLog log = new AuditLog(db);
            List<AuditEntry> written = writeFive(log);
            sql(db, "UPDATE audit_entry SET subject = 'alert-?' WHERE seq = 2");
            AuditEntry e = written.get(3);
            String forged = AuditEntry.hashOf(e.seq(), e.at(), e.actor(), e.action(), e.subject(), "{}", e.prevHash());
            sql(db, "UPDATE audit_entry SET detail = '{}', hash = '" + forged + "' WHERE seq = 4");
            Verification v = log.verify();
            assertThat(v.intact()).isFalse();
            assertThat(v.problems()).extracting(Verification.Problem::seq).containsExactly(2L, 5L);
            assertThat(v.problems().get(0).what()).contains("edited");
            assertThat(v.problems().get(1).what()).contains("entry before");
            assertThat(v.bad()).isEqualTo(2);
            assertThat(v.checked()).isEqualTo(5);
        }
    }

    @Test
    void aDeletedEntryIsNamed() throws SQLException {
        try (Database db = open("h2")) {
            AuditLog log = new AuditLog(db);
            writeFive(log);
            sql(db, "DELETE FROM audit_entry WHERE seq = 2");
            Verification v = log.verify();
            assertThat(v.problems()).first().extracting(Verification.Problem::seq).isEqualTo(2L);
            assertThat(v.problems().get(0).what()).contains("missing");
            assertThat(v.bad()).as("the entry after the gap is not named again for its link").isEqualTo(1);
        }
    }

    @Test
    void aRemovedTailIsCaughtByTheHead() throws SQLException {
        try (Database db = open("h2")) {
            AuditLog log = new AuditLog(db);
            writeFive(log);
            sql(db, "DELETE FROM audit_entry WHERE seq = 5");
            Verification v = log.verify();
            assertThat(v.problems()).first().extracting(Verification.Problem::seq).isEqualTo(5L);
            assertThat(v.problems().get(0).what()).contains("should end at entry 5");
        }
    }

    @Test
    void swappedEntriesAreCaught() throws SQLException {
        try (Database db = open("h2")) {
            AuditLog log = new AuditLog(db);
            writeFive(log);
            sql(db, "UPDATE audit_entry SET seq = 100 WHERE seq = 3");
            sql(db, "UPDATE audit_entry SET seq = 3 WHERE seq = 4");
            sql(db, "UPDATE audit_entry SET seq = 4 WHERE seq = 100");
            Verification v = log.verify();
            assertThat(v.problems()).first().extracting(Verification.Problem::seq).isEqualTo(3L);
        }
    }

    /**
     * Concurrent callers are written in shared transactions; each still gets back its own entry, and
     * two logs on one database (two processes) still form one chain. One entry the database refuses
     * (a subject longer than its column) fails its own caller only.
     */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void concurrentAppendsFormOneChainAndARefusedEntryFailsOnlyItsCaller(String kind) throws Exception {
        try (Database db = open(kind)) {
            List<AuditLog> logs = List.of(new AuditLog(db), new AuditLog(db));
            ExecutorService pool = Executors.newFixedThreadPool(6);
            List<Future<List<Object>>> done = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    List<Object> out = new ArrayList<>();
                    for (int i = 0; i < 25; i++) {
                        String subject = thread == 0 && i == 10 ? "x".repeat(1_000) : "t" + thread + "q" + i;
                        try {
                            AuditEntry e = logs.get(thread % 2).append("key:t" + thread, "screen", subject, AuditDetail.object().put("i", i));
                            assertThat(e.subject()).isEqualTo(subject);
                            assertThat(e.actor()).isEqualTo("key:t" + thread);
                            out.add(e);
                        } catch (StoreException refused) {
                            out.add(refused);
                        }
                    }
                    return out;
                }));
            }
            List<Object> results = new ArrayList<>();
            for (Future<List<Object>> f : done) {
                results.addAll(f.get());
            }
            pool.shutdown();
            assertThat(results).filteredOn(StoreException.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(AuditEntry.class::isInstance).extracting(e -> ((AuditEntry) e).seq())
                    .doesNotHaveDuplicates().hasSize(149);
            Verification v = logs.get(0).verify();
            assertThat(v.intact()).as(v.problems().toString()).isTrue();
            assertThat(v.checked()).isEqualTo(149);
        }
    }

    @Test
    void entriesAppendedWhileVerifyingAreNotMistakenForTampering() throws Exception {
        try (Database db = open("h2")) {
            AuditLog log = new AuditLog(db);
            writeFive(log);
            Thread writer = new Thread(() -> {
                for (int i = 0; i < 300; i++) {
                    log.append("key:busy", "screen", "q" + i, AuditDetail.object().put("i", i));
                }
            });
            writer.start();
            while (writer.isAlive()) {
                Verification v = log.verify();
                assertThat(v.intact()).as(v.problems().toString()).isTrue();
            }
            writer.join();
            assertThat(log.verify().checked()).isEqualTo(305);
        }
    }

    @Test
    void anEntryWrittenInARolledBackTransactionLeavesNoTrace() throws SQLException {
        try (Database db = open("h2")) {
            AuditLog log = new AuditLog(db);
            writeFive(log);
            try (Connection c = db.connection()) {
                AuditLog.append(c, "key:x", "alert.decide", "alert-9", AuditDetail.object());
                c.rollback();
            }
            Verification v = log.verify();
            assertThat(v.intact()).isTrue();
            assertThat(v.checked()).isEqualTo(5);
        }
    }
}
