package org.clearance.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.clearance.audit.AuditDetail;
import org.clearance.audit.AuditLog;
import org.clearance.io.ListParseException;
import org.clearance.lists.ListMetadata;
import org.clearance.model.Entity;
import org.clearance.model.EntityJson;
import org.clearance.model.EntityLimits;

/**
 * Dated versions of every dataset, in H2 (the embedded default) or PostgreSQL.
 *
 * <p>An import runs in one transaction: the new version becomes visible at commit or not at all,
 * so a failed, refused or killed import leaves the previous version in use. The current version
 * of a dataset is its latest by publication date, so importing a historic file adds history
 * without displacing today's list.
 */
public final class ListStore implements AutoCloseable {
    /** Rows per JDBC batch: large enough to amortise round trips, small enough to keep memory flat. */
    private static final int BATCH = 500;
    /** How often an import reports progress, in entities. */
    private static final int PROGRESS_EVERY = 1000;

    private static final String VERSION_COLUMNS = "id, dataset, format, publication_date, date_source, content_hash, "
            + "imported_at, source_files, entity_count, name_count";

    private final Connection db;
    private final Dialect dialect;
    /** The database this store opened itself and closes with it; null when the caller owns it. */
    private final Database owned;
    /** The database the store's connection comes from, for the other tables of its home (link decisions). */
    private final Database database;

    private ListStore(Connection db, Dialect dialect, Database owned, Database database) {
        this.db = db;
        this.dialect = dialect;
        this.owned = owned;
        this.database = database;
    }

    /**
     * The list store of an open database. It keeps one connection for its life: an import is one
     * long transaction, and the queries here are few and sequential.
     */
    public static ListStore of(Database database) {
        return new ListStore(database.connection(), database.dialect(), null, database);
    }

    /** Opens (and creates or migrates) a database at a JDBC URL for this store alone. */
    public static ListStore open(String jdbcUrl, String user, String password) {
        return owning(Database.open(jdbcUrl, user, password));
    }

