package org.clearance.cases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.clearance.io.ListInput;
import org.clearance.lists.ListMetadata;
import org.clearance.lists.ofac.OfacLegacyCsvFormat;
import org.clearance.match.FeatureScore;
import org.clearance.match.MatchResult;
import org.clearance.model.Entity;
import org.clearance.model.EntityJson;
import org.clearance.store.Database;
import org.clearance.store.ListStore;

/**
 * Real SDN entries from two published versions (2021-08-18 and the current file): one whose
 * content changed between them and one that did not, stored as two small list versions so that
 * alerts can compare an entry's earlier and later form as the store keeps them.
 */
final class CaseFixtures {
    /** The changed entry as first published, and as published now. */
    final Entity changedBefore;
    final Entity changedAfter;
    /** An entry identical in both versions. */
    final Entity stable;

    private CaseFixtures(Entity changedBefore, Entity changedAfter, Entity stable) {
        this.changedBefore = changedBefore;
        this.changedAfter = changedAfter;
        this.stable = stable;
    }

    static CaseFixtures load() throws Exception {
        Map<String, Entity> before = parse("lists/ofac/history/sdn-2021-08-18.csv.gz");
        Map<String, Entity> after = parse("lists/ofac/sdn.csv");
        Entity changed = null;
        Entity stable = null;
        for (Entity e : before.values()) {
            Entity now = after.get(e.id());
            if (now == null || e.names().isEmpty()) {
                continue;
            }
            boolean same = EntityJson.write(now).equals(EntityJson.write(e));
            if (changed == null && !same) {
                changed = e;
            } else if (stable == null && same) {
                stable = e;
            }
        }
        Objects.requireNonNull(changed, "no entry changed between the two SDN files (" + before.size() + " and "
                + after.size() + " entries)");
        Objects.requireNonNull(stable, "no entry stayed the same between the two SDN files");
        return new CaseFixtures(changed, after.get(changed.id()), stable);
    }

    /** Stores the two versions (each with just the two entries) into the database's list tables. */
    void storeVersions(Database db) throws Exception {
        ListStore store = ListStore.of(db);
        try (store) {
            store.importVersion("us_ofac_sdn", "test", "before", LocalDate.parse("2021-08-18"), "given",
                    sink(List.of(changedBefore, stable)), n -> {}, "test");
            store.importVersion("us_ofac_sdn", "test", "after", LocalDate.parse("2026-01-01"), "given",
                    sink(List.of(changedAfter, stable)), n -> {}, "test");
        }
    }

    /** A screening result as the index gives it for a match: the score is the test's, the entry is real. */
    static MatchResult hit(Entity e, double score) {
        return new MatchResult(e, score, true, List.of(new FeatureScore("name_match", score, "test: " + e.caption())));
    }

    static MatchResult miss(Entity e) {
        return new MatchResult(e, 0.4, false, List.of(new FeatureScore("name_match", 0.4, "below the threshold")));
    }

    private static org.clearance.store.EntitySource sink(List<Entity> entities) {
        return s -> {
            entities.forEach(s);
            return ListMetadata.counted(entities.size());
        };
    }

    private static Map<String, Entity> parse(String relative) throws Exception {
        Path p = Path.of(System.getProperty("clearance.shared"), "data").resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("shared data file missing: " + p);
        }
        Map<String, Entity> out = new LinkedHashMap<>();
        new OfacLegacyCsvFormat().parse(ListInput.of(p), "us_ofac_sdn", e -> out.put(e.id(), e));
        return out;
    }
}
