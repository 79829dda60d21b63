package org.clearance.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.clearance.io.InputLimits;
import org.clearance.match.MatchIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index cache: one folder per set of versions, built once, safe when several build the same index at once. */
class IndexCacheTest {
    @TempDir
    Path dir;
    private ListStore store;

    @BeforeEach
    void load() throws Exception {
        store = StoreFixtures.h2(dir);
        new ListImporter(store, InputLimits.DEFAULT, ImportProgress.SILENT).importFiles(
                List.of(StoreFixtures.shared("lists/ofac/consolidated/consolidated.xml")), null, LocalDate.parse("2025-03-28"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theKeyFollowsTheVersionsContentAndTheIndexFormat() {
        VersionInfo v = store.currentVersions().get(0);
        String key = IndexCache.key(List.of(v));
        assertThat(key).hasSize(16).isEqualTo(IndexCache.key(store.currentVersions()));
        VersionInfo changed = new VersionInfo(v.id(), v.dataset(), v.format(), v.publicationDate(), v.dateSource(),
                v.contentHash() + "0", v.importedAt(), v.sourceFiles(), v.entityCount(), v.nameCount());
        assertThat(IndexCache.key(List.of(changed))).isNotEqualTo(key);
        assertThat(IndexCache.key(List.of())).isNotEqualTo(key);
    }

    @Test
    void anIndexIsBuiltOnceThenOpenedAsItIs() throws Exception {
        IndexCache cache = new IndexCache(dir.resolve("index"));
        StringWriter first = new StringWriter();
        try (MatchIndex index = cache.open(store, new PrintWriter(first))) {
            assertThat(index.size()).isEqualTo(store.currentVersions().get(0).entityCount());
        }
        assertThat(first.toString()).contains("Building the screening index for 1 list versions").contains("Indexed ");
        Path built = dir.resolve("index").resolve(IndexCache.key(store.currentVersions()));
        assertThat(Files.readString(built.resolve(IndexCache.COMPLETE))).startsWith("us_ofac_cons version ");
        StringWriter second = new StringWriter();
        try (MatchIndex index = cache.open(store, new PrintWriter(second))) {
            assertThat(index.size()).isPositive();
        }
        assertThat(second.toString()).isEmpty();
        assertThat(folders()).containsExactly(built.getFileName().toString());
    }

    @Test
    void buildersOfTheSameIndexAtOnceAllOpenItAndLeaveOneFolder() throws Exception {
        int builders = 4;
        ExecutorService pool = Executors.newFixedThreadPool(builders);
        try {
            List<Future<Integer>> sizes = new ArrayList<>();
            for (int i = 0; i < builders; i++) {
                // each its own cache over the same root, as separate processes would be
                Callable<Integer> open = () -> {
                    try (MatchIndex index = new IndexCache(dir.resolve("index")).open(store, new PrintWriter(new StringWriter()))) {
                        return index.size();
                    }
                };
                sizes.add(pool.submit(open));
            }
            for (Future<Integer> s : sizes) {
                assertThat(s.get()).isEqualTo(store.currentVersions().get(0).entityCount());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(folders()).containsExactly(IndexCache.key(store.currentVersions()));
    }

    private List<String> folders() throws Exception {
        try (Stream<Path> s = Files.list(dir.resolve("index"))) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }
}
