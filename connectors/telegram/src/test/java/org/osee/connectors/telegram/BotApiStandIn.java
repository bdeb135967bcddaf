package org.osee.connectors.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A Bot API stand-in on loopback for tests, as strict as Telegram where the connector could go wrong: requests go to
 * {@code /bot{token}/{method}} (method names case-insensitive), a wrong token gets 401, {@code getUpdates} is held
 * open until updates arrive or its timeout ends and confirms every update below its {@code offset}, a second
 * concurrent poller ends the first with 409, {@code sendMessage} refuses more than 4,096 characters and broken HTML
 * with 400, and 429s with {@code retry_after} can be scripted. Every call is recorded.
 */
public final class BotApiStandIn implements AutoCloseable {
    /** One request as received, with the status it got. */
    public record Call(String method, JsonNode params, int status, Instant at) {
    }

    /** A message the bot sent ({@code sendMessage}) or edited ({@code editMessageText}). */
    public record Sent(long chatId, long messageId, String html, String text, JsonNode params, Instant at) {
        /** The callback data of the inline keyboard's buttons, in order; empty without a keyboard. */
        public List<String> buttons() {
            List<String> out = new ArrayList<>();
            params.path("reply_markup").path("inline_keyboard")
                    .forEach(row -> row.forEach(b -> out.add(b.path("callback_data").asText())));
            return out;
        }

        public long replyTo() {
            JsonNode p = params.path("reply_parameters").path("message_id");
            return p.isMissingNode() ? params.path("reply_to_message_id").asLong(0) : p.asLong();
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();
    public static final long BOT_ID = 777_000_111L;

    private final String token;
    private final String username;
    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private final List<ObjectNode> pending = new ArrayList<>();
    private final Deque<int[]> scripted429 = new ArrayDeque<>(); // {remaining calls to skip, retry_after}
    private long nextUpdateId = 100_001;
    private long nextMessageId = 900_001;
    private long pollGeneration;
    private long confirmedBelow;
    private String webhookUrl = "";
    private String webhookSecret = "";
    private int conflicts;
    private int pollsStarted;
    private int holdSendsAfter = Integer.MAX_VALUE;
    private int heldSends;
    private int failSends;
    private volatile boolean closed;

    public BotApiStandIn(String token, String username) throws IOException {
        this.token = token;
        this.username = username;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "bot-api-stand-in");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    /** The Bot API base, as {@code telegram.api-url} takes it. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String username() {
        return username;
    }

    // ----- scripting -----------------------------------------------------------------------------------------------

    /** Queues an update (its {@code update_id} is assigned here and returned), delivered by the next getUpdates. */
    public long push(ObjectNode update) {
        long id;
        String hook;
        synchronized (lock) {
            id = nextUpdateId++;
            update.put("update_id", id);
            hook = webhookUrl;
            if (hook.isEmpty()) {
                pending.add(update);
                lock.notifyAll();
            }
        }
        if (!hook.isEmpty()) {
            postToWebhook(hook, update);
        }
        return id;
    }

    /** The next {@code sendMessage} calls after {@code skip} others get 429 with {@code retry_after} seconds. */
    public void failSendWith429(int skip, int retryAfterSeconds) {
        synchronized (lock) {
            scripted429.add(new int[] {skip, retryAfterSeconds});
        }
    }

    /**
     * After {@code n} more messages are sent, further {@code sendMessage} requests are held unanswered and
     * unprocessed (as if Telegram had not received them yet) until {@link #releaseHeldSends()}: a crash test kills
     * the client then, at a moment that is not between Telegram sending a message and the client learning of it.
     */
    public void holdSendsAfter(int n) {
        synchronized (lock) {
            holdSendsAfter = sent.size() + n;
        }
    }

    /** Held sends are dropped unprocessed (their client is gone) and new ones go through again. */
    public void releaseHeldSends() {
        synchronized (lock) {
            holdSendsAfter = Integer.MAX_VALUE;
            lock.notifyAll();
        }
    }

    /** The next {@code sendMessage} fails with 500, as Telegram does now and then. */
    public void failNextSend() {
        synchronized (lock) {
            failSends++;
        }
    }

    /** How many sendMessage requests are being held. */
    public int heldSends() {
        synchronized (lock) {
            return heldSends;
        }
    }

    /** Updates not yet confirmed by a later offset. */
    public int unconfirmed() {
        synchronized (lock) {
            return pending.size();
        }
    }

    public int conflicts() {
        synchronized (lock) {
            return conflicts;
        }
    }

    /** How many getUpdates requests have arrived (a held one is recorded in {@link #calls()} only when answered). */
    public int pollsStarted() {
        synchronized (lock) {
            return pollsStarted;
        }
    }

    public String webhookUrl() {
        synchronized (lock) {
            return webhookUrl;
        }
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equalsIgnoreCase(method)).toList();
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    public List<Sent> sentTo(long chatId) {
        return sent.stream().filter(s -> s.chatId() == chatId).toList();
    }

    public List<Sent> sent(Predicate<Sent> filter) {
        return sent.stream().filter(filter).toList();
    }

    // ----- HTTP ----------------------------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String prefix = "/bot" + token + "/";
            JsonNode params = body(exchange);
            if (!path.startsWith("/bot") || path.indexOf('/', 4) < 0) {
                reply(exchange, "?", params, 404, error(404, "Not Found"));
                return;
            }
            String method = path.substring(path.indexOf('/', 4) + 1).toLowerCase(Locale.ROOT);
            if (!path.startsWith(prefix)) {
                reply(exchange, method, params, 401, error(401, "Unauthorized"));
                return;
            }
            if (params == null) {
                reply(exchange, method, JSON.createObjectNode(), 400, error(400, "Bad Request: invalid JSON body"));
                return;
            }
            Object[] result = dispatch(method, params);
            reply(exchange, method, params, (Integer) result[0], (JsonNode) result[1]);
        }
    }

