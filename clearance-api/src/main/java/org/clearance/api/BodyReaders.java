package org.clearance.api;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Bounds the requests of one client address that are reading their bodies at once
 * ({@link ConnectionLimits#bodyReadersPerClient}): a request over the bound is answered 429 with Retry-After
 * before a byte of its body is read, so one client's slow uploads hold a few threads, never all. A request
 * counts from its start until its body has been read to the end, not while it is then screened.
 */
final class BodyReaders implements Filter {
    private final int perClient;
    private final Map<String, Integer> reading = new ConcurrentHashMap<>();

    BodyReaders(int perClient) {
        this.perClient = perClient;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null) {
            chain.doFilter(req, res);
            return;
        }
        String client = request.getRemoteAddr();
        boolean[] admitted = {false};
        reading.compute(client, (k, n) -> {
            int now = n == null ? 0 : n;
            admitted[0] = now < perClient;
            return admitted[0] ? now + 1 : n;
        });
        if (!admitted[0]) {
            HttpServletResponse response = (HttpServletResponse) res;
            response.setStatus(429);
            response.setHeader("Retry-After", "1");
            response.setHeader("Connection", "close"); // its body is never read
            SecurityHeaders.ALL.forEach(response::setHeader);
            response.setContentType("application/json");
            response.getOutputStream().write(JettyErrors.body(429, perClient + " requests from this address are already "
                    + "sending their bodies; send fewer at once"));
            return;
        }
        Slot slot = new Slot(client);
        try {
            chain.doFilter(new HttpServletRequestWrapper(request) {
                @Override
                public ServletInputStream getInputStream() throws IOException {
                    return new Counted(super.getInputStream(), slot);
                }
            }, res);
        } finally {
            slot.release();
        }
    }

    /** One admitted request's place, given back once: at the body's end or the request's. */
    private final class Slot {
        private final String client;
        private final AtomicBoolean released = new AtomicBoolean();

        Slot(String client) {
            this.client = client;
        }

        void release() {
            if (!released.getAndSet(true)) {
                reading.compute(client, (k, n) -> n == null || n <= 1 ? null : n - 1);
            }
        }
    }

    /** The body, giving back its request's place when read to the end or closed. */
    private static final class Counted extends ServletInputStream {
        private final ServletInputStream in;
        private final Slot slot;

        Counted(ServletInputStream in, Slot slot) {
            this.in = in;
            this.slot = slot;
        }

        @Override
        public int read() throws IOException {
            return ended(in.read());
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return ended(in.read(b, off, len));
        }

        private int ended(int n) {
            if (n < 0) {
                slot.release();
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            slot.release();
            in.close();
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
