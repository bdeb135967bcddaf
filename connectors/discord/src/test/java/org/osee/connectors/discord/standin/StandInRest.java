package org.osee.connectors.discord.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osee.connectors.discord.standin.DiscordStandIn.Interaction;
import org.osee.connectors.discord.standin.DiscordStandIn.Recorded;

/** The REST half of the stand-in: the routes the connector uses, with Discord's errors. */
final class StandInRest {
    private static final String BASE = "/api/v10/";
    private static final int MAX_CONTENT = 2000;
    private final DiscordStandIn d;
    private final HttpServer server;

    private record Reply(int status, JsonNode body) {}

    StandInRest(DiscordStandIn standIn) throws IOException {
        this.d = standIn;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        String raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        JsonNode body;
        Reply reply;
        try {
            body = contentType(exchange).startsWith("multipart/") ? multipartJson(raw) : Json.parse(raw);
        } catch (RuntimeException e) {
            body = Json.object().put("unparsed", raw);
        }
        d.requests.add(new Recorded(method, path.startsWith(BASE) ? path.substring(BASE.length()) : path,
                query == null ? "" : query, body, Instant.now()));
        try {
            reply = path.startsWith(BASE) ? route(method, path.substring(BASE.length()), params(query), body)
                    : error(404, 0, "404: Not Found");
        } catch (RuntimeException e) {
            reply = error(500, 0, e.toString());
        }
        byte[] out = reply.body() == null ? new byte[0] : Json.write(reply.body()).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), reply.status() == 204 ? -1 : out.length);
        if (reply.status() != 204) {
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(out);
            }
        }
        exchange.close();
    }

    private Reply route(String method, String path, Map<String, String> q, JsonNode body) {
        Matcher m;
        if (method.equals("GET") && path.equals("users/@me")) {
            ObjectNode me = d.botUser.deepCopy();
            me.put("verified", true).put("mfa_enabled", false).put("flags", 0);
            return ok(me);
        }
        if (method.equals("POST") && path.equals("users/@me/channels")) {
            long user = body.path("recipient_id").asLong();
            return d.users.containsKey(user) ? ok(d.dmChannel(user)) : error(400, 50007, "Cannot send messages to this user");
        }
        if ((m = match("channels/(\\d+)/messages", path)) != null) {
            long channel = Long.parseLong(m.group(1));
            if (d.channelObject(channel) == null) {
                return error(404, 10003, "Unknown Channel");
            }
            return method.equals("POST") ? createMessage(channel, body, null) : history(channel, q);
        }
        if (method.equals("PATCH") && (m = match("channels/(\\d+)/messages/(\\d+)", path)) != null) {
            return editChannelMessage(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), body);
        }
        if (method.equals("POST") && (m = match("channels/(\\d+)/messages/(\\d+)/threads", path)) != null) {
            return startThread(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), body);
        }
        if (method.equals("POST") && (m = match("channels/(\\d+)/typing", path)) != null) {
            return d.channelObject(Long.parseLong(m.group(1))) == null ? error(404, 10003, "Unknown Channel")
                    : new Reply(204, null);
        }
        if (method.equals("GET") && (m = match("channels/(\\d+)", path)) != null) {
            ObjectNode c = d.channelObject(Long.parseLong(m.group(1)));
            return c == null ? error(404, 10003, "Unknown Channel") : ok(c);
        }
        if (method.equals("POST") && (m = match("interactions/(\\d+)/([^/]+)/callback", path)) != null) {
            return callback(Long.parseLong(m.group(1)), m.group(2), body);
        }
        if ((m = match("webhooks/(\\d+)/([^/]+)(/messages/@original)?", path)) != null) {
            return webhook(method, m.group(2), m.group(3) != null, body);
        }
        if ((m = match("applications/(\\d+)(/guilds/\\d+)?/commands", path)) != null) {
            if (method.equals("PUT")) {
                ArrayNode stored = Json.array();
                for (JsonNode c : body) {
                    ObjectNode copy = c.deepCopy();
                    copy.put("id", Long.toString(Json.snowflake()));
                    copy.put("application_id", Long.toString(DiscordStandIn.APPLICATION));
                    copy.put("version", Long.toString(Json.snowflake()));
                    stored.add(copy);
                }
                d.commands = stored;
                return ok(stored);
            }
            return ok(d.commands);
        }
        return error(404, 0, "404: Not Found");
    }

    private Reply createMessage(long channel, JsonNode body, Interaction interaction) {
        String content = body.path("content").asText("");
        if (content.length() > MAX_CONTENT) {
            return invalidForm("content", "BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length.");
        }
        JsonNode embeds = body.path("embeds");
        for (JsonNode e : embeds) {
            if (e.path("description").asText("").length() > 4096) {
                return invalidForm("embeds.0.description", "BASE_TYPE_MAX_LENGTH", "Must be 4096 or fewer in length.");
            }
        }
        if (content.isEmpty() && embeds.isEmpty()) {
            return error(400, 50006, "Cannot send an empty message");
        }
        String nonce = body.path("nonce").asText("");
        String nonceKey = channel + "/" + nonce;
        if (!nonce.isEmpty() && body.path("enforce_nonce").asBoolean() && d.nonces.containsKey(nonceKey)) {
            ObjectNode earlier = d.nonces.get(nonceKey).deepCopy(); // Discord returns the message made before
            earlier.remove("allowed_mentions_sent");
            return ok(earlier);
        }
        long id = Json.snowflake();
        long guild = d.isGuildChannel(channel) ? DiscordStandIn.GUILD : 0;
        ObjectNode m = Json.message(id, channel, guild, d.botUser.deepCopy(), content);
        if (embeds.isArray()) {
            m.set("embeds", embeds.deepCopy());
        }
        if (body.has("components")) {
            m.set("components", body.get("components").deepCopy());
        }
        if (body.has("message_reference")) {
            m.set("message_reference", body.get("message_reference").deepCopy());
            m.put("type", 19);
        }
        m.set("allowed_mentions_sent", body.has("allowed_mentions") ? body.get("allowed_mentions") : null);
        d.mentions(m, content, body.get("allowed_mentions"));
        if (interaction != null) {
            m.put("webhook_id", Long.toString(DiscordStandIn.APPLICATION));
            m.put("application_id", Long.toString(DiscordStandIn.APPLICATION));
        }
        if (guild != 0) {
            m.set("member", Json.member(null, null));
        }
        d.store(channel, m);
        if (!nonce.isEmpty()) {
            d.nonces.put(nonceKey, m);
        }
        ObjectNode dispatched = m.deepCopy();
        dispatched.remove("allowed_mentions_sent");
        d.gatewayDispatch(dispatched, guild);
        ObjectNode out = m.deepCopy();
        out.remove("allowed_mentions_sent");
        return ok(out);
    }

    private Reply history(long channel, Map<String, String> q) {
        int limit = Math.min(100, Math.max(1, Integer.parseInt(q.getOrDefault("limit", "50"))));
        List<ObjectNode> all = d.messagesIn(channel);
        List<ObjectNode> picked;
        if (q.containsKey("after")) {
            long after = Long.parseLong(q.get("after"));
            picked = all.stream().filter(x -> x.get("id").asLong() > after)
                    .sorted(Comparator.comparingLong(x -> x.get("id").asLong())).limit(limit).toList();
        } else {
            long before = q.containsKey("before") ? Long.parseLong(q.get("before")) : Long.MAX_VALUE;
            picked = all.stream().filter(x -> x.get("id").asLong() < before)
                    .sorted(Comparator.comparingLong((ObjectNode x) -> x.get("id").asLong()).reversed())
                    .limit(limit).toList();
        }
        ArrayNode out = Json.array();
        picked.stream().sorted(Comparator.comparingLong((ObjectNode x) -> x.get("id").asLong()).reversed())
                .forEach(x -> out.add(d.visible(x)));
        return ok(out);
    }

    private Reply startThread(long channel, long message, JsonNode body) {
        if (!d.channels.containsKey(channel)) {
            return error(404, 10003, "Unknown Channel");
        }
        if (d.find(channel, message).isEmpty()) {
            return error(404, 10008, "Unknown Message");
        }
        if (d.threads.containsKey(message)) {
            return error(400, 160004, "A thread has already been created for this message");
        }
        String name = body.path("name").asText("");
        if (name.isEmpty() || name.length() > 100) {
            return invalidForm("name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
        }
        ObjectNode thread = Json.thread(message, DiscordStandIn.GUILD, channel, DiscordStandIn.BOT, name);
        d.threads.put(message, thread);
        d.messages.putIfAbsent(message, new java.util.concurrent.CopyOnWriteArrayList<>());
        ObjectNode event = thread.deepCopy();
        event.put("newly_created", true);
        d.gatewayDispatchEvent("THREAD_CREATE", event, DiscordStandIn.GUILD);
        return new Reply(201, thread);
    }

    private Reply callback(long id, String token, JsonNode body) {
        Interaction i = d.interactions.get(id);
        if (i == null || !i.token.equals(token)) {
            return error(404, 10062, "Unknown interaction");
        }
        synchronized (i) {
            if (!i.callbacks.isEmpty()) {
                return error(400, 40060, "Interaction has already been acknowledged.");
            }
            if (Instant.now().isAfter(i.createdAt.plus(d.interactionWindow))) {
                return error(404, 10062, "Unknown interaction");
            }
            int type = body.path("type").asInt();
            i.callbacks.add(type);
            ObjectNode out = Json.object();
            out.putObject("interaction").put("id", Long.toString(id)).put("type", 2);
            ObjectNode resource = out.putObject("resource").put("type", type);
            if (type == 4) {
                Reply created = createMessage(i.channelId, body.path("data"), i);
                if (created.status() >= 300) {
                    i.callbacks.clear();
                    return created;
                }
                i.originalMessage = created.body().get("id").asLong();
                resource.set("message", created.body());
            }
            return ok(out);
        }
    }

    private Reply webhook(String method, String token, boolean original, JsonNode body) {
        Interaction i = d.interactionsByToken.get(token);
        if (i == null) {
            return error(404, 10015, "Unknown Webhook");
        }
        if (i.callbacks.isEmpty()) {
            return error(404, 10008, "Unknown Message"); // no response to edit or follow yet
        }
        if (original && method.equals("PATCH")) {
            if (i.originalMessage != null) {
                return editMessage(i, body);
            }
            Reply created = createMessage(i.channelId, body, i);
            if (created.status() < 300) {
                i.originalMessage = created.body().get("id").asLong();
            }
            return created;
        }
        if (!original && method.equals("POST")) {
            return createMessage(i.channelId, body, i);
        }
        return error(405, 0, "405: Method Not Allowed");
    }

    /**
     * PATCH of a message, as Discord checks it: the message must exist in that channel (10008) and be the bot's own,
     * not an interaction's response or anyone else's (50005); the edit is dispatched as MESSAGE_UPDATE.
     */
    private Reply editChannelMessage(long channel, long message, JsonNode body) {
        if (d.channelObject(channel) == null) {
            return error(404, 10003, "Unknown Channel");
        }
        java.util.Optional<ObjectNode> found = d.find(channel, message);
        if (found.isEmpty()) {
            return error(404, 10008, "Unknown Message");
        }
        ObjectNode m = found.get();
        if (m.path("author").path("id").asLong() != DiscordStandIn.BOT || m.has("webhook_id")) {
            return error(403, 50005, "Cannot edit a message authored by another user");
        }
        String content = body.has("content") ? body.path("content").asText("") : m.path("content").asText("");
        if (content.length() > MAX_CONTENT) {
            return invalidForm("content", "BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length.");
        }
        JsonNode embeds = body.has("embeds") ? body.get("embeds") : m.path("embeds");
        if (content.isEmpty() && (embeds == null || embeds.isEmpty())) {
            return error(400, 50006, "Cannot send an empty message");
        }
        m.put("content", content);
        if (body.has("embeds")) {
            m.set("embeds", body.get("embeds").deepCopy());
        }
        if (body.has("components")) {
            m.set("components", body.get("components").deepCopy());
        }
        m.set("allowed_mentions_sent", body.get("allowed_mentions"));
        d.mentions(m, content, body.get("allowed_mentions"));
        m.put("edited_timestamp", Json.timestamp(Instant.now()));
        ObjectNode out = m.deepCopy();
        out.remove("allowed_mentions_sent");
        d.gatewayDispatchEvent("MESSAGE_UPDATE", out.deepCopy(), d.isGuildChannel(channel) ? DiscordStandIn.GUILD : 0);
        return ok(out);
    }

    private Reply editMessage(Interaction i, JsonNode body) {
        String content = body.path("content").asText("");
        if (content.length() > MAX_CONTENT) {
            return invalidForm("content", "BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length.");
        }
        ObjectNode m = d.find(i.channelId, i.originalMessage).orElseThrow();
        m.put("content", content);
        if (body.has("embeds")) {
            m.set("embeds", body.get("embeds").deepCopy());
        }
        if (body.has("components")) {
            m.set("components", body.get("components").deepCopy());
        }
        m.set("allowed_mentions_sent", body.get("allowed_mentions"));
        d.mentions(m, content, body.get("allowed_mentions"));
        m.put("edited_timestamp", Json.timestamp(Instant.now()));
        ObjectNode out = m.deepCopy();
        out.remove("allowed_mentions_sent");
        return ok(out);
    }

    private static Reply ok(JsonNode body) {
        return new Reply(200, body);
    }

    private static Reply error(int status, int code, String message) {
        return new Reply(status, Json.object().put("message", message).put("code", code));
    }

    private static Reply invalidForm(String field, String code, String message) {
        ObjectNode body = Json.object().put("message", "Invalid Form Body").put("code", 50035);
        ObjectNode node = body.putObject("errors");
        for (String part : field.split("\\.")) {
            node = node.putObject(part);
        }
        node.putArray("_errors").addObject().put("code", code).put("message", message);
        return new Reply(400, body);
    }

    private static Matcher match(String regex, String path) {
        Matcher m = Pattern.compile(regex).matcher(path);
        return m.matches() ? m : null;
    }

    private static Map<String, String> params(String query) {
        Map<String, String> out = new HashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    out.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    private static String contentType(HttpExchange exchange) {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        return type == null ? "" : type;
    }

    /** JDA sends multipart when files are attached; the JSON part is named payload_json. */
    private static JsonNode multipartJson(String raw) {
        int start = raw.indexOf("name=\"payload_json\"");
        if (start < 0) {
            return Json.object();
        }
        int body = raw.indexOf("\r\n\r\n", start) + 4;
        int end = raw.indexOf("\r\n--", body);
        return Json.parse(raw.substring(body, end));
    }
}
