package org.clearance.web;

import io.javalin.Javalin;
import java.util.Map;
import org.clearance.access.Role;
import org.clearance.api.Service;
import org.clearance.cases.AlertStatus;

/** The start page: what waits for review, and how fresh the lists are. */
final class DashboardPage {
    private final Service service;
    private final Guard guard;
    private final View view;

    DashboardPage(Service service, Guard guard, View view) {
        this.service = service;
        this.guard = guard;
        this.view = view;
    }

    void register(Javalin app) {
        app.get("/", guard.page(Role.SCREEN, (ctx, v) -> view.page(ctx, 200, "dashboard", v, "dashboard", Map.of(
                "open", service.cases().count(AlertStatus.OPEN),
                "pending", service.cases().count(AlertStatus.PENDING_APPROVAL)))));
    }
}
