package org.clearance.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.clearance.audit.AuditEntry;
import org.clearance.audit.AuditLog;
import org.clearance.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeysTest {
    @TempDir
    Path dir;

    private Database open() {
        return Database.open("jdbc:h2:file:" + dir.resolve("keys").toAbsolutePath(), "sa", "");
    }

    @Test
    void aKeyAuthenticatesAsItsNameAndRoleUntilRevoked() {
        try (Database db = open()) {
            ApiKeys keys = new ApiKeys(db);
            ApiKeys.NewKey k = keys.create("alice", Role.ANALYST, "cli:root");
            assertThat(k.key()).startsWith(ApiKeys.KEY_PREFIX).hasSizeGreaterThan(40);
            assertThat(keys.authenticate(k.key())).contains(Caller.key("alice", Role.ANALYST));
            assertThat(keys.authenticate(k.key() + "x")).isEmpty();
            assertThat(keys.authenticate("")).isEmpty();
            assertThat(keys.revoke("alice", "cli:root")).isTrue();
            assertThat(keys.authenticate(k.key())).isEmpty();
            assertThat(keys.revoke("alice", "cli:root")).as("already revoked").isFalse();
            assertThat(keys.list()).singleElement().satisfies(i -> assertThat(i.revokedAt()).isNotNull());
        }
    }

    @Test
    void onlyAHashIsStoredAndTheAuditLogNeverHoldsTheKey() throws Exception {
        try (Database db = open()) {
            String key = new ApiKeys(db).create("bob", Role.SCREEN, "cli:root").key();
            List<String> cells = new ArrayList<>();
            try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT * FROM api_key");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        cells.add(String.valueOf(rs.getObject(i)));
                    }
                }
            }
            assertThat(cells).noneMatch(x -> x.contains(key.substring(ApiKeys.KEY_PREFIX.length() + 8)));
            List<AuditEntry> audit = new ArrayList<>();
            new AuditLog(db).forEach(1, audit::add);
            assertThat(audit).singleElement().satisfies(e -> {
                assertThat(e.action()).isEqualTo("key.create");
                assertThat(e.actor()).isEqualTo("cli:root");
                assertThat(e.detail()).contains("\"role\":\"screen\"").doesNotContain(key);
            });
        }
    }

    @Test
    void namesAreUniqueAndReadable() {
        try (Database db = open()) {
            ApiKeys keys = new ApiKeys(db);
            keys.create("carol", Role.APPROVER, "cli:root");
            assertThatThrownBy(() -> keys.create("carol", Role.SCREEN, "cli:root")).hasMessageContaining("exists already");
            assertThatThrownBy(() -> keys.create(" ", Role.SCREEN, "cli:root")).hasMessageContaining("1 to");
            assertThatThrownBy(() -> keys.create("a b", Role.SCREEN, "cli:root")).hasMessageContaining("letters");
            assertThatThrownBy(() -> keys.create("a".repeat(Names.MAX + 1), Role.SCREEN, "cli:root"))
                    .hasMessageContaining("1 to " + Names.MAX);
            assertThat(keys.authenticate(ApiKeys.KEY_PREFIX + "x".repeat(1 << 20))).as("a huge header").isEmpty();
            assertThat(keys.list()).hasSize(1);
        }
    }

    @Test
    void rolesSeparateReviewFromAdministration() {
        assertThat(Role.APPROVER.allows(Role.ANALYST)).isTrue();
        assertThat(Role.ANALYST.allows(Role.APPROVER)).isFalse();
        assertThat(Role.SCREEN.allows(Role.ANALYST)).isFalse();
        assertThat(Role.ADMIN.allows(Role.SCREEN)).isTrue();
        assertThat(Role.ADMIN.allows(Role.ANALYST)).as("admins decide no alerts").isFalse();
        assertThat(Role.of(" Approver ")).isEqualTo(Role.APPROVER);
        assertThatThrownBy(() -> Role.of("boss")).hasMessageContaining("screen, analyst, approver, admin");
    }
}
