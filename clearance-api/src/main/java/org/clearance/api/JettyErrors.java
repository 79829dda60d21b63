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
        String detail = reason == null || reason.isBlank() ? "the request was refused" : reason;
        return JsonNodeFactory.instance.objectNode().put("detail", detail).put("status", status).toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A request Jetty could not parse: the connection's answer is written from these bytes alone. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(JSON_TYPE);
        return ByteBuffer.wrap(body(status, reason));
    }

    /** A request parsed but refused by Jetty before the routes (an ambiguous path, say). */
    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
            int code, String message) throws IOException {
        baseRequest.setHandled(true);
        response.setContentType("application/json");
        response.getOutputStream().write(body(code, message));
    }
}
