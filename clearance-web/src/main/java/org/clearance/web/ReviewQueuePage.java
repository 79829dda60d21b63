package org.clearance.web;

import io.javalin.Javalin;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clearance.access.Role;
import org.clearance.api.Service;
import org.clearance.cases.AlertStatus;
import org.clearance.cases.QueuedAlert;
import org.clearance.lists.DatasetCatalog;

/**
 * {@code /review}: the alerts waiting for review, highest score first, then oldest, filtered by
 * status and list through GET parameters so a filtered queue can be bookmarked. Keyboard shortcuts
 * (review.js) move through the rows and open one.
 */
record ReviewQueuePage(Service service, Guard guard, View view, CaseView cases) {
    /**
     * Alerts shown at most. Reviewers work from the top (highest scores) and decided alerts leave the
     * open queue, so the first page is the one that matters; the filters narrow it further.
     */
    static final int PAGE = 200;

    void register(Javalin app) {
        app.get("/review", guard.page(Role.ANALYST, (ctx, v) -> {
            QueueQuery q = QueueQuery.of(ctx, view.messages());
            List<QueuedAlert> queue = service.cases().queueWithParties(q.filter(PAGE));
            Instant now = Instant.now();
            List<Map<String, Object>> rows = new ArrayList<>();
            for (QueuedAlert a : queue) {
                Map<String, Object> row = cases.row(a.alert(), q.query(), now);
                row.put("party", CaseView.partyName(a.party()));
                row.put("party_id", a.party().id());
                rows.add(row);
            }
            Map<String, Object> m = new HashMap<>();
            m.put("rows", rows);
            m.put("any", !rows.isEmpty());
            m.put("full", rows.size() == PAGE);
            m.put("done", ctx.queryParam("done") != null);
            m.put("queue_keys", true);
            m.put("count", view.messages().format("review_count", rows.size()));
            m.put("statuses", statuses(q));
            m.put("datasets", datasets(q));
            view.page(ctx, 200, "review-queue", v, "review", m);
        }));
    }

    private List<Map<String, Object>> statuses(QueueQuery q) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (AlertStatus s : AlertStatus.values()) {
            out.add(option(s.wire(), view.messages().format("review_filter_" + s.wire()), s == q.status()));
        }
        out.add(option(QueueQuery.ALL, view.messages().format("review_filter_all"), q.status() == null));
        return out;
    }

    private List<Map<String, Object>> datasets(QueueQuery q) {
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(option("", view.messages().format("review_filter_all_lists"), q.dataset() == null));
        for (DatasetCatalog.Dataset d : DatasetCatalog.all()) {
            out.add(option(d.id(), d.title() + " (" + d.id() + ")", d.id().equals(q.dataset())));
        }
        return out;
    }

    private static Map<String, Object> option(String value, String label, boolean selected) {
        return Map.of("value", value, "label", label, "selected", selected);
    }
}
