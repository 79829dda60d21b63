package org.clearance.cases;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.clearance.store.Database;

/** A fresh database per test: an H2 file in the test's folder, or a new database on one embedded PostgreSQL. */
final class CaseDatabases implements AutoCloseable {
    private final AtomicInteger created = new AtomicInteger();
    private EmbeddedPostgres pg;

    Database open(String kind, Path dir) throws SQLException, IOException {
        if (kind.equals("h2")) {
            return Database.open("jdbc:h2:file:" + dir.resolve("cases").toAbsolutePath(), "sa", "");
        }
        if (pg == null) {
            pg = EmbeddedPostgres.builder().start();
        }
        String name = "cases" + created.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("CREATE DATABASE " + name);
        }
        return Database.open(pg.getJdbcUrl("postgres", name), "postgres", "postgres");
    }

    @Override
    public void close() throws IOException {
        if (pg != null) {
            pg.close();
        }
    }
}