    private Object[] dispatch(String method, JsonNode p) {
        return switch (method) {
            case "getme" -> ok(me());
            case "deletewebhook" -> {
                synchronized (lock) {
                    webhookUrl = "";
                    webhookSecret = "";
                }
                yield ok(JSON.getNodeFactory().booleanNode(true));
            }
            case "setwebhook" -> setWebhook(p);
            case "getupdates" -> getUpdates(p);
            case "sendmessage" -> sendMessage(p, false);
            case "editmessagetext" -> sendMessage(p, true);
            case "sendchataction" -> require(p, "chat_id", "action");
            case "setmycommands" -> p.path("commands").isArray() && !p.path("commands").isEmpty()
                    ? ok(JSON.getNodeFactory().booleanNode(true)) : bad("Bad Request: commands must be non-empty");
            case "answercallbackquery" -> require(p, "callback_query_id");
            default -> new Object[] {404, error(404, "Not Found: method not found")};
        };
    }

    private Object[] setWebhook(JsonNode p) {
        String url = p.path("url").asText("");
        if (!url.isEmpty() && !url.startsWith("https://") && !url.startsWith("http://127.0.0.1")) {
            return bad("Bad Request: bad webhook: An HTTPS URL must be provided for webhook");
        }
        synchronized (lock) {
            webhookUrl = url;
            webhookSecret = p.path("secret_token").asText("");
        }
        return ok(JSON.getNodeFactory().booleanNode(true));
    }

    private Object[] getUpdates(JsonNode p) {
        long offset = p.path("offset").asLong(0);
        int limit = Math.max(1, Math.min(100, p.path("limit").asInt(100)));
        long timeoutMs = Math.max(0, p.path("timeout").asLong(0)) * 1000;
        long deadline = System.currentTimeMillis() + timeoutMs;
        synchronized (lock) {
            if (!webhookUrl.isEmpty()) {
                conflicts++;
                return new Object[] {409, error(409,
                        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the"
                                + " webhook first")};
            }
            pollsStarted++;
            long generation = ++pollGeneration;
            lock.notifyAll(); // an earlier poller still waiting is terminated
            if (offset > 0) {
                confirmedBelow = Math.max(confirmedBelow, offset);
                pending.removeIf(u -> u.path("update_id").asLong() < offset);
            }
            while (true) {
                if (generation != pollGeneration) {
                    conflicts++;
                    return new Object[] {409, error(409, "Conflict: terminated by other getUpdates request; make"
                            + " sure that only one bot instance is running")};
                }
                List<ObjectNode> due = pending.stream().limit(limit).toList();
                long left = deadline - System.currentTimeMillis();
                if (!due.isEmpty() || left <= 0 || closed) {
                    ArrayNode out = JSON.createArrayNode();
                    due.forEach(out::add);
                    return ok(out);
                }
                try {
                    lock.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return ok(JSON.createArrayNode());
                }
            }
        }
    }

