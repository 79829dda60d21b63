package org.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.clearance.access.ApiKeys;
import org.clearance.access.Role;
import org.clearance.store.Database;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database that goes away while the service runs: case requests answer 503, not 500. */
class CaseRoutesUnavailableTest {
    @TempDir
    Path dir;

    @Test
    void aLostDatabaseIsA503WithAJsonDetail() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Server h2 = Server.createTcpServer("-tcpPort", String.valueOf(port), "-ifNotExists", "-baseDir",
                dir.toString()).start();
        CountDownLatch never = new CountDownLatch(1);
        // the case routes that read need no lists: the loader stays pending until the test ends
        Database db = Database.open("jdbc:h2:tcp://localhost:" + port + "/cases", "sa", "");
        String key = new ApiKeys(db).create("ana", Role.ANALYST, "cli:setup").key();
        try (ApiServer server = ApiServer.start(0, db, () -> {
                    never.await();
                    throw new IllegalStateException("not loaded in this test");
                }, new PrintWriter(new StringWriter()))) {
            try {
                HttpClient http = HttpClient.newHttpClient();
                HttpRequest queue = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/alerts"))
                        .header("Authorization", "ApiKey " + key).timeout(Duration.ofMinutes(1)).GET().build();
                assertThat(http.send(queue, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
                h2.stop();
                HttpResponse<String> r = http.send(queue, HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
                assertThat(new ObjectMapper().readTree(r.body()).path("detail").asText()).contains("database");
            } finally {
                never.countDown(); // closing the server waits for its loader
            }
        } finally {
            h2.stop();
        }
    }
}
