package org.clearance.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * One kept-alive HTTP/1.1 connection that sends a request and reads the answer's status, for
 * {@link HttpBench}. The JDK's HttpClient spent 1.7 ms of CPU per request (13.2 s for 7,565 requests),
 * more than half of what the server spends answering; with bench and server on the same two cores that
 * would be measured as the server's slowness. This does only what the bench needs: plain http,
 * answers with Content-Length or chunked, a new connection when the server closes one.
 */
final class HttpConnection implements AutoCloseable {
    private final String host;
    private final int port;
    private final int timeoutMs;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    private final String authorization;

    HttpConnection(URI base, Duration timeout) {
        this(base, timeout, null);
    }

    /** @param authorization the value of an {@code Authorization} header sent with every request, or null */
    HttpConnection(URI base, Duration timeout, String authorization) {
        this.authorization = authorization;
        if (!"http".equals(base.getScheme()) || base.getHost() == null) {
            throw new IllegalArgumentException("not an http:// address: " + base);
        }
        this.host = base.getHost();
        this.port = base.getPort() < 0 ? 80 : base.getPort();
        this.timeoutMs = (int) timeout.toMillis();
    }

    /** Sends the request and reads the whole answer; returns its status. */
    int send(String method, String path, byte[] body) throws IOException {
        boolean reused = socket != null;
        if (!reused) {
            connect();
        }
        try {
            write(method, path, body);
            return read();
        } catch (EOFException e) {
            close();
            if (!reused) {
                throw e;
            }
            // the server closed the idle connection before this request reached it: once more on a new one
            connect();
            write(method, path, body);
            return read();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(timeoutMs);
        socket.connect(new InetSocketAddress(host, port), timeoutMs);
        in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
        out = new BufferedOutputStream(socket.getOutputStream(), 1 << 14);
    }

    private void write(String method, String path, byte[] body) throws IOException {
        String head = method + " " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n"
                + (authorization == null ? "" : "Authorization: " + authorization + "\r\n")
                + (body == null ? "" : "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n") + "\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        if (body != null) {
            out.write(body);
        }
        out.flush();
    }

    private int read() throws IOException {
        String status = line();
        if (!status.startsWith("HTTP/1.") || status.length() < 12) {
            throw new IOException("not an HTTP answer: " + status);
        }
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closes = false;
        for (String h = line(); !h.isEmpty(); h = line()) {
            String lower = h.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(h.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closes = true;
            }
        }
        if (chunked) {
            for (long n = Long.parseLong(line().split(";")[0].strip(), 16); n > 0; n = Long.parseLong(line().split(";")[0].strip(), 16)) {
                skip(n);
                line();
            }
            while (!line().isEmpty()) {
                // trailers
            }
        } else if (length >= 0) {
            skip(length);
        } else {
            closes = true;
            while (in.read() >= 0) {
                // an answer without length ends with the connection
            }
        }
        if (closes) {
            close();
        }
        return code;
    }

    private String line() throws IOException {
        StringBuilder b = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("the server closed the connection");
            }
            if (c != '\r') {
                b.append((char) c);
            }
        }
        return b.toString();
    }

    private void skip(long n) throws IOException {
        for (long left = n; left > 0; ) {
            long s = in.skip(left);
            if (s <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("the answer ended early");
                }
                s = 1;
            }
            left -= s;
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a connection we no longer use: nothing to do about a failure
            }
            socket = null;
        }
    }
}
