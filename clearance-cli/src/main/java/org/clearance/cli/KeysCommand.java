package org.clearance.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.clearance.access.ApiKeys;
import org.clearance.access.Role;
import org.clearance.audit.Actors;
import org.clearance.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clearance keys}: the service's API keys; without a subcommand, lists them. */
@Command(name = "keys", mixinStandardHelpOptions = true,
        description = {"List the API keys of the service; subcommands create and revoke them.",
                "Roles: screen (call the API), analyst (review alerts), approver (second pair of eyes),",
                "admin (keys and lists; decides no alerts)."},
        subcommands = {KeysCommand.Create.class, KeysCommand.Revoke.class})
final class KeysCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Database db = Home.openDatabase()) {
            Table t = new Table("NAME", "ROLE", "KEY STARTS", "CREATED", "BY", "REVOKED");
            for (ApiKeys.KeyInfo k : new ApiKeys(db).list()) {
                t.row(k.name(), k.role().id(), k.prefix() + "…", k.createdAt().toString(), k.createdBy(),
                        k.revokedAt() == null ? "" : k.revokedAt().toString());
            }
            t.print(spec.commandLine().getOut());
        }
        return 0;
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Create an API key. The key is printed once, on the last line; only its hash is kept."})
    static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--name", required = true, description = "Who uses the key (a person or system); unique.")
        String name;

        @picocli.CommandLine.Mixin
        RoleOption role;

        @Override
        public Integer call() throws Exception {
            Role r = role.parse();
            try (Database db = Home.openDatabase()) {
                ApiKeys.NewKey k;
                try {
                    k = new ApiKeys(db).create(name, r, Actors.localUser());
                } catch (IllegalArgumentException e) {
                    throw new Errors.UserException("--name: " + e.getMessage());
                }
                PrintWriter out = spec.commandLine().getOut();
                out.printf("Created the key '%s' with the role '%s'. It is shown this once; store it now.%n", k.name(),
                        k.role().id());
                out.println("Send it as the header 'Authorization: ApiKey <key>'.");
                out.println(k.key());
            }
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = {"Revoke an API key by name. A running server stops accepting it within "
                    + ApiKeys.TRUST_SECONDS + " seconds."})
    static final class Revoke implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "The key's name.")
        String name;

        @Override
        public Integer call() throws Exception {
            try (Database db = Home.openDatabase()) {
                if (!new ApiKeys(db).revoke(name, Actors.localUser())) {
                    throw new Errors.UserException("no active key named '" + name + "' (see 'clearance keys')");
                }
                spec.commandLine().getOut().printf("Revoked the key '%s'.%n", name);
            }
            return 0;
        }
    }
}
