package org.clearance.cli;

import java.util.concurrent.Callable;
import org.clearance.store.ListStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code clearance index path}: the folder of the screening index of the current lists, built first when needed, for
 * jobs that open it elsewhere ({@code clearance spark}, spark-submit; see docs/spark.md).
 */
@Command(name = "index", mixinStandardHelpOptions = true, description = "The screening index of the current lists.",
        subcommands = IndexCommand.PathCommand.class)
final class IndexCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    @Command(name = "path", mixinStandardHelpOptions = true, description = {
            "Print the folder of the index of the current lists, building it first when needed.",
            "The folder can be copied and opened read-only elsewhere: a Spark job's --index."})
    static final class PathCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (ListStore store = Home.openStore(spec.commandLine().getErr())) {
                spec.commandLine().getOut().println(Home.indexFolder(store, spec.commandLine().getErr()).toAbsolutePath());
            }
            return 0;
        }
    }
}
