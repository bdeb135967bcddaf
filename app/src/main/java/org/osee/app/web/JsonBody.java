package org.osee.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import org.osee.app.cli.Json;
import org.osee.knowledge.BadInputException;

/** Reads a request body that must be one JSON object; anything else is bad input with a clear reason. */
final class JsonBody {
    private JsonBody() {}

    static JsonNode of(Context ctx) {
        try {
            JsonNode node = Json.mapper().readTree(ctx.body());
            if (node == null || !node.isObject()) {
                throw new BadInputException("the request body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new BadInputException("the request body is not valid JSON");
        }
    }
}
