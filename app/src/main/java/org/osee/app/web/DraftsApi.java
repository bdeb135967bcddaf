package org.osee.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import java.util.Map;
import java.util.function.Consumer;
import org.osee.app.web.auth.SignedIn;
import org.osee.bot.domain.Draft;
import org.osee.bot.port.AuditLog;
import org.osee.bot.port.ConflictException;
import org.osee.bot.port.DraftDesk;
import org.osee.knowledge.BadInputException;

/**
 * The console's draft review under {@code /console/api/drafts}: the answers held for review, oldest first, and the
 * two decisions on one: approve (as drafted, or with the edited text) and send it through the conversation's
 * channel, or discard it so that staff write their own reply. The author is the signed-in account; every decision is
 * audited; a decision on a draft someone else decided first is refused with 409.
 */
public final class DraftsApi {
    private static final int LIST_LIMIT = 500;

    private final DraftDesk drafts;
    private final AuditLog audit;
    private final Consumer<String> wakeSender;

    /**
     * @param drafts     the held drafts
     * @param audit      where decisions are recorded
     * @param wakeSender asks the pipeline to deliver a channel's queued messages now
     */
    public DraftsApi(DraftDesk drafts, AuditLog audit, Consumer<String> wakeSender) {
        this.drafts = drafts;
        this.audit = audit;
        this.wakeSender = wakeSender;
    }

    /** Registers the routes; the console guard in front of {@code /console/*} signs every request in first. */
    public void register(Javalin app) {
        app.get("/console/api/drafts", ctx -> {
            SignedIn.of(ctx);
            ctx.json(Map.of("drafts", drafts.held(LIST_LIMIT)));
        });
        app.post("/console/api/drafts/{id}/approve", this::approve);
        app.post("/console/api/drafts/{id}/discard", this::discard);
    }

    private void approve(Context ctx) {
        SignedIn who = SignedIn.of(ctx);
        long id = id(ctx);
        String text = editedText(JsonBody.of(ctx));
        Draft sent;
        try {
            sent = drafts.approve(id, who.name(), text);
        } catch (ConflictException e) {
            throw new ConflictResponse(e.getMessage());
        }
        audit.record(who.account(), "draft.approve", sent.conversationId(), text == null ? "as drafted" : "edited");
        wakeSender.accept(sent.channel());
        ctx.json(sent);
    }

    private void discard(Context ctx) {
        SignedIn who = SignedIn.of(ctx);
        long id = id(ctx);
        Draft draft;
        try {
            draft = drafts.discard(id, who.name());
        } catch (ConflictException e) {
            throw new ConflictResponse(e.getMessage());
        }
        audit.record(who.account(), "draft.discard", draft.conversationId(), "");
        ctx.json(draft);
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new BadInputException("a draft id is a number, was '" + ctx.pathParam("id") + "'");
        }
    }

    /** The edited answer, or {@code null} to send the draft as it is; an edit may not be blank. */
    private static String editedText(JsonNode body) {
        JsonNode text = body.get("text");
        if (text == null || text.isNull()) {
            return null;
        }
        if (!text.isTextual() || text.asText().isBlank()) {
            throw new BadInputException("\"text\" must be the edited answer, or left out to send the draft as it is");
        }
        if (text.asText().length() > ConsoleApi.MAX_TEXT) {
            throw new BadInputException("\"text\" is longer than " + ConsoleApi.MAX_TEXT + " characters");
        }
        return text.asText().strip();
    }
}
