package org.clearance.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clearance.match.MatchIndex;
import org.clearance.model.Entity;
import org.clearance.store.ListStore;
import org.clearance.store.VersionInfo;

/**
 * The lists the service answers from: the store, the screening index of its current versions, and
 * what requests look up by key. Built once when loading ends; immutable after, so handlers share it.
 *
 * @param versions  the current list version of each dataset
 * @param published each dataset's current publication date, for {@code changed_since}
 * @param byId      the current entities by id, for {@code /entities/{id}}
 */
public record LoadedLists(ListStore store, MatchIndex index, List<VersionInfo> versions,
        Map<String, LocalDate> published, Map<String, Entity> byId) implements AutoCloseable {

    /** What opens the store and the index: the CLI passes its home's, tests their own. */
    @FunctionalInterface
    public interface Loader {
        LoadedLists load() throws Exception;
    }

    public static LoadedLists of(ListStore store, MatchIndex index) {
        List<VersionInfo> versions = store.currentVersions();
        Map<String, LocalDate> published = versions.stream()
                .collect(Collectors.toUnmodifiableMap(VersionInfo::dataset, VersionInfo::publicationDate));
        Map<String, Entity> byId = index.entities().stream()
                .collect(Collectors.toUnmodifiableMap(Entity::id, Function.identity(), (a, b) -> a));
        return new LoadedLists(store, index, List.copyOf(versions), published, byId);
    }

    @Override
    public void close() throws Exception {
        try (store) {
            index.close();
        }
    }
}
