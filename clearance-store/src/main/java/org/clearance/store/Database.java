package org.clearance.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The one database behind a home: a pool of connections to H2 (embedded default) or PostgreSQL,
 * with the schema created or migrated by Flyway when it opens. Every store in this module (lists,
 * audit, cases, keys) works through it, so a process holds one pool and one schema version.
 */
public final class Database implements AutoCloseable {
    /**
     * Connections at most. The service answers screening from memory and touches the database only
     * to record parties, alerts and audit entries, in short transactions; list imports hold one
     * connection for their whole run. Ten leaves room for both on a small machine.
     */
    static final int MAX_CONNECTIONS = 10;
    /** How long a caller waits for a free or reachable connection before the store is "unavailable". */
    static final long CONNECTION_TIMEOUT_MS = 5_000;

    /**
     * H2's own SQL states for an H2 server that went away: the connection broke (90067) or the server
     * closed the database while shutting down (90121). H2 does not use the standard class 08 for
     * them, yet they are the same "try again later" condition.
     */
    private static final Set<String> H2_SERVER_GONE = Set.of("90067", "90121");

    private final HikariDataSource pool;
    private final Dialect dialect;
    private final String url;

    private Database(HikariDataSource pool, Dialect dialect, String url) {
        this.pool = pool;
        this.dialect = dialect;
        this.url = url;
    }

    /**
     * Opens the pool and migrates the schema.
     *
     * @throws StoreUnavailableException when the database cannot be reached
     * @throws StoreException            when it is reached but its schema cannot be migrated
     */
    public static Database open(String jdbcUrl, String user, String password) {
        Dialect dialect = Dialect.of(jdbcUrl);
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(dialect.connectUrl(jdbcUrl));
        cfg.setUsername(user);
        cfg.setPassword(password);
        cfg.setAutoCommit(false);
        cfg.setMaximumPoolSize(MAX_CONNECTIONS);
        cfg.setMinimumIdle(1);
        cfg.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        cfg.setPoolName("clearance");
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(cfg);
        } catch (HikariPool.PoolInitializationException e) {
            throw new StoreUnavailableException("cannot reach the database at " + redact(jdbcUrl), e.getCause());
        }
        try {
            Flyway.configure().dataSource(pool).placeholders(Map.of("binary", dialect.binaryType, "text", dialect.textType))
                    .load().migrate();
        } catch (FlywayException e) {
            pool.close();
            throw new StoreException("cannot create or migrate the schema at " + redact(jdbcUrl), e);
        }
        return new Database(pool, dialect, jdbcUrl);
    }

    /** A pooled connection with auto-commit off; the caller commits or rolls back, then closes it. */
    public Connection connection() {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw failure("cannot get a database connection", e);
        }
    }

    /** Work done in one transaction: committed when it returns, rolled back when it throws. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs {@code work} in a transaction of its own, so that what it writes is stored whole or not at all.
     *
     * @param what says what the work does, for the error message
     */
    public <T> T inTransaction(String what, Work<T> work) {
        try (Connection c = connection()) {
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /**
     * Classifies a database error: a lost or refused connection is {@link StoreUnavailableException}
     * (the service answers 503 and the caller may retry), anything else a {@link StoreException}.
     */
    public static StoreException failure(String what, SQLException e) {
        String state = e.getSQLState();
        boolean unreachable = e instanceof SQLTransientConnectionException
                || (state != null && (state.startsWith("08") || H2_SERVER_GONE.contains(state)));
        return unreachable ? new StoreUnavailableException(what, e) : new StoreException(what, e);
    }

    Dialect dialect() {
        return dialect;
    }

    /** The JDBC URL without credentials, for messages. */
    public String describe() {
        return redact(url);
    }

    private static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @Override
    public void close() {
        pool.close();
    }
}
