package org.clearance.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.clearance.io.InputLimits;
import org.clearance.lists.ListFormat;

/**
 * A separate JVM that imports a file and stops dead in the middle, with thousands of entities written
 * but not committed, so that a test can kill it there like a power cut or {@code kill -9}.
 */
public final class KillableImport {
    /** Entities written before the import pauses to be killed. */
    static final int PAUSE_AT = 5000;

    private KillableImport() {}

    public static void main(String[] args) throws Exception {
        ListStore store = ListStore.open(args[0], "sa", "");
        ImportProgress pauseMidway = new ImportProgress() {
            @Override
            public void started(Path file, ListFormat format, String dataset) {}

            @Override
            public void entities(long soFar) {
                if (soFar >= PAUSE_AT) {
                    System.out.println("midway " + soFar);
                    System.out.flush();
                    try {
                        Thread.sleep(120_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }

            @Override
            public void finished(Path file, ImportResult result) {}
        };
        new ListImporter(store, InputLimits.DEFAULT, pauseMidway).importFiles(List.of(Path.of(args[1])), null, LocalDate.parse(args[2]));
        System.out.println("finished");
    }
}
