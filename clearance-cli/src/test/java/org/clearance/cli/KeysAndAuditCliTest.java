package org.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import org.clearance.access.ApiKeys;
import org.clearance.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** keys, audit and serve's start as an operator runs them, on a home of their own (no list is loaded for these). */
class KeysAndAuditCliTest {
    @TempDir
    Path home;

    @Test
    void aCreatedKeyIsPrintedOnceOnTheLastLineAndListedWithoutIt() throws Exception {
        Cli.Run created = Cli.run(home, "keys", "create", "--name", "alice", "--role", "Analyst");
        assertThat(created.code()).as(created.err()).isZero();
        List<String> lines = created.out().lines().toList();
        String key = lines.get(lines.size() - 1);
        assertThat(key).startsWith("clr_");
        try (Database db = Home.openDatabase()) {
            assertThat(new ApiKeys(db).authenticate(key)).hasValueSatisfying(c -> assertThat(c.role().id()).isEqualTo("analyst"));
        }
        Cli.Run listed = Cli.run(home, "keys");
        assertThat(listed.out()).contains("alice", "analyst").doesNotContain(key);

        Cli.Run again = Cli.run(home, "keys", "create", "--name", "alice", "--role", "screen");
        assertThat(again.code()).isEqualTo(Errors.BAD_INPUT);
        assertThat(again.err()).contains("exists already");
        Cli.Run badRole = Cli.run(home, "keys", "create", "--name", "bob", "--role", "boss");
        assertThat(badRole.code()).isEqualTo(Errors.BAD_INPUT);
        assertThat(badRole.err()).contains("--role", "screen, analyst, approver, admin");

        assertThat(Cli.run(home, "keys", "revoke", "alice").code()).isZero();
        assertThat(Cli.run(home, "keys", "revoke", "alice").err()).contains("no active key named 'alice'");
    }

    @Test
    void serveStopsAtOnceWithAClearMessageWhenTheDatabaseIsUnreachable() {
        // port 9 (discard) has no PostgreSQL behind it: the connection is refused
        Cli.Run r = Cli.run(home, "serve", "--port", "0", "--db", "jdbc:postgresql://localhost:9/clearance");
        assertThat(r.code()).isEqualTo(Errors.STORE);
        assertThat(r.err()).contains("cannot reach the database at jdbc:postgresql://localhost:9/clearance");
    }

    @Test
    void auditVerifyNamesATamperedEntryAndExportWritesEveryEntry() throws Exception {
        Cli.run(home, "keys", "create", "--name", "a1", "--role", "screen");
        Cli.run(home, "keys", "create", "--name", "a2", "--role", "admin");
        Cli.run(home, "keys", "revoke", "a1");
        Cli.Run ok = Cli.run(home, "audit", "verify");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("intact: 3 entries");

        Path csv = home.resolve("audit.csv");
        Cli.Run export = Cli.run(home, "audit", "export", "-o", csv.toString());
        assertThat(export.code()).as(export.err()).isZero();
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).isEqualTo("seq,at,actor,action,subject,detail,prev_hash,hash");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(3)).contains("key.revoke", "key:a1");
        Cli.Run badFormat = Cli.run(home, "audit", "export", "--format", "xml");
        assertThat(badFormat.code()).isEqualTo(Errors.BAD_INPUT);
        assertThat(badFormat.err()).contains("--format: use csv or jsonl, not 'xml'");
        Cli.Run jsonl = Cli.run(home, "audit", "export", "--format", "jsonl", "--from", "2");
        assertThat(jsonl.out().lines()).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("{\"seq\":"));

        try (Database db = Home.openDatabase(); Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement("UPDATE audit_entry SET actor = 'cli:someone-else' WHERE seq = 2")) {
            ps.executeUpdate();
            c.commit();
        }
        Cli.Run bad = Cli.run(home, "audit", "verify");
        assertThat(bad.code()).isEqualTo(AuditCommand.TAMPERED);
        assertThat(bad.err()).contains("entry 2", "edited");
    }
}
