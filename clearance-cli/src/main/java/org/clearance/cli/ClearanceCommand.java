package org.clearance.cli;

import picocli.CommandLine.Command;

/** The {@code clearance} command: one subcommand per job. */
@Command(name = "clearance", mixinStandardHelpOptions = true, version = "Clearance 0.1.0",
        description = "Sanctions and forced-labour supply-chain compliance.%n"
                + "State lives in the folder named by CLEARANCE_HOME (default ~/.clearance).",
        subcommands = {ListsCommand.class, ScreenCommand.class, MatchCommand.class, PairsCommand.class, ValidateCommand.class, TraceCommand.class, ScanTextCommand.class, IndexCommand.class, ServeCommand.class, KeysCommand.class, UsersCommand.class, AuditCommand.class, BenchCommand.class})
final class ClearanceCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
