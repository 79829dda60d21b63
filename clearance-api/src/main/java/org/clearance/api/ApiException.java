package org.clearance.api;

/**
 * A request the service refuses, with the HTTP status and a message that says what is wrong. It is
 * answered as yente answers errors, {@code {"detail": "..."}}, never as a 500.
 */
final class ApiException extends RuntimeException {
    private final int status;

    ApiException(int status, String detail) {
        super(detail);
        this.status = status;
    }

    static ApiException badRequest(String detail) {
        return new ApiException(400, detail);
    }

    int status() {
        return status;
    }
}
