package org.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bench's HTTP connection against the JDK's HTTP server: lengths, chunks, closed connections. */
class HttpConnectionTest {
    private HttpServer server;
    private final AtomicInteger bodiesRead = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/fixed", x -> {
            bodiesRead.addAndGet(x.getRequestBody().readAllBytes().length);
            byte[] a = "x".repeat(70_000).getBytes(StandardCharsets.US_ASCII);
            x.sendResponseHeaders(200, a.length);
            x.getResponseBody().write(a);
            x.close();
        });
        server.createContext("/chunked", x -> {
            x.sendResponseHeaders(404, 0); // length 0: chunked
            for (int i = 0; i < 5; i++) {
                x.getResponseBody().write("part of the answer ".repeat(1000).getBytes(StandardCharsets.US_ASCII));
            }
            x.close();
        });
        server.createContext("/closing", x -> {
            x.getResponseHeaders().add("Connection", "close");
            x.sendResponseHeaders(503, -1); // no body
            x.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void answersOfEveryShapeAreReadWholeAndTheConnectionKeepsWorking() throws Exception {
        URI base = URI.create("http://localhost:" + server.getAddress().getPort());
        try (HttpConnection c = new HttpConnection(base, Duration.ofSeconds(10))) {
            byte[] body = "{\"queries\": {}}".getBytes(StandardCharsets.UTF_8);
            // if an answer were not read to its end, the next status line would be read from its middle
            for (int i = 0; i < 3; i++) {
                assertThat(c.send("POST", "/fixed", body)).isEqualTo(200);
                assertThat(c.send("GET", "/chunked", null)).isEqualTo(404);
                assertThat(c.send("GET", "/closing", null)).isEqualTo(503);
            }
            assertThat(bodiesRead.get()).isEqualTo(3 * body.length);
        }
    }
}