    private Object[] sendMessage(JsonNode p, boolean edit) {
        if (p.path("chat_id").asText("").isEmpty()) {
            return bad("Bad Request: chat_id is empty");
        }
        String html = p.path("text").asText("");
        if (html.isEmpty()) {
            return bad("Bad Request: message text is empty");
        }
        synchronized (lock) {
            if (!edit && sent.size() >= holdSendsAfter) {
                heldSends++;
                while (holdSendsAfter != Integer.MAX_VALUE && !closed) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
                heldSends--;
                return new Object[] {502, error(502, "Bad Gateway")};
            }
            if (!edit && failSends > 0) {
                failSends--;
                return new Object[] {500, error(500, "Internal Server Error")};
            }
            int[] next = scripted429.peek();
            if (!edit && next != null) {
                if (next[0] > 0) {
                    next[0]--;
                } else {
                    scripted429.poll();
                    ObjectNode e = error(429, "Too Many Requests: retry after " + next[1]);
                    e.putObject("parameters").put("retry_after", next[1]);
                    return new Object[] {429, e};
                }
            }
        }
        String text;
        if ("HTML".equalsIgnoreCase(p.path("parse_mode").asText(""))) {
            try {
                text = TelegramHtml.parse(html);
            } catch (IllegalArgumentException e) {
                return bad("Bad Request: can't parse entities: " + e.getMessage());
            }
        } else if (p.hasNonNull("parse_mode")) {
            return bad("Bad Request: unsupported parse_mode " + p.path("parse_mode").asText());
        } else {
            text = html;
        }
        if (text.isBlank()) {
            return bad("Bad Request: message text is empty");
        }
        if (text.length() > 4096) {
            return bad("Bad Request: message is too long");
        }
        String keyboardProblem = keyboardProblem(p.path("reply_markup"));
        if (keyboardProblem != null) {
            return bad("Bad Request: " + keyboardProblem);
        }
        long chatId = p.path("chat_id").asLong();
        long messageId;
        synchronized (lock) {
            messageId = edit ? p.path("message_id").asLong() : nextMessageId++;
        }
        sent.add(new Sent(chatId, messageId, html, text, p, Instant.now()));
        ObjectNode message = JSON.createObjectNode();
        message.put("message_id", messageId).put("date", Instant.now().getEpochSecond()).put("text", text);
        message.set("from", me());
        message.putObject("chat").put("id", chatId).put("type", chatId > 0 ? "private" : "supergroup");
        return ok(message);
    }

    private static String keyboardProblem(JsonNode markup) {
        if (markup.isMissingNode() || markup.isNull()) {
            return null;
        }
        for (JsonNode row : markup.path("inline_keyboard")) {
            for (JsonNode button : row) {
                if (button.path("text").asText("").isEmpty()) {
                    return "button text is empty";
                }
                String data = button.path("callback_data").asText("");
                if (data.getBytes(StandardCharsets.UTF_8).length > 64) {
                    return "BUTTON_DATA_INVALID";
                }
            }
        }
        return null;
    }

    private ObjectNode me() {
        ObjectNode me = JSON.createObjectNode();
        me.put("id", BOT_ID).put("is_bot", true).put("first_name", "OSEE").put("username", username)
                .put("can_join_groups", true).put("can_read_all_group_messages", false)
                .put("supports_inline_queries", false);
        return me;
    }

    private void postToWebhook(String hook, ObjectNode update) {
        String secret;
        synchronized (lock) {
            secret = webhookSecret;
        }
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(hook)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(update)));
            if (!secret.isEmpty()) {
                request.header("X-Telegram-Bot-Api-Secret-Token", secret);
            }
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofString());
            calls.add(new Call("webhook:" + response.statusCode(), update, response.statusCode(), Instant.now()));
        } catch (IOException e) {
            calls.add(new Call("webhook:error", update, 0, Instant.now()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Object[] require(JsonNode p, String... fields) {
        for (String field : fields) {
            if (p.path(field).asText("").isEmpty()) {
                return bad("Bad Request: " + field + " is empty");
            }
        }
        return ok(JSON.getNodeFactory().booleanNode(true));
    }

    private static Object[] ok(JsonNode result) {
        ObjectNode body = JSON.createObjectNode().put("ok", true);
        body.set("result", result);
        return new Object[] {200, body};
    }

    private static Object[] bad(String description) {
        return new Object[] {400, error(400, description)};
    }

    private static ObjectNode error(int code, String description) {
        return JSON.createObjectNode().put("ok", false).put("error_code", code).put("description", description);
    }

    private static JsonNode body(HttpExchange exchange) throws IOException {
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        if (bytes.length == 0) {
            return JSON.createObjectNode();
        }
        String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        if (type.startsWith("multipart/form-data")) {
            return multipart(new String(bytes, StandardCharsets.UTF_8), type.replaceAll(".*boundary=\"?([^\";]+).*", "$1"));
        }
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            return null;
        }
    }

    /** The text fields of a multipart/form-data body (setWebhook is sent that way), as a JSON object. */
    private static JsonNode multipart(String body, String boundary) {
        ObjectNode out = JSON.createObjectNode();
        for (String part : body.split("--" + java.util.regex.Pattern.quote(boundary))) {
            int headersEnd = part.indexOf("\r\n\r\n");
            java.util.regex.Matcher name = java.util.regex.Pattern.compile("name=\"([^\"]+)\"").matcher(part);
            if (headersEnd < 0 || !name.find() || name.start() > headersEnd) {
                continue;
            }
            String value = part.substring(headersEnd + 4);
            out.put(name.group(1), value.endsWith("\r\n") ? value.substring(0, value.length() - 2) : value);
        }
        return out;
    }

    private void reply(HttpExchange exchange, String method, JsonNode params, int status, JsonNode body)
            throws IOException {
        calls.add(new Call(method, params, status, Instant.now()));
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (lock) {
            lock.notifyAll();
        }
        server.stop(0);
    }
}
