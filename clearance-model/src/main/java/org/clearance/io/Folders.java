package org.clearance.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.file.PathUtils;

/** Folders Clearance makes for a while (index builds, benches, the snapshot's files) and removes again. */
public final class Folders {
    private Folders() {}

    /** Removes the folder and everything in it; nothing when it is not there. */
    public static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            PathUtils.deleteDirectory(dir);
        }
    }
}
