package org.clearance.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Addresses of the list pages, built in one place so that other pages (screening results, alerts)
 * link to an entry the same way. Ids are percent-encoded as one path segment: list ids hold dots,
 * and a source's own id could hold anything.
 */
final class Links {
    private Links() {}

    /** The page of a list entry as listed. */
    static String entity(String entityId) {
        return "/lists/entities/" + segment(entityId);
    }

    /** The page of a dataset and its stored versions. */
    static String dataset(String dataset) {
        return "/lists/" + segment(dataset);
    }

    /** The changes between two versions of a dataset, one page of them. */
    static String diff(String dataset, long from, long to, int page) {
        return dataset(dataset) + "/diff?from=" + from + "&to=" + to + (page > 1 ? "&page=" + page : "");
    }

    private static String segment(String s) {
        // URLEncoder writes a form value: a space becomes '+', which in a path would be a literal plus
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
