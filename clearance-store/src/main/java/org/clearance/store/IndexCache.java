package org.clearance.store;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.clearance.io.Folders;
import org.clearance.match.MatchIndex;
import org.clearance.match.links.Linker;
import org.clearance.model.Entity;
import org.clearance.model.EntityJson;

/**
 * The screening indexes of sets of list versions, one folder each under a root (a home's
 * {@code index/}), named by {@link #key}: built once from the store, then opened read-only by every
 * command, the service and any other process that shares the root. A list update makes a new key, so
 * the old index stays valid for whoever still has it open. A build writes to a folder of its own and
 * renames it into place when complete, so a reader never sees half an index and two builders of the
 * same key (processes or threads) both succeed, the later using the earlier's.
 */
public final class IndexCache {
    /** The file that marks a folder as a complete index; it names the versions indexed, for people looking. */
    static final String COMPLETE = "complete";

    private final Path root;

    public IndexCache(Path root) {
        this.root = root;
    }

    /**
     * The folder name of the index of these versions: a hash of each version's id and content hash and
     * of {@link MatchIndex#FORMAT_VERSION}, so a change of either builds a new index.
     */
    public static String key(List<VersionInfo> versions) {
        return EntityJson.sha256(MatchIndex.FORMAT_VERSION + ";" + String.join(",",
                versions.stream().map(v -> v.id() + ":" + v.contentHash()).toList())).substring(0, 16);
    }

    /** Opens the index of the store's current list versions, building it first when there is none. */
    public MatchIndex open(ListStore store, PrintWriter progress) throws IOException {
        return open(store, store.currentVersions(), progress);
    }

    /**
     * Opens the index of the given list versions, building it first when there is none.
     *
     * @param progress where a build says that it starts and what it took
     */
    public MatchIndex open(ListStore store, List<VersionInfo> versions, PrintWriter progress) throws IOException {
        return MatchIndex.open(folder(store, versions, progress));
    }

    /**
     * The folder of the index of the given list versions, built first when there is none: for jobs that open it
     * elsewhere (a Spark job ships it to its executors).
     */
    public Path folder(ListStore store, List<VersionInfo> versions, PrintWriter progress) throws IOException {
        String key = key(versions);
        Path dir = root.resolve(key);
        if (!isComplete(dir)) {
            build(store, versions, key, dir, progress);
        }
        return dir;
    }

    private void build(ListStore store, List<VersionInfo> versions, String key, Path dir, PrintWriter progress)
            throws IOException {
        progress.printf("Building the screening index for %d list versions ...%n", versions.size());
        progress.flush();
        long t0 = System.nanoTime();
        Path tmp = Files.createTempDirectory(Files.createDirectories(root), key + ".building-" + ProcessHandle.current().pid() + "-");
        try {
            List<Entity> all = new ArrayList<>();
            for (VersionInfo v : versions) {
                store.forEachEntity(v.id(), all::add);
            }
            MatchIndex.build(all, tmp);
            double indexed = (System.nanoTime() - t0) / 1e9;
            Linker.Outcome linked = Linker.linkInto(tmp);
            Files.writeString(tmp.resolve(COMPLETE), String.join("\n", versions.stream()
                    .map(v -> v.dataset() + " version " + v.id() + " published " + v.publicationDate()).toList()) + "\n");
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (!isComplete(dir)) {
                    throw e;
                } // another builder finished the same index first: theirs is used, this copy removed below
            }
            progress.printf("Indexed %,d entities in %.1f s; linked %,d entries of different lists into %,d parties in %.1f s.%n",
                    all.size(), indexed, linked.groups().groups().values().stream().mapToInt(List::size).sum(),
                    linked.groups().groups().size(), (System.nanoTime() - t0) / 1e9 - indexed);
            progress.flush();
        } finally {
            Folders.delete(tmp);
        }
    }

    private static boolean isComplete(Path dir) {
        return Files.isRegularFile(dir.resolve(COMPLETE));
    }

}
