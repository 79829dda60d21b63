package org.clearance.cli;

import picocli.CommandLine;

/** Entry point of the {@code clearance} command. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // Flyway reports each migration at INFO through java.util.logging; users need only its warnings
        java.util.logging.Logger.getLogger("org.flywaydb").setLevel(java.util.logging.Level.WARNING);
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code; tests call this directly. */
    public static int run(String... args) {
        return new CommandLine(new ClearanceCommand())
                .setExecutionExceptionHandler(new Errors())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .execute(args);
    }
}
