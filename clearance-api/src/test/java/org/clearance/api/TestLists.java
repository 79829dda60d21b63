package org.clearance.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clearance.io.InputLimits;
import org.clearance.match.MatchIndex;
import org.clearance.match.links.Linker;
import org.clearance.model.Entity;
import org.clearance.store.Database;
import org.clearance.store.ImportProgress;
import org.clearance.store.ListImporter;
import org.clearance.store.ListStore;
import org.clearance.store.Snapshot;
import org.clearance.store.VersionInfo;

/** The bundled snapshot loaded into a fresh H2 store and indexed, as {@code clearance serve} does on first run. */
public final class TestLists {
    private TestLists() {}

    /** The embedded database of a test home, as the CLI opens it. */
    public static Database database(Path dir) {
        return Database.open("jdbc:h2:file:" + dir.resolve("store").toAbsolutePath(), "sa", "");
    }

    public static LoadedLists load(Database db, Path dir) throws Exception {
        ListStore store = ListStore.of(db);
        Snapshot.load(new ListImporter(store, InputLimits.DEFAULT, ImportProgress.SILENT));
        return indexed(store, dir);
    }

    /** The store's current versions indexed and linked under {@code dir}, as the service answers from them. */
    public static LoadedLists indexed(ListStore store, Path dir) throws Exception {
        List<Entity> all = new ArrayList<>();
        for (VersionInfo v : store.currentVersions()) {
            store.forEachEntity(v.id(), all::add);
        }
        Path index = Files.createDirectories(dir.resolve("index"));
        MatchIndex.build(all, index);
        Linker.linkInto(index);
        return LoadedLists.of(store, MatchIndex.open(index));
    }
}
