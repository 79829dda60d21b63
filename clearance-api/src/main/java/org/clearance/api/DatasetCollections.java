package org.clearance.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.clearance.lists.DatasetCatalog;

/**
 * The names a request may give as {@code {dataset}}: a dataset id of {@code datasets.tsv}, or one of
 * the collections below, which stand for several datasets as OpenSanctions' collections do.
 */
final class DatasetCollections {
    /** Every dataset: yente's {@code default} collection is everything the service holds. */
    static final String DEFAULT = "default";

    /**
     * The collections other than {@code default}, one table. {@code sanctions}: the lists of
     * governments' and the UN's financial sanctions programmes; trade.gov's CSL and the BIS Denied
     * Persons List are export controls and stay out, as OpenSanctions keeps them out of its
     * {@code sanctions} collection. {@code uflpa}: DHS's UFLPA Entity List, a forced-labour import
     * ban rather than a sanction, screened on its own by supply-chain teams.
     */
    static final Map<String, Set<String>> COLLECTIONS = Map.of(
            "sanctions", Set.of("us_ofac_sdn", "us_ofac_cons", "un_sc_sanctions", "eu_fsf", "gb_sanctions", "ca_sema"),
            "uflpa", Set.of("us_dhs_uflpa"));

    private DatasetCollections() {}

    /** The datasets a name stands for, or a 404 naming the names that exist. */
    static Set<String> resolve(String name) {
        if (DEFAULT.equals(name)) {
            return all();
        }
        if (COLLECTIONS.containsKey(name)) {
            return COLLECTIONS.get(name);
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
        names.addAll(COLLECTIONS.keySet().stream().sorted().toList());
        return names;
    }

    static Set<String> all() {
        return DatasetCatalog.all().stream().map(DatasetCatalog.Dataset::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
