package org.clearance.store;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files and stores the store tests share. */
final class StoreFixtures {
    private StoreFixtures() {}

    static Path shared(String relative) {
        Path p = Path.of(System.getProperty("clearance.shared"), "data").resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("shared data file missing: " + p);
        }
        return p;
    }

    static String h2Url(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath();
    }

    static ListStore h2(Path dir) {
        return ListStore.open(h2Url(dir), "sa", "");
    }
}
