package org.clearance.web;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.clearance.access.Role;
import org.clearance.access.Users;
import org.clearance.api.ApiServer;
import org.clearance.api.TestLists;
import org.clearance.store.Database;

/**
 * One real service with the web application for all the web tests of a run, on a random port,
 * over the bundled lists in a temporary H2 home (loading and indexing them once is most of a
 * test run's time). Each test makes its own users, so tests do not see each other's people.
 */
final class WebFixture {
    /** The password every test user gets: long enough for {@link Users#MIN_PASSWORD}. */
    static final String PASSWORD = "a long test passphrase";

    private static WebFixture shared;
    private static final AtomicInteger USERS = new AtomicInteger();

    private final Path home;
    private final Database db;
    private final ApiServer server;
    private final StringWriter log = new StringWriter();

    private WebFixture() throws Exception {
        home = Files.createTempDirectory("clearance-web-test");
        db = TestLists.database(home);
        Database dbForLists = db;
        server = ApiServer.start(0, db, () -> TestLists.load(dbForLists, home), new PrintWriter(log, true),
                List.of(new WebApp()));
        waitUntilReady();
    }

    static synchronized WebFixture get() throws Exception {
        if (shared == null) {
            shared = new WebFixture();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    shared.server.close();
                } catch (Exception e) {
                    // the JVM is ending; nothing to keep
                }
            }));
        }
        return shared;
    }

    String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    Database database() {
        return db;
    }

    String log() {
        return log.toString();
    }

    /** A new user with this role, named after {@code prefix} and unique in the run. */
    String user(String prefix, Role role) {
        String name = prefix + USERS.incrementAndGet();
        new Users(db).create(name, role, PASSWORD.toCharArray(), "cli:test");
        return name;
    }

    private void waitUntilReady() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/readyz"))).build();
        for (int i = 0; i < 3000; i++) {
            if (client.send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the service did not become ready in 300 s: " + log);
    }
}
