package org.clearance.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clearance.access.Role;
import org.clearance.api.ApiException;
import org.clearance.api.Service;
import org.clearance.lists.DatasetCatalog;
import org.clearance.store.ListStore;
import org.clearance.store.ListingHistory;
import org.clearance.store.StoredEntity;
import org.clearance.store.VersionInfo;

/**
 * The lists pages: every dataset and how fresh it is ({@code /lists}), one dataset's stored versions
 * ({@code /lists/{dataset}}), what changed between two of them ({@code /lists/{dataset}/diff}), and one
 * entry as listed with its listing history ({@code /lists/entities/{id}}, which other pages link to
 * through {@link Links#entity}). They read the store, not the loaded index, so they answer while the
 * lists load and show versions imported since.
 */
final class ListsPages {
    private static final DateTimeFormatter IMPORTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Service service;
    private final Guard guard;
    private final View view;

    /** A dataset of the overview: its current version's age, or null when none is stored. */
    record DatasetRow(String id, String title, String href, String publisher, String url,
            ListFreshness.Age age, String entities, int versions) {}

    /** A stored version as the dataset page lists it, with a link to its changes from the one before. */
    record VersionRow(VersionInfo v, String imported, String entities, String names, String changesHref, boolean current) {}

    ListsPages(Service service, Guard guard, View view) {
        this.service = service;
        this.guard = guard;
        this.view = view;
    }

    void register(Javalin app) {
        app.get("/lists", guard.page(Role.SCREEN, (ctx, v) -> view.page(ctx, 200, "lists", v, "lists", overview())));
        // before /lists/{dataset}/diff, whose pattern /lists/entities/diff would also fit
        app.get("/lists/entities/{id}", guard.page(Role.SCREEN, (ctx, v) ->
                view.page(ctx, 200, "entity", v, "lists", entity(ctx.pathParam("id")))));
        app.get("/lists/{dataset}", guard.page(Role.SCREEN, (ctx, v) ->
                view.page(ctx, 200, "list-versions", v, "lists", versions(ctx.pathParam("dataset")))));
        app.get("/lists/{dataset}/diff", guard.page(Role.SCREEN, (ctx, v) ->
                view.page(ctx, 200, "list-diff", v, "lists", diff(ctx))));
    }

    private Map<String, Object> overview() {
        try (ListStore store = ListStore.of(service.database())) {
            Map<String, VersionInfo> current = new LinkedHashMap<>();
            store.currentVersions().forEach(x -> current.put(x.dataset(), x));
            // the catalog's datasets first, in its order, then any imported under another name
            List<String> ids = new ArrayList<>(DatasetCatalog.all().stream().map(DatasetCatalog.Dataset::id).toList());
            current.keySet().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            List<DatasetRow> rows = new ArrayList<>();
            for (String id : ids) {
                VersionInfo v = current.get(id);
                Optional<DatasetCatalog.Dataset> known = DatasetCatalog.byId(id);
                rows.add(new DatasetRow(id, DatasetCatalog.title(id), Links.dataset(id),
                        known.map(DatasetCatalog.Dataset::publisher).orElse(null), known.map(DatasetCatalog.Dataset::url).orElse(null),
                        v == null ? null : ListFreshness.of(List.of(v), today).get(0), v == null ? null : count(v.entityCount()),
                        v == null ? 0 : store.versions(id).size()));
            }
            return Map.of("datasets", rows, "staleDays", ListFreshness.STALE_AFTER_DAYS, "today", today.toString());
        }
    }

    private Map<String, Object> versions(String dataset) {
        try (ListStore store = ListStore.of(service.database())) {
            List<VersionInfo> all = known(store, dataset);
            List<VersionRow> rows = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                VersionInfo x = all.get(i);
                String changes = i + 1 < all.size() ? Links.diff(dataset, all.get(i + 1).id(), x.id(), 1) : null;
                rows.add(new VersionRow(x, IMPORTED.format(x.importedAt()), count(x.entityCount()), count(x.nameCount()),
                        changes, i == 0));
            }
            Map<String, Object> m = new HashMap<>();
            m.put("dataset", dataset);
            m.put("title", DatasetCatalog.title(dataset));
            m.put("action", Links.dataset(dataset) + "/diff");
            m.put("versions", rows);
            m.put("none", all.isEmpty());
            m.put("canDiff", all.size() >= 2);
            // the form proposes the two newest: what the last import changed
            m.put("choicesFrom", choices(all, all.size() >= 2 ? all.get(1).id() : -1));
            m.put("choicesTo", choices(all, all.isEmpty() ? -1 : all.get(0).id()));
            return m;
        }
    }

    private Map<String, Object> diff(Context ctx) {
        String dataset = ctx.pathParam("dataset");
        long from = versionParam(ctx, "from");
        long to = versionParam(ctx, "to");
        int page = pageParam(ctx);
        if (from == to) {
            throw new ApiException(400, view.messages().format("diff_error_same", from));
        }
        try (ListStore store = ListStore.of(service.database())) {
            List<VersionInfo> all = known(store, dataset);
            VersionInfo older = pick(all, dataset, from);
            VersionInfo newer = pick(all, dataset, to);
            return DiffModel.of(store.diff(older, newer), page, view.messages());
        }
    }

    private Map<String, Object> entity(String id) {
        try (ListStore store = ListStore.of(service.database())) {
            StoredEntity found = store.entity(id)
                    .orElseThrow(() -> new ApiException(404, view.messages().format("entity_error_unknown", id)));
            ListingHistory history = store.history(id).orElseThrow();
            return EntityModel.of(found, history, view.messages());
        }
    }

    /** The versions of a dataset, newest first; a 404 for a dataset neither catalogued nor imported. */
    private List<VersionInfo> known(ListStore store, String dataset) {
        List<VersionInfo> all = store.versions(dataset);
        if (all.isEmpty() && DatasetCatalog.byId(dataset).isEmpty()) {
            throw new ApiException(404, view.messages().format("lists_error_unknown", dataset));
        }
        return all;
    }

    private VersionInfo pick(List<VersionInfo> all, String dataset, long id) {
        return all.stream().filter(x -> x.id() == id).findFirst()
                .orElseThrow(() -> new ApiException(404, view.messages().format("diff_error_version", id, dataset)));
    }

    private long versionParam(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            throw new ApiException(400, view.messages().format("diff_error_missing", name));
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new ApiException(400, view.messages().format("diff_error_not_version", name, value));
        }
    }

    private int pageParam(Context ctx) {
        String value = ctx.queryParam("page");
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            int page = Integer.parseInt(value.strip());
            if (page >= 1) {
                return page;
            }
        } catch (NumberFormatException e) {
            // answered below, as for a page below 1
        }
        throw new ApiException(400, view.messages().format("diff_error_page", value));
    }

    /** The options of a version menu, with one selected. */
    private List<Map<String, Object>> choices(List<VersionInfo> all, long selected) {
        return all.stream().map(x -> Map.<String, Object>of("id", x.id(), "published", x.publicationDate().toString(),
                "entities", count(x.entityCount()), "selected", x.id() == selected)).toList();
    }

    /** A count as the reader's language writes it (14,965 in English). */
    private String count(long n) {
        return view.messages().format("lists_count", n);
    }
}
