package org.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.clearance.access.Role;
import org.clearance.access.Users;
import org.clearance.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The users of the web application as an administrator manages them from the command line. */
class UsersCliTest {
    private static final String PASSWORD = "twelve chars and more";

    @TempDir
    Path home;

    @Test
    void aUserCreatedWithAPipedPasswordSignsInAndIsListedWithoutIt() throws Exception {
        Cli.Run created = Cli.runWithInput(home, PASSWORD + "\n", "users", "create", "--name", "ana", "--role", "Analyst",
                "--password-stdin");
        assertThat(created.code()).as(created.err()).isZero();
        assertThat(created.out()).contains("Created the user 'ana' with the role 'analyst'");
        try (Database db = Home.openDatabase()) {
            assertThat(new Users(db).authenticate("ana", PASSWORD.toCharArray()))
                    .hasValueSatisfying(c -> assertThat(c.role()).isEqualTo(Role.ANALYST));
        }
        Cli.Run listed = Cli.run(home, "users");
        assertThat(listed.out()).contains("ana", "analyst").doesNotContain(PASSWORD);

        Cli.Run changed = Cli.runWithInput(home, "another long passphrase\n", "users", "password", "ana", "--password-stdin");
        assertThat(changed.code()).as(changed.err()).isZero();
        try (Database db = Home.openDatabase()) {
            assertThat(new Users(db).authenticate("ana", PASSWORD.toCharArray())).isEmpty();
        }
        assertThat(Cli.run(home, "users", "disable", "ana").code()).isZero();
        assertThat(Cli.run(home, "users").out()).containsPattern("ana .*analyst.*\\d{4}-\\d\\d-\\d\\dT.*\\d{4}-\\d\\d-\\d\\dT");
        assertThat(Cli.run(home, "users", "disable", "ana").err()).contains("no enabled user named 'ana'");
    }

    @Test
    void badInputIsRefusedByNameAndCreatesNoUser() throws Exception {
        Cli.Run shortPassword = Cli.runWithInput(home, "short\n", "users", "create", "--name", "bo", "--role", "screen",
                "--password-stdin");
        assertThat(shortPassword.code()).isEqualTo(Errors.BAD_INPUT);
        assertThat(shortPassword.err()).contains("at least " + Users.MIN_PASSWORD + " characters");
        Cli.Run empty = Cli.runWithInput(home, "", "users", "create", "--name", "bo", "--role", "screen", "--password-stdin");
        assertThat(empty.err()).contains("standard input was empty");
        Cli.Run badRole = Cli.runWithInput(home, PASSWORD + "\n", "users", "create", "--name", "bo", "--role", "boss",
                "--password-stdin");
        assertThat(badRole.err()).contains("--role", "screen, analyst, approver, admin");
        Cli.Run noTerminal = Cli.run(home, "users", "create", "--name", "bo", "--role", "screen");
        assertThat(noTerminal.code()).isEqualTo(Errors.BAD_INPUT);
        assertThat(noTerminal.err()).contains("--password-stdin");
        try (Database db = Home.openDatabase()) {
            assertThat(new Users(db).list()).isEmpty();
        }
    }
}
