package org.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.clearance.access.ApiKeys;
import org.clearance.access.Role;
import org.clearance.io.InputLimits;
import org.clearance.store.Database;
import org.clearance.store.ImportProgress;
import org.clearance.store.ListImporter;
import org.clearance.store.ListStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, item 6, scaled down: 40 connections from one client, each declaring a 100 kB body and sending it at
 * 5 bytes a second, against a service of 24 threads (enough for them to take every one) and 3 body readers per
 * client. The service keeps answering others; the client's extra connections are refused at once with 429, and
 * those admitted are cut off for sending too slowly (408).
 */
class SlowUploadsTest {
    private static final int SLOW = 40;
    private static final ConnectionLimits LOWERED = new ConnectionLimits(24, 3, ConnectionLimits.DEFAULT.minBodyBytesPerSecond());

    @TempDir
    Path home;

    @Test
    void slowUploadsFromOneClientLeaveTheServiceAnsweringOthers() throws Exception {
        Database db = TestLists.database(home);
        String key = new ApiKeys(db).create("tester", Role.SCREEN, "cli:setup").key();
        try (ApiServer server = ApiServer.start(0, db, () -> {
            ListStore store = ListStore.of(db);
            new ListImporter(store, InputLimits.DEFAULT, ImportProgress.SILENT).importFiles(
                    List.of(Path.of(System.getProperty("clearance.shared"), "data", "lists", "un", "consolidated.xml")), null, null);
            return TestLists.indexed(store, home);
        }, new PrintWriter(new StringWriter(), true), ListReloader.CHECK_EVERY, List.of(), LOWERED)) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            for (int i = 0; i < 600 && get(http, server, "/readyz") != 200; i++) {
                Thread.sleep(500);
            }

            InetAddress slowClient = InetAddress.getByName("127.0.0.2"); // the test's own requests come from 127.0.0.1
            List<Socket> slow = new ArrayList<>();
            for (int i = 0; i < SLOW; i++) {
                Socket s = new Socket(InetAddress.getByName("127.0.0.1"), server.port(), slowClient, 0);
                s.setSoTimeout(30_000);
                s.getOutputStream().write(("POST /match/default HTTP/1.1\r\nHost: x\r\nAuthorization: ApiKey " + key
                        + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{").getBytes(StandardCharsets.UTF_8));
                slow.add(s);
            }
            Thread trickle = new Thread(() -> {
                for (int second = 0; second < 60 && !Thread.currentThread().isInterrupted(); second++) {
                    for (int beat = 0; beat < 5; beat++) {
                        for (Socket s : slow) {
                            try {
                                s.getOutputStream().write(' ');
                            } catch (IOException closed) {
                                // answered and closed by the service
                            }
                        }
                        try {
                            Thread.sleep(200);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
            });
            trickle.setDaemon(true);
            trickle.start();
            try {
                Thread.sleep(1_000);
                // others are answered meanwhile, within the client's own 10 s
                assertThat(get(http, server, "/healthz")).isEqualTo(200);
                HttpResponse<String> match = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port()
                        + "/match/default")).timeout(Duration.ofSeconds(10)).header("Authorization", "ApiKey " + key)
                        .POST(HttpRequest.BodyPublishers.ofString("""
                                {"queries": {"q": {"schema": "Person", "properties": {"name": ["Abdul Haq Wasiq"]}}}}"""))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(match.statusCode()).as(match.body()).isEqualTo(200);
                assertThat(match.body()).contains("\"match\":true");

                int refused = 0;
                int cutOff = 0;
                List<String> answers = new ArrayList<>();
                for (Socket s : slow) {
                    String status;
                    try {
                        status = new String(s.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
                    } catch (java.net.SocketTimeoutException e) {
                        status = "no answer in 30 s";
                    }
                    answers.add(status);
                    if (status.equals("HTTP/1.1 429")) {
                        refused++;
                    } else if (status.equals("HTTP/1.1 408")) {
                        cutOff++;
                    }
                }
                // every slow connection is answered, none left hanging: at once with 429 while the client's readers are
                // taken, or with 408 once admitted; a connection the service reaches after an admitted one was cut off
                // is admitted in its place, so how many of each depends on timing, but most are refused at once
                assertThat(refused + cutOff).as("answered 429 or 408: %s", answers).isEqualTo(SLOW);
                assertThat(cutOff).as("admitted, then cut off for sending too slowly: %s", answers)
                        .isGreaterThanOrEqualTo(LOWERED.bodyReadersPerClient());
                assertThat(refused).as("refused before their bodies were read").isGreaterThanOrEqualTo(SLOW / 2);
            } finally {
                trickle.interrupt();
                for (Socket s : slow) {
                    s.close();
                }
            }
        }
    }

    private static int get(HttpClient http, ApiServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
