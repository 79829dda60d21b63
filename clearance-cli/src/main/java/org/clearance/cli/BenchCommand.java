package org.clearance.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code clearance bench}: one subcommand per thing measured, each printing figures. Speed is measured
 * here, never asserted in unit tests, because a shared CI machine's timings say little.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure speed and print figures.",
        subcommands = {ListsBench.class, ScreenBench.class, TraceBench.class, DossierBench.class, MonitorBench.class,
                HttpBench.class})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Only a word that names no benchmark lands here: picocli would call it an unmatched argument, a list helps more. */
    @Parameters(arity = "0..1", paramLabel = "WHAT", description = "What to measure: lists (parsing, loading), screen"
            + " (matching), trace (a synthetic supply chain), dossier (rendering the dossier of chain files), monitor"
            + " (re-screening stored parties after a list update) or http (load on a running clearance serve).")
    String what;

    @Override
    public Integer call() throws Errors.UserException {
        if (what == null) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'WHAT'");
        }
        throw new Errors.UserException("unknown benchmark '" + what + "'; available: "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
