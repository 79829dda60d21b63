package org.clearance.update;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Set;

/**
 * Fetches an official list file over HTTP(S) to a local file. Publishers' servers are slow, sometimes
 * cut a transfer short, answer with an error page or refuse clients they take for robots, so the
 * download goes to a temporary file first, is checked for status and size, and only then is moved into
 * place for import; passing failures are tried again ({@link FetchSettings}). A request carries the
 * validators of the last good fetch ({@code If-None-Match}, {@code If-Modified-Since}), so a publisher
 * that has published nothing new can say so with a 304 instead of sending the file again.
 */
public final class Downloader {
    private static final int BUFFER = 1 << 16;
    /** Answers that say "try later": the request timed out, too many requests, or the server failed. */
    private static final Set<Integer> PASSING = Set.of(408, 425, 429, 500, 502, 503, 504);

    private final HttpClient http;
    private final long maxBytes;
    private final FetchSettings settings;

    /** The validators of the last good fetch of a file, each null when the publisher sent none. */
    public record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators(null, null);
    }

    /**
     * What a fetch got.
     *
     * @param notModified true when the publisher answered 304: nothing was written, and sha256 and bytes are null/0
     * @param sha256      of the file written
     * @param etag        the publisher's validators of this answer, null when not sent
     * @param finalUri    where the file came from after redirects (OFAC's exports redirect to signed S3 addresses)
     * @param attempts    the tries it took
     */
    public record Fetched(boolean notModified, String sha256, long bytes, String etag, String lastModified,
            URI finalUri, int attempts) {
        public Validators validators() {
            return new Validators(etag, lastModified);
        }
    }

    /** What a publisher says of a file without sending it: its status and validators ({@link #probe}). */
    public record Probe(int status, String etag, String lastModified, URI finalUri) {
        /** The publisher's Last-Modified as a time, or null when it sent none or none readable. */
        public ZonedDateTime lastModifiedTime() {
            return httpDate(lastModified);
        }
    }

    public Downloader(long maxBytes, FetchSettings settings) {
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.maxBytes = maxBytes;
        this.settings = settings;
    }

    /**
     * Downloads {@code uri} into {@code target}, replacing it only when the whole body arrived, trying
     * again after passing failures.
     *
     * @param previous the validators of the last good fetch, or {@link Validators#NONE}
     * @throws IOException naming the address, the HTTP status, size or network failure, and the tries made
     */
    public Fetched fetch(URI uri, Validators previous, Path target, DownloadProgress progress)
            throws IOException, InterruptedException {
        for (int attempt = 1;; attempt++) {
            try {
                return once(uri, previous, target, progress, attempt);
            } catch (Passing e) {
                if (attempt >= settings.attempts()) {
                    throw new IOException(e.getMessage() + (attempt > 1 ? " (tried " + attempt + " times)" : ""), e.getCause());
                }
                // the publisher's Retry-After, up to the longest wait; else doubling waits
                Duration wait = e.retryAfter == null ? settings.waitBefore(attempt + 1)
                        : e.retryAfter.compareTo(settings.maxWait()) <= 0 ? e.retryAfter : settings.maxWait();
                Thread.sleep(wait.toMillis());
            }
        }
    }

    /**
     * Asks for {@code uri} with the given validators and reads only the answer's head: whether the
     * publisher has something new (200) or not (304), and its validators. A GET whose body is dropped
     * rather than a HEAD, because signed S3 addresses (OFAC's) are signed for GET only.
     */
    public Probe probe(URI uri, Validators previous) throws IOException, InterruptedException {
        HttpResponse<InputStream> resp;
        try {
            resp = send(uri, previous);
        } catch (IOException e) {
            throw new IOException("cannot reach " + uri + ": " + describe(e), e);
        }
        resp.body().close();
        if (resp.statusCode() != 200 && resp.statusCode() != 304) {
            throw failure(uri, resp.statusCode(), resp.headers());
        }
        return new Probe(resp.statusCode(), header(resp.headers(), "ETag"), header(resp.headers(), "Last-Modified"),
                resp.uri());
    }

    private Fetched once(URI uri, Validators previous, Path target, DownloadProgress progress, int attempt)
            throws IOException, InterruptedException {
        HttpResponse<InputStream> resp;
        try {
            resp = send(uri, previous);
        } catch (IOException e) {
            throw new Passing("cannot reach " + uri + ": " + describe(e), e, null);
        }
        HttpHeaders headers = resp.headers();
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try (InputStream in = resp.body()) {
            int status = resp.statusCode();
            if (status == 304) {
                return new Fetched(true, null, 0, header(headers, "ETag"), header(headers, "Last-Modified"), resp.uri(), attempt);
            }
            if (status != 200) {
                throw failure(uri, status, headers);
            }
            long total = headers.firstValueAsLong("Content-Length").orElse(-1);
            if (total > maxBytes) {
                throw new IOException(String.format("%s announces %,d bytes, over the limit of %,d", uri, total, maxBytes));
            }
            MessageDigest sha = sha256();
            long soFar = 0;
            byte[] buf = new byte[BUFFER];
            try (InputStream digesting = new DigestInputStream(in, sha); OutputStream out = Files.newOutputStream(part)) {
                for (int n; soFar <= maxBytes && (n = digesting.read(buf)) > 0;) {
                    out.write(buf, 0, n);
                    soFar += n;
                    progress.bytes(uri, soFar, total);
                }
            } catch (IOException e) {
                throw new Passing(String.format("%s broke off after %,d bytes: %s", uri, soFar, describe(e)), e, null);
            }
            if (soFar > maxBytes) {
                throw new IOException(String.format("%s sent more than the limit of %,d bytes", uri, maxBytes));
            }
            if (total >= 0 && soFar != total) {
                throw new Passing(String.format("%s ended after %,d of %,d bytes", uri, soFar, total), null, null);
            }
            if (soFar == 0) {
                throw new Passing(uri + " sent an empty file", null, null);
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Fetched(false, HexFormat.of().formatHex(sha.digest()), soFar, header(headers, "ETag"),
                    header(headers, "Last-Modified"), resp.uri(), attempt);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private HttpResponse<InputStream> send(URI uri, Validators previous) throws IOException, InterruptedException {
        HttpRequest.Builder req = HttpRequest.newBuilder(uri).timeout(settings.requestTimeout())
                .header("User-Agent", settings.userAgent()).GET();
        if (previous.etag() != null) {
            req.header("If-None-Match", previous.etag());
        }
        if (previous.lastModified() != null) {
            req.header("If-Modified-Since", previous.lastModified());
        }
        return http.send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    /** The exception for a status other than 200 and 304: passing ones are tried again, refusals explained. */
    private IOException failure(URI uri, int status, HttpHeaders headers) {
        String message = "download of " + uri + " failed: HTTP " + status;
        if (PASSING.contains(status)) {
            return new Passing(message, null, retryAfter(headers));
        }
        if (status == 401 || status == 403) {
            return new IOException(message + ": the publisher refuses this client. Some publishers (OFAC, dhs.gov) "
                    + "refuse any User-Agent that does not look like a browser's; this one was sent: \""
                    + settings.userAgent() + "\" (set another with --user-agent or CLEARANCE_USER_AGENT)");
        }
        return new IOException(message);
    }

    /** A failure worth another try, with the wait the publisher asked for, if any. */
    private static final class Passing extends IOException {
        final transient Duration retryAfter;

        Passing(String message, Throwable cause, Duration retryAfter) {
            super(message, cause);
            this.retryAfter = retryAfter;
        }
    }

    /** Retry-After as seconds or as an HTTP date; null when absent or unreadable. */
    private static Duration retryAfter(HttpHeaders headers) {
        String v = header(headers, "Retry-After");
        if (v == null) {
            return null;
        }
        if (v.strip().matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(v.strip()));
        }
        ZonedDateTime at = httpDate(v);
        return at == null ? null : Duration.between(ZonedDateTime.now(at.getZone()), at).abs();
    }

    /** An HTTP date (RFC 1123, as Last-Modified is written), or null when absent or unreadable. */
    public static ZonedDateTime httpDate(String v) {
        if (v == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(v.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String header(HttpHeaders headers, String name) {
        return headers.firstValue(name).orElse(null);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /**
     * A network failure in words. The JDK's client often gives none: an unknown host is a
     * ConnectException without a message, caused by an UnresolvedAddressException.
     */
    private static String describe(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.nio.channels.UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
                return "the host name does not resolve (no network, or no DNS)";
            }
            if (t instanceof java.net.http.HttpTimeoutException) {
                return "no answer in time (" + t.getMessage() + ")";
            }
            if (t.getMessage() != null) {
                return t.getMessage();
            }
        }
        return e.getClass().getSimpleName();
    }
}
