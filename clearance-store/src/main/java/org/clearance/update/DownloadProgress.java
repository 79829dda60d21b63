package org.clearance.update;

import java.net.URI;

/** Told how a download goes, so a command line can draw progress. */
public interface DownloadProgress {
    /**
     * @param total the announced size in bytes, or -1 when the server does not say
     */
    void bytes(URI uri, long soFar, long total);

    DownloadProgress SILENT = (uri, soFar, total) -> { };
}
