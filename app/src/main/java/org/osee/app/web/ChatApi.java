package org.osee.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.osee.app.cli.ReplyJson;
import org.osee.bot.domain.ConversationStatus;
import org.osee.bot.domain.InboundMessage;
import org.osee.bot.domain.MessageKind;
import org.osee.bot.domain.OutboundMessage;
import org.osee.bot.port.Inbox;
import org.osee.knowledge.BadInputException;

/**
 * The public JSON API behind the chat page. {@code POST /api/ask} hands the question (or, with {@code "kind":
 * "human"}, a request for a person) to the inbox like any channel and waits for the reply; {@code POST /api/feedback}
 * says whether a reply (by its {@code id}) helped; {@code GET /api/messages} returns later replies (staff answers) of
 * a conversation and its status. Everything is read from the database, so any instance answers any request.
 */
public final class ChatApi {
    private static final Pattern CONVERSATION = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private final WebChannel web;
    private final Inbox inbox;
    private final Duration wait;
    private final AskRateLimit limit;
    private final MeterRegistry metrics;

    /**
     * @param web       the web channel the pipeline delivers replies to
     * @param inbox     the pipeline's inbox
     * @param wait      how long a request waits for the assistant's reply before answering "pending"
     * @param perMinute questions accepted per client address per minute (the address as {@link ClientAddress} sees it);
     *                  0: no limit
     */
    public ChatApi(WebChannel web, Inbox inbox, Duration wait, int perMinute, MeterRegistry metrics) {
        this.web = web;
        this.inbox = inbox;
        this.wait = wait;
        this.limit = new AskRateLimit(perMinute);
        this.metrics = metrics;
    }

    void register(Javalin app) {
        app.post("/api/ask", this::ask);
        app.post("/api/feedback", this::feedback);
        app.get("/api/messages", this::messages);
    }

    private void ask(Context ctx) throws Exception {
        limit.check(ctx);
        JsonNode body = JsonBody.of(ctx);
        MessageKind kind = kind(body.path("kind").asText("text"));
        String question = body.path("question").asText("");
        if (kind == MessageKind.TEXT && question.isBlank()) {
            throw new BadInputException("\"question\" is required and must be text");
        }
        String given = body.path("conversation").asText(null);
        String conversation = conversation(given);
        String platformId = UUID.randomUUID().toString();
        var future = web.expectReply(platformId);
        boolean escalated = given != null && !given.isBlank()
                && web.status(conversation).orElse(null) == ConversationStatus.ESCALATED;
        inbox.accept(new InboundMessage(WebChannel.NAME, platformId, conversation, "web:" + conversation, "",
                question, language(body.path("language").asText(null)), null, Map.of(), kind, null));
        metrics.counter("osee_web_questions").increment();
        Duration timeout = escalated ? Duration.ofSeconds(2) : wait;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("conversation", conversation);
        web.awaitReply(platformId, future, timeout).ifPresentOrElse(r -> out.putAll(reply(r)), () -> {
            out.put("pending", true);
            out.put("decision", null);
            out.put("answer", "");
            out.put("confidence", 0.0);
            out.put("citations", List.of());
        });
        ctx.json(out);
    }

    /** Feedback on one reply of a conversation: {@code {"conversation", "reply": id, "helpful": true|false}}. */
    private void feedback(Context ctx) throws Exception {
        limit.check(ctx);
        JsonNode body = JsonBody.of(ctx);
        String conversation = body.path("conversation").asText("");
        if (!CONVERSATION.matcher(conversation).matches()) {
            throw new BadInputException("\"conversation\" is required: the conversation the reply belongs to");
        }
        JsonNode reply = body.path("reply");
        JsonNode helpful = body.path("helpful");
        if (!reply.canConvertToLong() || reply.asLong() < 1 || !helpful.isBoolean()) {
            throw new BadInputException("\"reply\" (a reply's id) and \"helpful\" (true or false) are required");
        }
        inbox.accept(new InboundMessage(WebChannel.NAME, UUID.randomUUID().toString(), conversation,
                "web:" + conversation, "", "", null, null, Map.of(),
                helpful.asBoolean() ? MessageKind.HELPFUL : MessageKind.NOT_HELPFUL, Long.toString(reply.asLong())));
        metrics.counter("osee_web_feedback").increment();
        ctx.status(202).json(Map.of("conversation", conversation, "recorded", true));
    }

    private static MessageKind kind(String given) {
        switch (given) {
            case "text":
                return MessageKind.TEXT;
            case "human":
                return MessageKind.HUMAN;
            default:
                throw new BadInputException("\"kind\" must be text or human, was '" + given + "'");
        }
    }

    /** A two-letter language code the page suggests (the browser's), or {@code null}. */
    private static String language(String given) {
        return given != null && LANGUAGE.matcher(given).matches() ? given : null;
    }

    private void messages(Context ctx) {
        String conversation = conversation(ctx.queryParam("conversation"));
        long after = ctx.queryParamAsClass("after", Long.class).getOrDefault(0L);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("conversation", conversation);
        out.put("status", web.status(conversation).map(s -> s.name().toLowerCase(Locale.ROOT)).orElse(null));
        out.put("messages", web.repliesAfter(conversation, after).stream().map(ChatApi::reply).toList());
        ctx.json(out);
    }

    /** One reply as the page shows it; {@code seq} (the outbox id, also {@code id}) increases in the conversation. */
    static Map<String, Object> reply(OutboundMessage r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", r.id());
        m.put("id", r.id());
        m.put("author", r.author().name().toLowerCase());
        m.put("decision", r.decision() == null ? null : r.decision().wire());
        m.put("answer", r.text());
        m.put("confidence", Math.round(r.confidence() * 1000) / 1000.0);
        m.put("language", r.language());
        m.put("citations", r.citations().stream().map(ReplyJson::citation).toList());
        return m;
    }

    private static String conversation(String given) {
        if (given == null || given.isBlank()) {
            return UUID.randomUUID().toString();
        }
        if (!CONVERSATION.matcher(given).matches()) {
            throw new BadInputException("\"conversation\" must be 8 to 64 letters, digits, '-' or '_'");
        }
        return given;
    }
}
