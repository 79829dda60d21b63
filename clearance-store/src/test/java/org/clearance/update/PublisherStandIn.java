package org.clearance.update;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.clearance.lists.DatasetCatalog;

/**
 * One local server standing in for every publisher, each at the path of its official address in
 * {@code datasets.tsv}. What is recorded of the publishers in 2026:
 * <ul>
 * <li>OFAC's Sanctions List Service: since 30 July 2026 an AWS WAF answers 403 unless the User-Agent
 *     starts with {@code Mozilla/} and a digit and is at least 40 characters (opensanctions issue 5237);
 *     an export redirects (302) to a signed S3 address (a public project's source notes, September 2026),
 *     which, as S3 does, serves an MD5 ETag and Last-Modified, answers a conditional request with 304 and
 *     refuses a HEAD it was not signed for;
 * <li>the FCDO's UK Sanctions List: served straight from sanctionslist.fcdo.gov.uk, no redirect (same notes);
 * <li>the EU Financial Sanctions Files: 403 without the public {@code token} parameter (same notes);
 * <li>dhs.gov: refuses agents that are not a browser's (as Clearance's earlier downloader noted), and its
 *     page is rebuilt on each request, so its bytes differ while its entries do not.
 * </ul>
 * Assumed, each as one of the kinds of server the others are: OFSI's retired file still served with its
 * last Last-Modified; the UN with Last-Modified only (so a repeat is a 304 on If-Modified-Since); Canada with
 * no validators at all (only the bytes tell an unchanged file); trade.gov's CSL static files with an ETag.
 * Each file can be made to fail a number of times (503 with Retry-After), to be cut off (a Content-Length
 * larger than what is sent), or replaced.
 */
final class PublisherStandIn implements AutoCloseable {
    /** The one rule OFAC's WAF applies, as probed (opensanctions issue 5237). */
    private static final Pattern OFAC_WAF = Pattern.compile("^Mozilla/\\d.{32,}$");
    private static final String S3 = "/ofac-sls-prod-exports";
    private static final String LAST_MODIFIED = "Fri, 04 Dec 2026 14:05:11 GMT";

    /** What one request asked, for tests to check what the client sent. */
    record Request(String method, String path, String userAgent, String ifNoneMatch, String ifModifiedSince) {}

    /**
     * One file a publisher serves, and how it misbehaves next. Its ETag, when it sends one, is the MD5 of
     * the body, as S3 and Azure blob storage make theirs, so a new body has a new ETag.
     */
    static final class Served {
        volatile byte[] body;
        final boolean etags;
        volatile String lastModified;
        final AtomicInteger failures = new AtomicInteger();
        volatile boolean cutOff;

        Served(byte[] body, boolean etags, String lastModified) {
            this.body = body;
            this.etags = etags;
            this.lastModified = lastModified;
        }

