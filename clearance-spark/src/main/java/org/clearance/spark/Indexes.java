package org.clearance.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.SparkFiles;
import org.clearance.match.MatchIndex;

/**
 * The list indexes open in this JVM, one per folder the driver shipped with {@code addFile}: the first task of an
 * executor opens it (seconds: the entities are read and the Lucene index mapped), every later task of that executor
 * shares it. The index is immutable and safe for concurrent searches; it stays open as long as the executor lives.
 */
final class Indexes {
    private static final Map<String, MatchIndex> OPEN = new ConcurrentHashMap<>();
    private static final AtomicInteger OPENED = new AtomicInteger();

    private Indexes() {}

    /** The index shipped under {@code name}, opened on first use in this JVM. */
    static MatchIndex get(String name) {
        return OPEN.computeIfAbsent(SparkFiles.get(name), path -> {
            try {
                MatchIndex index = MatchIndex.open(Path.of(path));
                OPENED.incrementAndGet();
                return index;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the list index shipped as " + path + ": " + e.getMessage(), e);
            }
        });
    }

    /** How many indexes this JVM has opened (each shipped folder once). */
    static int opened() {
        return OPENED.get();
    }
}
