package org.clearance.web;

import java.util.List;
import org.clearance.dossier.ListVersionUsed;
import org.clearance.lists.DatasetCatalog;
import org.clearance.store.VersionInfo;

/**
 * The list versions an index screens against, as a dossier names them; here, the lowest module that
 * knows both the store and the dossier, so that the web and {@code clearance trace} name them alike.
 */
public final class ListsUsed {
    private ListsUsed() {}

    public static List<ListVersionUsed> of(List<VersionInfo> versions) {
        return versions.stream().map(v -> new ListVersionUsed(v.dataset(), DatasetCatalog.title(v.dataset()),
                (int) v.id(), v.publicationDate(), v.entityCount(), v.contentHash())).toList();
    }
}