        String etag() {
            try {
                return etags ? "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body)) + "\"" : null;
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final HttpServer server;
    final List<Request> requests = new CopyOnWriteArrayList<>();

    PublisherStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // a thread per exchange, as a real server has: a client that drops a body must not hold up the next request
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    /** The stand-in's address for an official one: same path and query, this server. */
    URI local(String official) {
        URI o = URI.create(official);
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + o.getRawPath()
                + (o.getRawQuery() == null ? "" : "?" + o.getRawQuery()));
    }

    /** The stand-in's address for a dataset's official address in {@code datasets.tsv}. */
    URI localOf(String dataset) {
        return local(DatasetCatalog.byId(dataset).orElseThrow().url());
    }

    /** An OFAC Sanctions List Service export, e.g. {@code CONSOLIDATED.XML}. */
    Served ofac(String export, Path file) throws IOException {
        Served s = new Served(Files.readAllBytes(file), true, LAST_MODIFIED);
        server.createContext("/api/PublicationPreview/exports/" + export, ex -> {
            record(ex);
            if (!OFAC_WAF.matcher(agent(ex)).matches()) {
                page(ex, 403, "<html><head><title>403 Forbidden</title></head><body><center><h1>403 Forbidden</h1>"
                        + "</center></body></html>");
                return;
            }
            ex.getResponseHeaders().set("Location", S3 + "/" + export + "?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                    + "&X-Amz-Expires=300&X-Amz-Signature=" + UUID.randomUUID().toString().replace("-", ""));
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        server.createContext(S3 + "/" + export, ex -> {
            record(ex);
            if (!ex.getRequestMethod().equals("GET")) {
                page(ex, 403, "<Error><Code>SignatureDoesNotMatch</Code></Error>");
                return;
            }
            file(ex, s, "application/xml");
        });
        return s;
    }

    /** A file served straight at the path of {@code official}, with an ETag or not, and a Last-Modified or not (null). */
    Served plain(String official, byte[] body, boolean etags, String lastModified, String contentType) {
        Served s = new Served(body, etags, lastModified);
        server.createContext(URI.create(official).getRawPath(), ex -> {
            record(ex);
            file(ex, s, contentType);
        });
        return s;
    }

    /** The EU Financial Sanctions Files: the file only with the public token in the query. */
    Served eu(String official, byte[] body) {
        Served s = new Served(body, false, LAST_MODIFIED);
        String token = URI.create(official).getRawQuery();
        server.createContext(URI.create(official).getRawPath(), ex -> {
            record(ex);
            if (!token.equals(ex.getRequestURI().getRawQuery())) {
                page(ex, 403, "<html><body><h1>Access forbidden</h1><p>A valid token is required.</p></body></html>");
                return;
            }
            ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"20261204-FULL-1_1(xsd).xml\"");
            file(ex, s, "application/xml");
        });
        return s;
    }

    /** The dhs.gov page: refused to agents that are not a browser's, rebuilt with a fresh token on each request. */
    Served dhs(String official, byte[] page) {
        Served s = new Served(page, false, null);
        server.createContext(URI.create(official).getRawPath(), ex -> {
            record(ex);
            if (!agent(ex).startsWith("Mozilla/")) {
                page(ex, 403, "<HTML><HEAD><TITLE>Access Denied</TITLE></HEAD><BODY><H1>Access Denied</H1>"
                        + "You don't have permission to access this page on this server.</BODY></HTML>");
                return;
            }
            String html = new String(s.body, StandardCharsets.UTF_8).replace("</body>",
                    "<script>window.drupalSettings={\"token\":\"" + UUID.randomUUID() + "\"};</script></body>");
            page(ex, 200, html);
        });
        return s;
    }

    private static void file(HttpExchange ex, Served s, String contentType) throws IOException {
        if (s.failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            ex.getResponseHeaders().set("Retry-After", "0");
            page(ex, 503, "<html><body>Service Temporarily Unavailable</body></html>");
            return;
        }
        String inm = ex.getRequestHeaders().getFirst("If-None-Match");
        String ims = ex.getRequestHeaders().getFirst("If-Modified-Since");
        String etag = s.etag();
        boolean same = (etag != null && etag.equals(inm)) || (inm == null && s.lastModified != null && s.lastModified.equals(ims));
        if (etag != null) {
            ex.getResponseHeaders().set("ETag", etag);
        }
        if (s.lastModified != null) {
            ex.getResponseHeaders().set("Last-Modified", s.lastModified);
        }
        if (same) {
            ex.sendResponseHeaders(304, -1);
            ex.close();
            return;
        }
        ex.getResponseHeaders().set("Content-Type", contentType);
        byte[] body = s.body;
        ex.sendResponseHeaders(200, body.length);
        OutputStream out = ex.getResponseBody();
        if (s.cutOff) {
            out.write(body, 0, body.length / 2);
            out.flush();
            // the server drops the connection of a handler that fails: the body ends short of its length
            throw new IllegalStateException("cut off on purpose");
        }
        out.write(body);
        out.close();
    }

    private static void page(HttpExchange ex, int status, String html) throws IOException {
        byte[] b = html.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }

    private void record(HttpExchange ex) {
        var h = ex.getRequestHeaders();
        requests.add(new Request(ex.getRequestMethod(), ex.getRequestURI().getRawPath(), agent(ex),
                h.getFirst("If-None-Match"), h.getFirst("If-Modified-Since")));
    }

    private static String agent(HttpExchange ex) {
        String a = ex.getRequestHeaders().getFirst("User-Agent");
        return a == null ? "" : a;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
