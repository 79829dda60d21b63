package org.clearance.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.clearance.access.Role;
import org.clearance.access.Users;
import org.clearance.audit.Actors;
import org.clearance.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clearance users}: the people who sign in to the web application; without a subcommand, lists them. */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = {"List the users of the web application; subcommands create and disable them and set passwords.",
                "Roles as for API keys: screen, analyst, approver (second pair of eyes), admin (decides no alerts)."},
        subcommands = {UsersCommand.Create.class, UsersCommand.Password.class, UsersCommand.Disable.class})
final class UsersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Database db = Home.openDatabase()) {
            Table t = new Table("NAME", "ROLE", "CREATED", "BY", "DISABLED");
            for (Users.UserInfo u : new Users(db).list()) {
                t.row(u.name(), u.role().id(), u.createdAt().toString(), u.createdBy(),
                        u.disabledAt() == null ? "" : u.disabledAt().toString());
            }
            t.print(spec.commandLine().getOut());
        }
        return 0;
    }

    /** How a password is given: typed twice at a prompt, or one line on standard input for scripts. */
    static final class PasswordInput {
        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input "
                + "instead of prompting (for scripts).")
        boolean stdin;

        char[] read() throws IOException, Errors.UserException {
            if (stdin) {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null) {
                    throw new Errors.UserException("--password-stdin: standard input was empty");
                }
                return line.toCharArray();
            }
            Console console = System.console();
            if (console == null) {
                throw new Errors.UserException("no terminal to ask for the password on; pipe it in with --password-stdin");
            }
            char[] first = console.readPassword("Password (at least %d characters): ", Users.MIN_PASSWORD);
            char[] again = console.readPassword("Password again: ");
            if (first == null || !Arrays.equals(first, again)) {
                throw new Errors.UserException("the two passwords differ; nothing was changed");
            }
            return first;
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a user of the web application.")
    static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--name", required = true, description = "The person's user name; unique.")
        String name;

        @picocli.CommandLine.Mixin
        RoleOption role;

        @picocli.CommandLine.Mixin
        PasswordInput password;

        @Override
        public Integer call() throws Exception {
            Role r = role.parse();
            char[] pw = password.read();
            try (Database db = Home.openDatabase()) {
                new Users(db).create(name, r, pw, Actors.localUser());
            } catch (IllegalArgumentException e) {
                throw new Errors.UserException(e.getMessage());
            } finally {
                Arrays.fill(pw, '\0');
            }
            spec.commandLine().getOut().printf("Created the user '%s' with the role '%s'; they sign in at /login "
                    + "of 'clearance serve'.%n", name.strip(), r.id());
            return 0;
        }
    }

    @Command(name = "password", mixinStandardHelpOptions = true,
            description = "Set a user's password; their open sessions end.")
    static final class Password implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "The user's name.")
        String name;

        @picocli.CommandLine.Mixin
        PasswordInput password;

        @Override
        public Integer call() throws Exception {
            char[] pw = password.read();
            try (Database db = Home.openDatabase()) {
                if (!new Users(db).setPassword(name, pw, Actors.localUser())) {
                    throw new Errors.UserException("no user named '" + name + "' (see 'clearance users')");
                }
            } catch (IllegalArgumentException e) {
                throw new Errors.UserException(e.getMessage());
            } finally {
                Arrays.fill(pw, '\0');
            }
            spec.commandLine().getOut().printf("Set a new password for '%s'; their sessions were ended.%n", name);
            return 0;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Disable a user; their sessions end at once.")
    static final class Disable implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "The user's name.")
        String name;

        @Override
        public Integer call() throws Exception {
            try (Database db = Home.openDatabase()) {
                if (!new Users(db).disable(name, Actors.localUser())) {
                    throw new Errors.UserException("no enabled user named '" + name + "' (see 'clearance users')");
                }
            }
            spec.commandLine().getOut().printf("Disabled the user '%s'.%n", name);
            return 0;
        }
    }
}
