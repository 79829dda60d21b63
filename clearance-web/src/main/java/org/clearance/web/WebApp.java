package org.clearance.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Map;
import org.clearance.access.Sessions;
import org.clearance.access.Users;
import org.clearance.api.Extension;
import org.clearance.api.Service;

/**
 * The analysts' web application, served at {@code /} beside the API by {@code clearance serve}.
 * Pages are rendered on the server; htmx swaps in the parts that change (results as you type, a
 * job's progress) and ECharts and Cytoscape draw the charts and the supply-chain graph. People
 * sign in with a user name and password ({@code clearance users create}); the API keeps its keys.
 */
public final class WebApp implements Extension {
    private final View view = new View(Messages.of(Locale.ENGLISH));

    @Override
    public void register(Javalin app, Service service) {
        Sessions sessions = new Sessions(service.database());
        Guard guard = new Guard(sessions, view.messages());
        Assets.register(app);
        new SignInPages(new Users(service.database()), sessions, guard, view).register(app);
        new DashboardPage(service, guard, view).register(app);
        new BatchPage(service, guard, view).register(app);
        new ChainsPage(service, guard, view).register(app);
        new ReviewPages(service, guard, view).register(app);
        new ListsPages(service, guard, view).register(app);
        new LinksPage(service, guard, view).register(app);
        new ScreenPage(service, guard, view).register(app);
        new ValidationPage(service, guard, view).register(app);
    }

    /** Errors of pages, and of any browser asking for a page that does not exist, are answered as a page. */
    @Override
    public boolean error(Context ctx, int status, String detail) {
        boolean page = ctx.attribute(Guard.PAGE) != null;
        String accept = ctx.header("Accept");
        if (!page && !(status == 404 && accept != null && accept.contains("text/html"))) {
            return false;
        }
        if (ctx.header("HX-Request") != null) {
            view.fragment(ctx, status, "error-fragment", Map.of("status", status, "detail", detail));
        } else {
            view.page(ctx, status, "error", null, null, Map.of("status", status, "detail", detail));
        }
        return true;
    }
}
