package org.clearance.update;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Fetches an official list file over HTTP(S) to a local file. Publishers' servers are slow and
 * sometimes answer with an error page, so the download goes to a temporary file first, is checked
 * for status and size, and only then is moved into place for import.
 */
public final class Downloader {
    /** Publishers' servers can take a while to start sending a large XML file. */
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(10);
    private static final int BUFFER = 1 << 16;
    /** Some publishers (dhs.gov) refuse requests without a browser-like or named agent. */
    private static final String USER_AGENT = "Clearance/0.1 (sanctions list updater)";

    private final HttpClient http;
    private final long maxBytes;

    public Downloader(long maxBytes) {
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.maxBytes = maxBytes;
    }

    /**
     * Downloads {@code uri} into {@code target}, replacing it only when the whole body arrived.
     *
     * @throws IOException naming the address and the HTTP status, size or network failure
     */
    public void fetch(URI uri, Path target, DownloadProgress progress) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).header("User-Agent", USER_AGENT).GET().build();
        HttpResponse<InputStream> resp;
        try {
            resp = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new IOException("cannot reach " + uri + ": " + describe(e), e);
        }
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try (InputStream in = resp.body()) {
            if (resp.statusCode() != 200) {
                throw new IOException("download of " + uri + " failed: HTTP " + resp.statusCode());
            }
            long total = resp.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (total > maxBytes) {
                throw new IOException(String.format("%s announces %,d bytes, over the limit of %,d", uri, total, maxBytes));
            }
            long soFar = 0;
            byte[] buf = new byte[BUFFER];
            try (OutputStream out = Files.newOutputStream(part)) {
                for (int n; (n = in.read(buf)) > 0;) {
                    out.write(buf, 0, n);
                    soFar += n;
                    if (soFar > maxBytes) {
                        throw new IOException(String.format("%s sent more than the limit of %,d bytes", uri, maxBytes));
                    }
                    progress.bytes(uri, soFar, total);
                }
            }
            if (total >= 0 && soFar != total) {
                throw new IOException(String.format("%s ended after %,d of %,d bytes", uri, soFar, total));
            }
            if (soFar == 0) {
                throw new IOException(uri + " sent an empty file");
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
