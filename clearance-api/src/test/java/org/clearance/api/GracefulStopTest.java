package org.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clearance.api.OperationsTest.get;
import static org.clearance.api.OperationsTest.send;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping the server: it refuses new connections at once and finishes the requests already in flight. */
class GracefulStopTest {
    @TempDir
    Path home;

    @Test
    void aRequestInFlightWhenTheServerStopsStillGetsItsAnswer() throws Exception {
        StringWriter log = new StringWriter();
        // the client below pauses mid-body on purpose, which the minimum body data rate would cut off (408)
        ConnectionLimits noMinimumRate = new ConnectionLimits(ConnectionLimits.DEFAULT.maxThreads(),
                ConnectionLimits.DEFAULT.bodyReadersPerClient(), 0);
        ApiServer server = OperationsTest.start(home, db -> () -> OperationsTest.uflpa(db, home), new PrintWriter(log, true),
                noMinimumRate);
        OperationsTest.awaitReady(server);
        int port = server.port();
        byte[] body = """
                {"queries": {"c": {"schema": "Company", "properties": {"name": ["Changji Esquel Textile Co., Ltd."]}}}}"""
                .getBytes(StandardCharsets.UTF_8);
        try (Socket slow = new Socket("localhost", port)) {
            slow.setSoTimeout(60_000);
            OutputStream out = slow.getOutputStream();
            // a slow client: the headers and part of the body now, the rest once the server is stopping
            out.write(("POST /match/uflpa HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Authorization: " + OperationsTest.authorization(server) + "\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, 10);
            out.flush();
            awaitInFlight(server, 2); // the slow request and the scrape that counts it

            AtomicReference<Throwable> closing = new AtomicReference<>();
            Thread closer = new Thread(() -> {
                try {
                    server.close();
                } catch (Throwable e) {
                    closing.set(e);
                }
            });
            closer.start();
            assertThat(refusesConnections(port)).as("new connections refused while stopping").isTrue();
            assertThat(closer.isAlive()).as("close() waits for the request in flight").isTrue();

            out.write(body, 10, body.length - 10);
            out.flush();
            String answer = readAnswer(slow.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 200").contains("Changji Esquel");
            closer.join(60_000);
            assertThat(closer.isAlive()).isFalse();
            assertThat(closing.get()).isNull();
        }
        assertThat(log.toString()).contains("Stopping", "Stopped.");
    }

    private static void awaitInFlight(ApiServer server, double atLeast) throws Exception {
        for (int i = 0; i < 600; i++) {
            var samples = OperationsTest.Sample.parse(send(get(server, "/metrics")).body());
            double inFlight = samples.stream().filter(s -> s.name().equals("clearance_http_requests_in_flight")
                    && s.labels().equals(Map.of())).mapToDouble(OperationsTest.Sample::value).findFirst().orElse(0);
            if (inFlight >= atLeast) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the slow request never reached the server");
    }

    /** Polls until a new connection is refused; false if it never is. */
    private static boolean refusesConnections(int port) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            try (Socket s = new Socket("localhost", port)) {
                Thread.sleep(50);
            } catch (ConnectException e) {
                return true;
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        return false;
    }

    /** The whole answer: a stopping server closes the connection after it. */
    private static String readAnswer(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
