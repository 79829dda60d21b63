package org.clearance.web;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.http.util.MultipartUtil;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.function.LongFunction;
import org.clearance.api.ApiException;

/**
 * File uploads on a page's route. The server holds every multipart form to 1 MB; a route that takes
 * files gets its own, larger limit here. A body over it is refused before it is read (by its
 * Content-Length, or while reading when it gave none), so a huge upload is a clear 413 and never
 * fills the server's temporary folder; the parts are read only for a signed-in visitor.
 */
final class Uploads {
    /** The rest of an upload's request: the other form fields and the multipart boundaries. */
    static final long FORM_OVERHEAD_BYTES = 64L << 10;
    /** Uploads up to this size stay in memory while the request is read; larger ones go to a temporary file. */
    static final int IN_MEMORY_BYTES = 1 << 20;

    private Uploads() {}

    /**
     * Lets posts to {@code path} carry a file of up to {@code maxBytes}.
     *
     * @param tooLarge the message for an upload over the limit, given its length (-1 when unknown)
     */
    static void allow(Javalin app, String path, long maxBytes, Guard guard, Messages messages, LongFunction<String> tooLarge) {
        app.before(path, ctx -> {
            if (ctx.method() != HandlerType.POST) {
                return;
            }
            ctx.attribute(Guard.PAGE, Boolean.TRUE);
            long length = ctx.req().getContentLengthLong();
            if (length > maxBytes + FORM_OVERHEAD_BYTES) {
                throw new ApiException(413, tooLarge.apply(length));
            }
            ctx.req().setAttribute(MultipartUtil.MULTIPART_CONFIG_ATTRIBUTE, new MultipartConfigElement(
                    System.getProperty("java.io.tmpdir"), maxBytes, maxBytes + FORM_OVERHEAD_BYTES, IN_MEMORY_BYTES));
            if (guard.session(ctx).isPresent() && ctx.isMultipartFormData()) {
                try {
                    ctx.req().getParts();
                } catch (IllegalStateException e) {
                    throw new ApiException(413, tooLarge.apply(-1));
                } catch (IOException | ServletException e) {
                    throw new ApiException(400, messages.format("upload_bad_form", e.getMessage()));
                }
            }
        });
    }
}
