package org.osee.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.osee.app.web.auth.SignedIn;
import org.osee.bot.domain.ConversationStatus;
import org.osee.bot.domain.DeadLetter;
import org.osee.bot.port.NotFoundException;
import org.osee.bot.store.Stores;
import org.osee.knowledge.BadInputException;

/**
 * The staff console's JSON API under {@code /console/api}: the queue of conversations (escalated first), one
 * conversation's history, replies and notes, status changes, dead letters, and the knowledge review
 * ({@link KnowledgeConsole}). The page at {@code /console} is a static file that calls it.
 */
public final class ConsoleApi {
    static final int MAX_TEXT = 20_000;
    private final Stores stores;
    private final Consumer<String> wakeSender;
    private final KnowledgeConsole knowledge;

    /**
     * @param stores     the conversation stores
     * @param wakeSender asks the pipeline to deliver a channel's queued messages now
     * @param knowledge  the knowledge review routes (FAQ entries, "save as knowledge")
     */
    public ConsoleApi(Stores stores, Consumer<String> wakeSender, KnowledgeConsole knowledge) {
        this.stores = stores;
        this.wakeSender = wakeSender;
        this.knowledge = knowledge;
    }

    void register(Javalin app) {
        ConsolePages.register(app);
        app.get("/console/api/me", ctx -> {
            SignedIn who = SignedIn.of(ctx);
            ctx.json(Map.of("account", who.account(), "name", who.name(), "role", who.role().name().toLowerCase(Locale.ROOT),
                    "csrf", ConsoleGuard.session(ctx).csrf()));
        });
        new DeskApi(stores).register(app); // the queue, one conversation, assignment, canned responses
        app.post("/console/api/conversations/{id}/reply", this::reply);
        app.post("/console/api/conversations/{id}/note", ctx -> {
            var note = stores.staffDesk().note(ctx.pathParam("id"), staff(ctx), text(JsonBody.of(ctx), "text"));
            audit(ctx, "conversation.note", ctx.pathParam("id"), "");
            ctx.json(note);
        });
        app.post("/console/api/conversations/{id}/status", ctx -> {
            ConversationStatus status = status(text(JsonBody.of(ctx), "status"));
            stores.staffDesk().setStatus(ctx.pathParam("id"), status);
            audit(ctx, "conversation.status", ctx.pathParam("id"), status.name().toLowerCase(Locale.ROOT));
            ctx.json(Map.of("ok", true));
        });
        knowledge.register(app);
        app.get("/console/api/dead-letters", ctx -> ctx.json(Map.of(
                "dead_letters", stores.deadLetters().list(200), "rejections", stores.deadLetters().rejections(200))));
        app.post("/console/api/dead-letters/{kind}/{id}/retry", this::retry);
    }

    private void reply(Context ctx) {
        var history = stores.conversations().history(ctx.pathParam("id"))
                .orElseThrow(() -> new NotFoundException("no conversation " + ctx.pathParam("id")));
        var message = stores.staffDesk().reply(ctx.pathParam("id"), staff(ctx), text(JsonBody.of(ctx), "text"));
        wakeSender.accept(history.conversation().channel());
        audit(ctx, "conversation.reply", ctx.pathParam("id"), "");
        ctx.json(message);
    }

    private void retry(Context ctx) {
        DeadLetter.Kind kind;
        try {
            kind = DeadLetter.Kind.valueOf(ctx.pathParam("kind").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("unknown dead-letter kind " + ctx.pathParam("kind"));
        }
        long id = ctx.pathParamAsClass("id", Long.class).get();
        if (!stores.deadLetters().retry(kind, id)) {
            throw new NotFoundException("no dead letter " + kind + " " + id);
        }
        audit(ctx, "dead-letter.retry", kind.name().toLowerCase(Locale.ROOT) + " " + id, "");
        ctx.json(Map.of("ok", true));
    }

    /** The signed-in account's display name: the author of what this request writes. */
    private static String staff(Context ctx) {
        return SignedIn.of(ctx).name();
    }

    private void audit(Context ctx, String action, String target, String detail) {
        stores.audit().record(SignedIn.of(ctx).account(), action, target, detail);
    }

    private static ConversationStatus status(String value) {
        try {
            return ConversationStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("unknown status " + value + "; use open, escalated, waiting_for_user or resolved");
        }
    }

    private static String text(JsonNode body, String field) {
        String value = body.path(field).asText("");
        if (value.isBlank()) {
            throw new BadInputException("\"" + field + "\" is required");
        }
        if (value.length() > MAX_TEXT) {
            throw new BadInputException("\"" + field + "\" is longer than " + MAX_TEXT + " characters");
        }
        return value.strip();
    }
}
