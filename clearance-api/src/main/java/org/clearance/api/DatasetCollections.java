package org.clearance.api;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.clearance.lists.DatasetCatalog;

/**
 * The names a request may give as {@code {dataset}}: a dataset id of {@code datasets.tsv}, or one of
 * the collections {@code datasets.tsv} puts its datasets in, which stand for several datasets as
 * OpenSanctions' collections do.
 */
final class DatasetCollections {
    /** Every dataset: yente's {@code default} collection is everything the service holds. */
    static final String DEFAULT = "default";

    /** The collections other than {@code default}, as {@code datasets.tsv} gives them (and says why). */
    private static final Map<String, List<String>> COLLECTIONS = DatasetCatalog.collections();

    private DatasetCollections() {}

    /** The datasets a name stands for, or a 404 naming the names that exist. */
    static Set<String> resolve(String name) {
        if (DEFAULT.equals(name) || COLLECTIONS.containsKey(name)) {
            return new LinkedHashSet<>(members(name));
        }
        if (DatasetCatalog.byId(name).isPresent()) {
            return Set.of(name);
        }
        throw new ApiException(404, "unknown dataset '" + name + "'; use a collection (" + String.join(", ", names())
                + ") or a dataset id (" + String.join(", ", all()) + ")");
    }

    /** A dataset id given as a filter: unknown ids are refused rather than matching nothing. */
    static String requireDataset(String parameter, String id) {
        if (DatasetCatalog.byId(id).isEmpty()) {
            throw ApiException.badRequest(parameter + ": unknown dataset '" + id + "'; datasets: " + String.join(", ", all()));
        }
        return id;
    }

    static List<String> names() {
        List<String> names = new java.util.ArrayList<>(List.of(DEFAULT));
        names.addAll(COLLECTIONS.keySet());
        return names;
    }

    /** The dataset ids a collection name stands for, in catalog order. */
    static Collection<String> members(String name) {
        return DEFAULT.equals(name) ? all() : COLLECTIONS.get(name);
    }

    static Set<String> all() {
        return DatasetCatalog.all().stream().map(DatasetCatalog.Dataset::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
