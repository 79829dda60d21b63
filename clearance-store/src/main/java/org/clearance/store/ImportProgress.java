package org.clearance.store;

import java.nio.file.Path;
import org.clearance.lists.ListFormat;

/** Told what an import is doing, so a command line can show progress on long files. */
public interface ImportProgress {
    void started(Path file, ListFormat format, String dataset);

    void entities(long soFar);

    void finished(Path file, ImportResult result);

    /** Shows nothing. */
    ImportProgress SILENT = new ImportProgress() {
        @Override
        public void started(Path file, ListFormat format, String dataset) {}

        @Override
        public void entities(long soFar) {}

        @Override
        public void finished(Path file, ImportResult result) {}
    };
}