    /** The list store of an open database that it closes when it is closed itself. */
    public static ListStore owning(Database database) {
        try {
            return new ListStore(database.connection(), database.dialect(), database, database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** The database the store reads and writes. */
    public Database database() {
        return database;
    }

    /**
     * Stores one version of a dataset from a parse. Nothing is written when the parse fails or when
     * an identical version (same entities, same content) is already stored.
     *
     * @param fallbackDate       publication date to use when the file carries none
     * @param fallbackDateSource where that date comes from ({@code given} or {@code file-modified})
     * @param progress           told the number of entities read so far, now and then
     * @param actor              who imports, for the audit log entry written with a new version
     */
    public ImportResult importVersion(String dataset, String format, String sourceFiles, LocalDate fallbackDate,
            String fallbackDateSource, EntitySource source, LongConsumer progress, String actor)
            throws IOException, ListParseException {
        return importVersion(dataset, format, sourceFiles, fallbackDate, fallbackDateSource, source, progress, actor, 0);
    }

    /**
     * As {@link #importVersion(String, String, String, LocalDate, String, EntitySource, LongConsumer, String)},
     * refusing a file with fewer than {@code minEntities} entries as a partial list.
     */
    public ImportResult importVersion(String dataset, String format, String sourceFiles, LocalDate fallbackDate,
            String fallbackDateSource, EntitySource source, LongConsumer progress, String actor, int minEntities)
            throws IOException, ListParseException {
        try {
            return importInTransaction(dataset, format, sourceFiles, fallbackDate, fallbackDateSource, source, progress, actor,
                    minEntities);
        } catch (SQLException e) {
            rollback();
            throw new StoreException("import of " + sourceFiles + " into " + dataset + " failed", e);
        } catch (IOException | ListParseException | RuntimeException e) {
            rollback();
            throw e;
        }
    }

    private ImportResult importInTransaction(String dataset, String format, String sourceFiles, LocalDate fallbackDate,
            String fallbackDateSource, EntitySource source, LongConsumer progress, String actor, int minEntities)
            throws SQLException, IOException, ListParseException {
        long versionId;
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO list_version (dataset, format, publication_date, "
                + "date_source, content_hash, imported_at, source_files, entity_count, name_count) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0)", new String[] {"id"})) {
            ps.setString(1, dataset);
            ps.setString(2, format);
            ps.setDate(3, Date.valueOf(fallbackDate));
            ps.setString(4, fallbackDateSource);
            ps.setString(5, "pending-" + System.nanoTime()); // replaced below, unique meanwhile
            ps.setTimestamp(6, Timestamp.from(Instant.now()));
            ps.setString(7, sourceFiles);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                versionId = keys.getLong(1);
            }
        }
        Writer writer = new Writer(versionId, progress);
        ListMetadata meta;
        try (writer) {
            meta = source.writeTo(writer);
            writer.flush();
        } catch (UncheckedSql e) {
            throw e.getCause();
        } catch (DuplicateEntity e) {
            throw ListParseException.atFile(sourceFiles, "the entry id " + e.getMessage() + " occurs twice; ids must be unique");
        } catch (OversizedEntity e) {
            throw ListParseException.atFile(sourceFiles, e.getMessage() + "; nothing was imported");
        }
        if (meta.declaredCount() >= 0 && meta.declaredCount() != meta.entityCount()) {
            throw ListParseException.atFile(sourceFiles, String.format("the file declares %,d entries but holds %,d; "
                    + "refused as incomplete or corrupt", meta.declaredCount(), meta.entityCount()));
        }
        if (writer.entities < minEntities) {
            throw ListParseException.atFile(sourceFiles, String.format("the file holds %,d entries where at least %,d were "
                    + "expected; refused as a partial list", writer.entities, minEntities));
        }
        String contentHash = writer.contentHash();
        Optional<VersionInfo> same = versionByHash(dataset, contentHash);
        if (same.isPresent()) {
            db.rollback();
            return new ImportResult(same.get(), false);
        }
        try (PreparedStatement ps = db.prepareStatement("UPDATE list_version SET content_hash = ?, entity_count = ?, "
                + "name_count = ?, publication_date = ?, date_source = ? WHERE id = ?")) {
            ps.setString(1, contentHash);
            ps.setInt(2, writer.entities);
            ps.setInt(3, writer.names);
            boolean fromFile = meta.publicationDate() != null;
            ps.setDate(4, Date.valueOf(fromFile ? meta.publicationDate() : fallbackDate));
            ps.setString(5, fromFile ? "file" : fallbackDateSource);
            ps.setLong(6, versionId);
            ps.executeUpdate();
        }
        VersionInfo stored = version(versionId).orElseThrow();
        AuditLog.append(db, actor, "list.import", dataset + "@" + versionId, AuditDetail.object()
                .put("dataset", dataset).put("version", versionId).put("format", format)
                .put("publication_date", stored.publicationDate().toString()).put("date_source", stored.dateSource())
                .put("content_hash", contentHash).put("entities", stored.entityCount()).put("source_files", sourceFiles));
        List<VersionInfo> newestFirst = versions(dataset);
        if (newestFirst.get(0).id() == versionId) { // current now: the stored parties are owed a screening of its change
            PendingMonitoring.record(db, versionId, newestFirst.size() > 1 ? newestFirst.get(1).id() : null,
                    PendingMonitoring.Cause.IMPORT, null);
        }
        db.commit();
        return new ImportResult(stored, true);
    }

    /** Writes entities as they stream in, in batches, inside the import's transaction. */
    private final class Writer implements Consumer<Entity>, AutoCloseable {
        private final long versionId;
        private final LongConsumer progress;
        private final PreparedStatement blobs;
        private final PreparedStatement members;
        private final Set<String> ids = new HashSet<>();
        private final List<String> idHashes = new ArrayList<>();
        private int pending;
        int entities;
        int names;

        Writer(long versionId, LongConsumer progress) throws SQLException {
            this.versionId = versionId;
            this.progress = progress;
            this.blobs = db.prepareStatement(dialect.insertBlobIfAbsent);
            this.members = db.prepareStatement(
                    "INSERT INTO version_entity (version_id, entity_id, hash, caption, schema_name) VALUES (?, ?, ?, ?, ?)");
        }

        @Override
        public void accept(Entity e) {
            if (!ids.add(e.id())) {
                throw new DuplicateEntity(e.id());
            }
            byte[] json = EntityJson.writeBytes(e);
            String tooLarge = EntityLimits.problem(e, json);
            if (tooLarge != null) {
                throw new OversizedEntity("entry " + e.id() + ": " + tooLarge);
            }
            String hash = EntityJson.sha256(json);
            idHashes.add(e.id() + ":" + hash);
            try {
                blobs.setString(1, hash);
                blobs.setBytes(2, json);
                blobs.addBatch();
                members.setLong(1, versionId);
                members.setString(2, e.id());
                members.setString(3, hash);
                members.setString(4, truncate(e.caption(), 1000));
                members.setString(5, e.schema().ftmName());
                members.addBatch();
                if (++pending >= BATCH) {
                    flush();
                }
            } catch (SQLException ex) {
                throw new UncheckedSql(ex);
            }
            entities++;
            names += e.names().size();
            if (entities % PROGRESS_EVERY == 0) {
                progress.accept(entities);
            }
        }

        void flush() throws UncheckedSql {
            if (pending == 0) {
                return;
            }
            try {
                blobs.executeBatch();
                members.executeBatch();
            } catch (SQLException ex) {
                throw new UncheckedSql(ex);
            }
            pending = 0;
        }

        /** A hash of the version's whole content: its entity ids with their contents, in id order. */
        String contentHash() {
            Collections.sort(idHashes);
            return EntityJson.sha256(String.join("\n", idHashes));
        }

        @Override
        public void close() throws SQLException {
            blobs.close();
            members.close();
        }
    }

    /** Carries an SQLException through a Consumer, which may throw only unchecked exceptions. */
    private static final class UncheckedSql extends RuntimeException {
        UncheckedSql(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    private static final class DuplicateEntity extends RuntimeException {
        DuplicateEntity(String id) {
            super(id);
        }
    }

    /** An entry past {@link EntityLimits}: stored, it would be unreadable or too dear to read. */
    private static final class OversizedEntity extends RuntimeException {
        OversizedEntity(String problem) {
            super(problem);
        }
    }

    /**
     * Withdraws a version imported by mistake (a wrong file, or one that a reader cannot cope with): its
     * membership rows and the version itself are deleted, so the dataset's version before it, by publication
     * date, is current again; the entries' content stays stored for the alerts that refer to it. The audit
     * entry, written in the same transaction, keeps what the version was. When the version was current, the
     * one made current again is owed a monitoring run ({@link PendingMonitoring}), recorded in that transaction.
     *
     * @return the withdrawn version, or empty when no version of the dataset has that id
     */
    public Optional<VersionInfo> withdraw(String dataset, long versionId, String actor, String reason) {
        Optional<VersionInfo> found = version(versionId).filter(v -> v.dataset().equals(dataset));
        if (found.isEmpty()) {
            return found;
        }
        VersionInfo v = found.get();
        List<VersionInfo> newestFirst = versions(dataset);
        VersionInfo currentAgain = newestFirst.get(0).id() == versionId && newestFirst.size() > 1 ? newestFirst.get(1) : null;
        try {
            try (PreparedStatement ps = db.prepareStatement("DELETE FROM version_entity WHERE version_id = ?")) {
                ps.setLong(1, versionId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = db.prepareStatement("DELETE FROM list_version WHERE id = ?")) {
                ps.setLong(1, versionId);
                ps.executeUpdate();
            }
            AuditLog.append(db, actor, "list.withdraw", dataset + "@" + versionId, AuditDetail.object()
                    .put("dataset", dataset).put("version", versionId).put("format", v.format())
                    .put("publication_date", v.publicationDate().toString()).put("content_hash", v.contentHash())
                    .put("entities", v.entityCount()).put("source_files", v.sourceFiles()).put("reason", reason));
            if (currentAgain != null) {
                PendingMonitoring.record(db, currentAgain.id(), null, PendingMonitoring.Cause.WITHDRAWAL, versionId);
            }
            db.commit();
            return found;
        } catch (SQLException e) {
            rollback();
            throw new StoreException("cannot withdraw version " + versionId + " of " + dataset, e);
        }
    }

    /** Whether a committed version still owes its monitoring run ({@link PendingMonitoring}). */
    public boolean monitoringOwed() {
        try (PreparedStatement ps = db.prepareStatement("SELECT 1 FROM monitor_pending FETCH FIRST 1 ROWS ONLY");
                ResultSet rs = ps.executeQuery()) {
            return rs.next();
        } catch (SQLException e) {
            throw new StoreException("cannot read the monitoring runs owed", e);
        }
    }

    /** The current version of every dataset, by dataset id. */
    public List<VersionInfo> currentVersions() {
        return versionsAsOf(LAST_DAY);
    }

    /** Later than any publication date, so that "as of" it means "current". */
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    /**
     * The versions in force on a day: of every dataset, the one published last on or before it.
     * Datasets first published after the day are absent: nothing of theirs was listed yet.
     */
    public List<VersionInfo> versionsAsOf(LocalDate day) {
        return query("SELECT " + VERSION_COLUMNS + " FROM list_version v WHERE v.id = (SELECT w.id FROM list_version w "
                + "WHERE w.dataset = v.dataset AND w.publication_date <= ? "
                + "ORDER BY w.publication_date DESC, w.id DESC FETCH FIRST 1 ROWS ONLY) ORDER BY v.dataset", Date.valueOf(day));
    }

    /** All versions of a dataset, newest first. */
    public List<VersionInfo> versions(String dataset) {
        return query("SELECT " + VERSION_COLUMNS + " FROM list_version WHERE dataset = ? "
                + "ORDER BY publication_date DESC, id DESC", dataset);
    }

    public Optional<VersionInfo> version(long id) {
        return query("SELECT " + VERSION_COLUMNS + " FROM list_version WHERE id = ?", id).stream().findFirst();
    }

    private Optional<VersionInfo> versionByHash(String dataset, String hash) {
        return query("SELECT " + VERSION_COLUMNS + " FROM list_version WHERE dataset = ? AND content_hash = ?", dataset, hash)
                .stream().findFirst();
    }

    /** An entity by id from the newest version that holds it. */
    public Optional<StoredEntity> entity(String entityId) {
        try (PreparedStatement ps = db.prepareStatement("SELECT b.body, v.version_id FROM version_entity v "
                + "JOIN entity_blob b ON b.hash = v.hash JOIN list_version l ON l.id = v.version_id "
                + "WHERE v.entity_id = ? ORDER BY l.publication_date DESC, l.id DESC FETCH FIRST 1 ROWS ONLY")) {
            ps.setString(1, entityId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Entity e = EntityJson.read(rs.getBytes(1));
                VersionInfo v = version(rs.getLong(2)).orElseThrow();
                boolean current = versions(v.dataset()).get(0).id() == v.id();
                return Optional.of(new StoredEntity(e, v, current));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read entity " + entityId, e);
        }
    }

    /**
     * When an entry was listed, over the stored versions of its dataset; empty when no version holds it.
     * Synchronized: the service calls it from request threads, and the store has one connection.
     */
    public synchronized Optional<ListingHistory> history(String entityId) {
        Set<Long> holding = new HashSet<>();
        String dataset = null;
        try (PreparedStatement ps = db.prepareStatement("SELECT v.version_id, l.dataset FROM version_entity v "
                + "JOIN list_version l ON l.id = v.version_id WHERE v.entity_id = ?")) {
            ps.setString(1, entityId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    holding.add(rs.getLong(1));
                    dataset = rs.getString(2);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the history of entity " + entityId, e);
        }
        if (dataset == null) {
            return Optional.empty();
        }
        List<VersionInfo> oldestFirst = new ArrayList<>(versions(dataset));
        Collections.reverse(oldestFirst);
        return Optional.of(ListingHistory.of(entityId, dataset, oldestFirst, holding));
    }

    /** Streams the entities of one version in id order. */
    public void forEachEntity(long versionId, Consumer<Entity> sink) {
        try (PreparedStatement ps = db.prepareStatement("SELECT b.body FROM version_entity v JOIN entity_blob b "
                + "ON b.hash = v.hash WHERE v.version_id = ? ORDER BY v.entity_id")) {
            ps.setFetchSize(BATCH);
            ps.setLong(1, versionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(EntityJson.read(rs.getBytes(1)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read version " + versionId, e);
        }
    }

    /** What changed between two versions of the same dataset. */
    public ListDiff diff(VersionInfo from, VersionInfo to) {
        if (!from.dataset().equals(to.dataset())) {
            throw new IllegalArgumentException("versions of different datasets: " + from.dataset() + ", " + to.dataset());
        }
        String onlyIn = "SELECT a.entity_id, a.caption FROM version_entity a WHERE a.version_id = ? AND NOT EXISTS "
                + "(SELECT 1 FROM version_entity b WHERE b.version_id = ? AND b.entity_id = a.entity_id) ORDER BY a.entity_id";
        try {
            List<ListDiff.Entry> added = entries(onlyIn, to.id(), from.id());
            List<ListDiff.Entry> removed = entries(onlyIn, from.id(), to.id());
            List<ListDiff.Changed> changed = new ArrayList<>();
            try (PreparedStatement ps = db.prepareStatement("SELECT n.entity_id, n.caption, ob.body, nb.body "
                    + "FROM version_entity n JOIN version_entity o ON o.entity_id = n.entity_id AND o.version_id = ? "
                    + "JOIN entity_blob ob ON ob.hash = o.hash JOIN entity_blob nb ON nb.hash = n.hash "
                    + "WHERE n.version_id = ? AND o.hash <> n.hash ORDER BY n.entity_id")) {
                ps.setLong(1, from.id());
                ps.setLong(2, to.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        changed.add(new ListDiff.Changed(rs.getString(1), rs.getString(2),
                                changedFields(EntityJson.tree(rs.getBytes(3)), EntityJson.tree(rs.getBytes(4)))));
                    }
                }
            }
            return new ListDiff(from, to, added, removed, changed);
        } catch (SQLException e) {
            throw new StoreException("cannot diff versions " + from.id() + " and " + to.id(), e);
        }
    }

    private static List<String> changedFields(JsonNode a, JsonNode b) {
        List<String> fields = new ArrayList<>();
        for (Iterator<String> it = b.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!b.get(f).equals(a.get(f))) {
                fields.add(f);
            }
        }
        return fields;
    }

    private List<ListDiff.Entry> entries(String sql, long a, long b) throws SQLException {
        List<ListDiff.Entry> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setLong(1, a);
            ps.setLong(2, b);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ListDiff.Entry(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return out;
    }

    private List<VersionInfo> query(String sql, Object... args) {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<VersionInfo> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new VersionInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                            rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8),
                            rs.getInt(9), rs.getInt(10)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("query failed", e);
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private void rollback() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; the database discards the open transaction itself
        }
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the store", e);
        } finally {
            if (owned != null) {
                owned.close();
            }
        }
    }
}
