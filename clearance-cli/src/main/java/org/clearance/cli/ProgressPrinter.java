package org.clearance.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import org.clearance.lists.ListFormat;
import org.clearance.store.ImportProgress;
import org.clearance.store.ImportResult;
import org.clearance.update.DownloadProgress;

/**
 * Progress of imports and downloads on stderr, so that stdout stays clean for piping. On a terminal
 * the running count rewrites one line; elsewhere only start and end lines are written.
 */
final class ProgressPrinter implements ImportProgress, DownloadProgress {
    /** Redraw at most this often: faster is flicker, slower feels stuck. */
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final boolean live;
    private long lastDraw;
    private long started;

    ProgressPrinter(PrintWriter err, boolean live) {
        this.err = err;
        this.live = live;
    }

    static ProgressPrinter forConsole(PrintWriter err) {
        return new ProgressPrinter(err, System.console() != null);
    }

    @Override
    public void started(Path file, ListFormat format, String dataset) {
        started = System.nanoTime();
        err.printf("  %s: %s -> %s%n", file.getFileName(), format.description(), dataset);
        if (format.retired() != null) {
            err.printf("  note: a retired source: %s.%n", format.retired());
        }
        err.flush();
    }

    @Override
    public void entities(long soFar) {
        if (live && due()) {
            err.printf("\r    %,d entries read ...", soFar);
            err.flush();
        }
    }

    @Override
    public void finished(Path file, ImportResult r) {
        if (live) {
            err.print("\r\033[K");
        }
        double secs = (System.nanoTime() - started) / 1e9;
        if (r.created()) {
            err.printf("    stored version %d: %,d entries, %,d names, published %s (%.1f s)%n", r.version().id(),
                    r.version().entityCount(), r.version().nameCount(), r.version().publicationDate(), secs);
        } else {
            err.printf("    unchanged: same content as version %d (published %s); nothing stored%n",
                    r.version().id(), r.version().publicationDate());
        }
        err.flush();
    }

    @Override
    public void bytes(URI uri, long soFar, long total) {
        if (live && due()) {
            if (total > 0) {
                err.printf("\r    %,d of %,d KB (%d%%)", soFar >> 10, total >> 10, soFar * 100 / total);
            } else {
                err.printf("\r    %,d KB", soFar >> 10);
            }
            err.flush();
        }
    }

    private boolean due() {
        long now = System.nanoTime();
        if (now - lastDraw < REDRAW_NANOS) {
            return false;
        }
        lastDraw = now;
        return true;
    }
}
