package org.clearance.web;

import io.javalin.Javalin;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.clearance.access.Role;
import org.clearance.api.Service;
import org.clearance.cases.AlertStatus;
import org.clearance.cases.CaseFigures;
import org.clearance.store.ListStore;
import org.clearance.update.ListFetches;

/**
 * The start page: what waits for review, and how fresh the lists are. Its charts are drawn by
 * {@code dashboard.js} from {@value #FIGURES} (the page's scripts may not be inline), and the
 * same figures are in the page as tables for those who do not see the charts.
 */
final class DashboardPage {
    /** The route of the charts' figures. */
    static final String FIGURES = "/dashboard/figures";

    private final Service service;
    private final Guard guard;
    private final View view;

    DashboardPage(Service service, Guard guard, View view) {
        this.service = service;
        this.guard = guard;
        this.view = view;
    }

    void register(Javalin app) {
        app.get("/", guard.page(Role.SCREEN, (ctx, v) -> {
            DashboardFigures f = figures();
            Map<String, Object> m = new HashMap<>();
            m.put("open", service.cases().count(AlertStatus.OPEN));
            m.put("pending", service.cases().count(AlertStatus.PENDING_APPROVAL));
            m.put("figures", f);
            m.put("dayRows", f.dayRows().stream().filter(r -> r.total() > 0).toList()); // the table leaves out empty days
            m.put("decisionsTotal", f.decisionsTotal());
            m.put("summary", f.summaries(view.messages()));
            m.put("decisionsTitle", view.messages().format("dashboard_decisions_per_day", DashboardFigures.DECISION_DAYS));
            m.put("noDecisions", view.messages().format("dashboard_no_decisions", DashboardFigures.DECISION_DAYS));
            m.put("source", FIGURES);
            view.page(ctx, 200, "dashboard", v, "dashboard", m);
        }));
        app.get(FIGURES, guard.page(Role.SCREEN, (ctx, v) -> {
            View.secure(ctx);
            ctx.contentType("application/json").result(figures().json(view.messages()).toString());
        }));
    }

    private DashboardFigures figures() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (ListStore store = ListStore.of(service.database())) {
            return DashboardFigures.read(new CaseFigures(service.database()), ListFreshness.of(store.currentVersions(),
                    new ListFetches(service.database()).all(), today),
                    today, view.messages());
        }
    }
}
