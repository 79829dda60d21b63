package org.clearance.web;

import io.javalin.Javalin;
import org.clearance.api.Service;

/** The "Review alerts" pages: the queue ({@code /review}) and one alert ({@code /review/{id}}). */
final class ReviewPages {
    private final ReviewQueuePage queue;
    private final AlertPage alert;

    ReviewPages(Service service, Guard guard, View view) {
        CaseView cases = new CaseView(view.messages());
        this.queue = new ReviewQueuePage(service, guard, view, cases);
        this.alert = new AlertPage(service, guard, view, cases, new ListingRows(view.messages()));
    }

    void register(Javalin app) {
        queue.register(app);
        alert.register(app);
    }
}
