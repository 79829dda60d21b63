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

class UsersTest {
    private static final char[] PASSWORD = "correct horse battery".toCharArray();

    @TempDir
    Path dir;

    private Database open() {
        return Database.open("jdbc:h2:file:" + dir.resolve("users").toAbsolutePath(), "sa", "");
    }

    @Test
    void aUserSignsInWithTheirPasswordOnlyAndAsTheirRole() {
        try (Database db = open()) {
            Users users = new Users(db);
            users.create("ana", Role.ANALYST, PASSWORD, "cli:root");
            assertThat(users.authenticate("ana", PASSWORD)).contains(Caller.user("ana", Role.ANALYST));
            assertThat(users.authenticate("ana", "correct horse battery!".toCharArray())).isEmpty();
            assertThat(users.authenticate("bob", PASSWORD)).as("unknown name").isEmpty();
            assertThat(users.authenticate("ana", new char[0])).isEmpty();
            assertThat(users.authenticate("ana", new char[Users.MAX_PASSWORD + 1])).isEmpty();
            assertThat(Caller.user("ana", Role.ANALYST).actor()).isEqualTo("user:ana");
        }
    }

    @Test
    void onlyASaltedArgon2idHashIsStored() throws Exception {
        try (Database db = open()) {
            Users users = new Users(db);
            users.create("ana", Role.ANALYST, PASSWORD, "cli:root");
            users.create("abe", Role.ANALYST, PASSWORD, "cli:root");
            List<String> hashes = new ArrayList<>();
            try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT password_hash FROM app_user");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    hashes.add(rs.getString(1));
                }
            }
            assertThat(hashes).hasSize(2).allSatisfy(h -> assertThat(h).startsWith("$argon2id$").doesNotContain("horse"));
            assertThat(hashes.get(0)).as("a salt per user: the same password hashes differently").isNotEqualTo(hashes.get(1));
        }
    }

    @Test
    void badNamesAndShortPasswordsAreRefusedAndNothingIsStored() {
        try (Database db = open()) {
            Users users = new Users(db);
            assertThatThrownBy(() -> users.create("ana", Role.ANALYST, "short".toCharArray(), "cli:root"))
                    .hasMessageContaining("at least " + Users.MIN_PASSWORD);
            assertThatThrownBy(() -> users.create("<script>", Role.ANALYST, PASSWORD, "cli:root"))
                    .hasMessageContaining("user name must be");
            users.create("ana", Role.ANALYST, PASSWORD, "cli:root");
            assertThatThrownBy(() -> users.create("ana", Role.ADMIN, PASSWORD, "cli:root")).hasMessageContaining("exists already");
            assertThat(users.list()).singleElement().satisfies(u -> assertThat(u.role()).isEqualTo(Role.ANALYST));
        }
    }

    @Test
    void aSessionLastsUntilSignOutDisablingOrANewPassword() {
        try (Database db = open()) {
            Users users = new Users(db);
            Sessions sessions = new Sessions(db);
            users.create("ana", Role.ANALYST, PASSWORD, "cli:root");
            Sessions.Session s = sessions.open(users.authenticate("ana", PASSWORD).orElseThrow());
            assertThat(sessions.find(s.token())).hasValueSatisfying(f -> {
                assertThat(f.caller()).isEqualTo(Caller.user("ana", Role.ANALYST));
                assertThat(f.csrf()).isEqualTo(s.csrf()).isNotEqualTo(s.token());
            });
            assertThat(sessions.find(s.token() + "x")).isEmpty();
            sessions.close(s);
            assertThat(sessions.find(s.token())).as("signed out").isEmpty();

            Sessions.Session again = sessions.open(Caller.user("ana", Role.ANALYST));
            users.setPassword("ana", "another long passphrase".toCharArray(), "cli:root");
            assertThat(sessions.find(again.token())).as("a new password signs out everywhere").isEmpty();
            assertThat(users.authenticate("ana", PASSWORD)).isEmpty();

            Sessions.Session third = sessions.open(users.authenticate("ana", "another long passphrase".toCharArray()).orElseThrow());
            assertThat(users.disable("ana", "cli:root")).isTrue();
            assertThat(sessions.find(third.token())).as("disabled").isEmpty();
            assertThat(users.authenticate("ana", "another long passphrase".toCharArray())).isEmpty();
            assertThat(users.disable("ana", "cli:root")).isFalse();
        }
    }

    @Test
    void signInsAndUserChangesAreAudited() {
        try (Database db = open()) {
            Users users = new Users(db);
            users.create("ana", Role.ANALYST, PASSWORD, "cli:root");
            Sessions sessions = new Sessions(db);
            sessions.close(sessions.open(users.authenticate("ana", PASSWORD).orElseThrow()));
            users.disable("ana", "cli:root");
            List<AuditEntry> audit = new ArrayList<>();
            new AuditLog(db).forEach(1, audit::add);
            assertThat(audit).extracting(AuditEntry::action)
                    .containsExactly("user.create", "user.sign_in", "user.sign_out", "user.disable");
            assertThat(audit.get(1).actor()).isEqualTo("user:ana");
            assertThat(audit).noneMatch(e -> e.detail().toString().contains("horse"));
        }
    }
}
