package org.clearance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command line as a user would, in a chosen home, and keeps what it printed. */
final class Cli {
    private static Path shared;

    private Cli() {}

    record Run(int code, String out, String err) {}

    static Run run(Path home, String... args) {
        // set on every run, so that no other test class's home leaks in
        System.setProperty("clearance.home", home.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** As {@link #run}, with {@code input} on standard input (a password piped in). */
    static Run runWithInput(Path home, String input, String... args) {
        java.io.InputStream before = System.in;
        System.setIn(new java.io.ByteArrayInputStream(input.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try {
            return run(home, args);
        } finally {
            System.setIn(before);
        }
    }

    /**
     * One home loaded from the bundled snapshot, for the test classes that only read it: loading the
     * snapshot and building the screening index take half a minute, once per test JVM instead of per class.
     */
    static synchronized Path readOnlyHome() {
        if (shared == null) {
            try {
                shared = Files.createTempDirectory("clearance-cli-test-home");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }
}
