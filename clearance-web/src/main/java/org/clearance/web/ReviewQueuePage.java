package org.clearance.web;

import io.javalin.Javalin;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clearance.access.Role;
import org.clearance.api.Service;
import org.clearance.cases.Alert;
import org.clearance.cases.AlertStatus;
import org.clearance.cases.PartyAlerts;
import org.clearance.lists.DatasetCatalog;

/**
 * {@code /review}: the alerts waiting for review, highest score first, then oldest, filtered by
 * status and list through GET parameters so a filtered queue can be bookmarked. One row per party and
 * listed party: the alerts on a party listed by several lists (linked entries) are one row with its
 * listings, opened at its best alert, whose page decides them together. Keyboard shortcuts (review.js)
 * move through the rows and open one.
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
            List<PartyAlerts> queue = service.cases().queueByParty(q.filter(PAGE), service.groups()::groupId);
            Instant now = Instant.now();
            List<Map<String, Object>> rows = new ArrayList<>();
            for (PartyAlerts a : queue) {
                Map<String, Object> row = cases.row(a.best(), q.query(), now);
                row.put("party", CaseView.partyName(a.party()));
                row.put("party_id", a.party().id());
                row.put("alerts", String.join(" ", a.alerts().stream().map(x -> String.valueOf(x.id())).toList()));
                row.put("listings", a.alerts().stream().map(x -> cases.row(x, q.query(), now)).toList());
                row.put("datasets", String.join(", ", a.alerts().stream().map(Alert::dataset).distinct().toList()));
                rows.add(row);
            }
            Map<String, Object> m = new HashMap<>();
            m.put("rows", rows);
            m.put("any", !rows.isEmpty());
            m.put("full", rows.size() == PAGE);
            m.put("done", ctx.queryParam("done") != null);
            m.put("queue_keys", true);
            m.put("count", view.messages().format("review_count", rows.size(), queue.stream().mapToInt(r -> r.alerts().size()).sum()));
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
