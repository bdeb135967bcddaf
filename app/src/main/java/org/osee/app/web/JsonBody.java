package org.osee.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.Key;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.osee.app.cli.Json;
import org.osee.knowledge.BadInputException;

/**
 * Reads a request body that must be one JSON object; anything else is bad input with a clear reason. The body is
 * read through a limit ({@link #MAX_BYTES}, set by {@link HttpServer}) whatever its transfer encoding, so a chunked
 * body that never ends costs at most the limit before it is refused with 413. The text is decoded leniently: an
 * unknown charset falls back to UTF-8, malformed bytes become U+FFFD.
 */
final class JsonBody {
    /** The largest body accepted, in bytes. */
    static final Key<Long> MAX_BYTES = new Key<>("osee-max-request-bytes");

    private JsonBody() {}

    static JsonNode of(Context ctx) {
        try {
            JsonNode node = Json.mapper().readTree(text(ctx));
            if (node == null || !node.isObject()) {
                throw new BadInputException("the request body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new BadInputException("the request body is not valid JSON");
        }
    }

    static String text(Context ctx) {
        return new String(bytes(ctx, ctx.appData(MAX_BYTES)), charset(ctx.req().getCharacterEncoding()));
    }

    /** The body's bytes, refused with 413 as soon as more than {@code limit} arrive. */
    static byte[] bytes(Context ctx, long limit) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw new ContentTooLargeResponse("the request body is " + declared + " bytes, more than the " + limit + " accepted");
        }
        byte[] body;
        try (InputStream in = ctx.req().getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        } catch (IOException | RuntimeException e) {
            throw new BadRequestResponse("the request body could not be read: it is malformed or was cut short");
        }
        if (body.length > limit) {
            throw new ContentTooLargeResponse("the request body is more than the " + limit + " bytes accepted");
        }
        return body;
    }

    static Charset charset(String name) {
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name.strip());
        } catch (IllegalArgumentException unknownOrIllegal) {
            return StandardCharsets.UTF_8;
        }
    }
}
