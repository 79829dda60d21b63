package org.clearance.cli;

import org.clearance.lists.ListFormat;
import org.clearance.lists.ListFormats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code clearance lists formats}: the formats import reads. */
@Command(name = "formats", mixinStandardHelpOptions = true, description = "Show the list formats Clearance reads.")
final class ListsFormatsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        Table t = new Table("FORMAT", "DESCRIPTION");
        for (ListFormat f : ListFormats.all()) {
            t.row(f.id(), f.description());
        }
        t.print(spec.commandLine().getOut());
    }
}
