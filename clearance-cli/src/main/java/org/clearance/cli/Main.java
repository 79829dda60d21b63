package org.clearance.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of the {@code clearance} command. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // Flyway reports each migration at INFO through java.util.logging; users need only its warnings
        java.util.logging.Logger.getLogger("org.flywaydb").setLevel(java.util.logging.Level.WARNING);
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return run(out, err, args);
    }

    /** Runs the command line writing to the given streams; tests call this directly. */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        return new CommandLine(new ClearanceCommand())
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(new Errors())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .execute(args);
    }
}
