package org.clearance.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.clearance.io.TsvResource;

/**
 * The datasets Clearance knows by name, with their publishers and official download addresses,
 * read from {@code datasets.tsv} (which cites where each address is published).
 */
public final class DatasetCatalog {
    /**
     * @param url         the official download address, or null when the dataset comes from files only
     * @param collections the names of the collections the dataset belongs to besides {@code default}
     */
    public record Dataset(String id, String title, String publisher, String url, Set<String> collections) {
        public Dataset {
            collections = Set.copyOf(collections);
        }
    }

    private static final Map<String, Dataset> DATASETS = load();

    private DatasetCatalog() {}

    public static List<Dataset> all() {
        return List.copyOf(DATASETS.values());
    }

    public static Optional<Dataset> byId(String id) {
        return Optional.ofNullable(DATASETS.get(id));
    }

    /** Each collection's name (sorted) with the ids of its datasets in catalog order. */
    public static Map<String, List<String>> collections() {
        Map<String, List<String>> out = new TreeMap<>();
        for (Dataset d : DATASETS.values()) {
            d.collections().forEach(c -> out.computeIfAbsent(c, k -> new ArrayList<>()).add(d.id()));
        }
        out.replaceAll((c, ids) -> List.copyOf(ids));
        return Collections.unmodifiableMap(out);
    }

    /** The title to show for a dataset id, the id itself for datasets outside the catalog. */
    public static String title(String id) {
        return byId(id).map(Dataset::title).orElse(id);
    }

    private static Map<String, Dataset> load() {
        Map<String, Dataset> out = new LinkedHashMap<>();
        for (String[] f : TsvResource.rows(DatasetCatalog.class, "datasets.tsv")) {
            Set<String> collections = f[4].isBlank() ? Set.of() : Set.of(f[4].split(","));
            out.put(f[0], new Dataset(f[0], f[1], f[2], f[3].isBlank() ? null : f[3], collections));
        }
        return out;
    }
}
