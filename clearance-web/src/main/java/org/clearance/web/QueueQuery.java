package org.clearance.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.clearance.api.ApiException;
import org.clearance.cases.AlertFilter;
import org.clearance.cases.AlertStatus;
import org.clearance.lists.DatasetCatalog;

/**
 * The review queue's filters as GET parameters ({@code status}, {@code dataset}), so a filtered queue
 * can be bookmarked and an alert opened from it leads back to it and on to the next alert in it.
 *
 * @param status  only alerts in this status, or null for every status ({@code status=all})
 * @param dataset only alerts on entries of this dataset, or null for every list
 */
record QueueQuery(AlertStatus status, String dataset) {
    /** The status shown when the link names none: what waits for a reviewer. */
    static final AlertStatus DEFAULT_STATUS = AlertStatus.OPEN;
    /** The {@code status} value for every status. */
    static final String ALL = "all";

    /** The filters of a request; a status or dataset that does not exist is a 400 naming it. */
    static QueueQuery of(Context ctx, Messages messages) {
        String s = blankToNull(ctx.queryParam("status"));
        String d = blankToNull(ctx.queryParam("dataset"));
        AlertStatus status;
        if (s == null) {
            status = DEFAULT_STATUS;
        } else if (s.equals(ALL)) {
            status = null;
        } else {
            try {
                status = AlertStatus.parse(s);
            } catch (IllegalArgumentException e) {
                throw new ApiException(400, messages.format("review_bad_status", s));
            }
        }
        if (d != null && DatasetCatalog.byId(d).isEmpty()) {
            throw new ApiException(400, messages.format("review_bad_dataset", d));
        }
        return new QueueQuery(status, d);
    }

    AlertFilter filter(int limit) {
        return new AlertFilter(status, dataset, limit);
    }

    /** The status as the {@code status} parameter writes it. */
    String statusParam() {
        return status == null ? ALL : status.wire();
    }

    /** The parameters as a query string with its {@code ?}, for links that keep the queue's filters. */
    String query() {
        return "?status=" + statusParam() + (dataset == null ? "" : "&dataset=" + URLEncoder.encode(dataset, StandardCharsets.UTF_8));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
