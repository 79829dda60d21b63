package org.clearance.cli;

import java.nio.file.Path;
import java.util.List;
import org.clearance.io.InputLimits;
import org.clearance.store.ImportProgress;
import org.clearance.store.ListImporter;
import org.clearance.store.ListStore;

/**
 * A separate JVM that does what {@code lists import} does up to the commit of the new version, then stops
 * dead before monitoring, so that a test can kill it there like a power cut or {@code kill -9}.
 * Arguments: the home, the list file.
 */
public final class KillableImport {
    private KillableImport() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("clearance.home", args[0]);
        ListStore store = Home.openEmpty();
        var result = new ListImporter(store, InputLimits.DEFAULT, ImportProgress.SILENT).importFiles(List.of(Path.of(args[1])),
                null, null).get(0);
        System.out.println("committed " + result.version().id());
        System.out.flush();
        Thread.sleep(120_000); // where monitoring would run
    }
}
