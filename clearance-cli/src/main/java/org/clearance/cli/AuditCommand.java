package org.clearance.cli;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.clearance.audit.AuditExport;
import org.clearance.audit.AuditLog;
import org.clearance.audit.Verification;
import org.clearance.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clearance audit}: check and export the hash-chained audit log. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Check or export the audit log (every screening, decision, key and list import).",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Export.class})
final class AuditCommand implements Callable<Integer> {
    /** Exit code of a log whose chain is broken: distinct from errors in running the command. */
    static final int TAMPERED = 1;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Check every entry's hash and link; name every entry edited, removed or moved.",
                    "Exit code 0 when intact, " + TAMPERED + " when not."})
    static final class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (Database db = Home.openDatabase()) {
                Verification v = new AuditLog(db).verify();
                if (v.intact()) {
                    spec.commandLine().getOut().printf("The audit log is intact: %,d entries; the last entry's hash is%n%s%n"
                            + "(note it elsewhere: a log rewritten from the start would end in another hash)%n",
                            v.checked(), v.headHash());
                    return 0;
                }
                var err = spec.commandLine().getErr();
                err.printf("error: the audit log has been tampered with: %,d bad %s (%,d entries read)%n",
                        v.bad(), v.bad() == 1 ? "entry" : "entries", v.checked());
                v.problems().forEach(p -> err.printf("  %s%n", p));
                if (v.bad() > v.problems().size()) {
                    err.printf("  and %,d more after entry %d%n", v.bad() - v.problems().size(),
                            v.problems().get(v.problems().size() - 1).seq());
                }
                return TAMPERED;
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write the audit log as CSV or JSON lines.")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--format", defaultValue = "csv", description = "csv or jsonl (default ${DEFAULT-VALUE}).")
        String format;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of to standard output.")
        Path output;

        @Option(names = "--from", defaultValue = "1", description = "First entry to write (default ${DEFAULT-VALUE}).")
        long from;

        @Override
        public Integer call() throws Exception {
            if (!AuditExport.FORMATS.contains(format)) {
                throw new Errors.UserException("--format: use csv or jsonl, not '" + format + "'");
            }
            try (Database db = Home.openDatabase(); Writer file = output == null ? null : Files.newBufferedWriter(output)) {
                long n = AuditExport.write(new AuditLog(db), from, format, file != null ? file : spec.commandLine().getOut());
                spec.commandLine().getErr().printf("Exported %,d audit entries%s.%n", n, output == null ? "" : " to " + output);
            }
            return 0;
        }
    }
}
