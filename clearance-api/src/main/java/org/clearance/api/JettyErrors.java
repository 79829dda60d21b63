package org.clearance.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own refusals, made before any route runs (a {@code %2f} or {@code %00} in the path, a URI or
 * headers too long, an unknown HTTP version), in the service's one error shape, JSON {@code {"detail", "status"}},
 * instead of Jetty's HTML page.
 */
final class JettyErrors extends ErrorHandler {
    private static final HttpField JSON_TYPE = new HttpField(HttpHeader.CONTENT_TYPE, "application/json");

    static byte[] body(int status, String reason) {
        return JsonNodeFactory.instance.objectNode().put("detail", detail(status, reason)).put("status", status).toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    /** What a refusal of Jetty's means, with its own reason when it says more than the status's name. */
    static String detail(int status, String reason) {
        return reason == null || reason.isBlank() || reason.equals(HttpStatus.getMessage(status))
                ? explained(status) : explained(status) + " (" + reason + ")";
    }

    /** Jetty's reason is often only the status's name, or terse; a newcomer is told what it means. */
    private static String explained(int status) {
        return switch (status) {
            case 400 -> "the request could not be read: a malformed request line, path (such as %00 or %2f in it) or header";
            case 414 -> "the request's URI is longer than this server accepts";
            case 431 -> "the request's headers are larger than this server accepts";
            case 408 -> "the request's body arrived too slowly; send it at once";
            case 505 -> "this server speaks HTTP/1.0, 1.1 and 2 only";
            default -> (status >= 500 ? "internal error: " : "the request was refused: ") + HttpStatus.getMessage(status);
        };
    }

    /** A request Jetty could not parse: the connection's answer is written from these bytes alone. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(JSON_TYPE);
        SecurityHeaders.ALL.forEach(fields::put);
        return ByteBuffer.wrap(body(status, reason));
    }

    /** A request parsed but refused by Jetty before the routes (an ambiguous path, say). */
    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
            int code, String message) throws IOException {
        baseRequest.setHandled(true);
        response.setContentType("application/json");
        SecurityHeaders.ALL.forEach(response::setHeader);
        response.getOutputStream().write(body(code, message));
    }
}
