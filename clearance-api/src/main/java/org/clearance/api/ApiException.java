package org.clearance.api;

import java.util.Map;

/**
 * A request the service refuses, with the HTTP status and a message that says what is wrong. It is
 * answered as yente answers errors, {@code {"detail": "..."}}, never as a 500.
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final Map<String, String> headers;

    public ApiException(int status, String detail) {
        this(status, detail, Map.of());
    }

    /** @param headers sent with the error, e.g. {@code WWW-Authenticate} with a 401 */
    ApiException(int status, String detail, Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.headers = Map.copyOf(headers);
    }

    Map<String, String> headers() {
        return headers;
    }

    static ApiException badRequest(String detail) {
        return new ApiException(400, detail);
    }

    public int status() {
        return status;
    }
}
