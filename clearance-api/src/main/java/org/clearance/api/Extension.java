package org.clearance.api;

import io.javalin.Javalin;
import io.javalin.http.Context;

/**
 * Something served beside the API on the same port, such as the web application. It registers its
 * routes when the server starts and may answer the errors of its own requests itself (an HTML page
 * instead of the API's JSON).
 */
public interface Extension {
    void register(Javalin app, Service service);

    /** Answers an error of this request itself; false leaves it to the API's JSON answer. */
    default boolean error(Context ctx, int status, String detail) {
        return false;
    }
}
