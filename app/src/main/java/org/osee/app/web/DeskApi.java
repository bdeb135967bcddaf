package org.osee.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osee.app.web.auth.SignedIn;
import org.osee.bot.domain.ConversationHistory;
import org.osee.bot.domain.ConversationStatus;
import org.osee.bot.domain.QueueItem;
import org.osee.bot.domain.QueuePage;
import org.osee.bot.domain.QueueQuery;
import org.osee.bot.port.NotFoundException;
import org.osee.bot.store.Stores;
import org.osee.knowledge.BadInputException;

/**
 * The help-desk part of the console API: the queue with its filters and pages, one conversation with what the
 * assistant retrieved, assignment, canned responses, and the cheap value an open console polls to see new
 * escalations. Every change is audited under the signed-in account.
 */
final class DeskApi {
    private static final int DEFAULT_PAGE = 50;
    private final Stores stores;

    DeskApi(Stores stores) {
        this.stores = stores;
    }

    void register(Javalin app) {
        app.get("/console/api/conversations", this::queue);
        app.get("/console/api/conversations/{id}", this::conversation);
        app.post("/console/api/conversations/{id}/assign", this::assign);
        app.get("/console/api/escalations/latest", ctx -> ctx.json(Map.of(
                "latest", stores.conversations().latestEscalation(),
                "escalated", stores.conversations().queue(new QueueQuery(Set.of(ConversationStatus.ESCALATED), null,
                        null, null, null, 1, 0)).total())));
        app.get("/console/api/canned", ctx -> ctx.json(Map.of("canned",
                stores.canned().list(blankToNull(ctx.queryParam("language"))))));
        app.post("/console/api/canned", ctx -> saveCanned(ctx, Optional.empty()));
        app.post("/console/api/canned/{id}", ctx -> saveCanned(ctx, Optional.of(id(ctx))));
        app.post("/console/api/canned/{id}/delete", ctx -> {
            SignedIn admin = SignedIn.admin(ctx);
            long id = id(ctx);
            stores.canned().delete(id);
            stores.audit().record(admin.account(), "canned.delete", "canned " + id, "");
            ctx.json(Map.of("ok", true));
        });
    }

    /**
     * {@code ?status=escalated,waiting_for_user&channel=&language=&assignee=me|unassigned|ACCOUNT&q=&limit=&offset=}.
     */
    private void queue(Context ctx) {
        SignedIn who = SignedIn.of(ctx);
        QueueQuery query = new QueueQuery(statuses(ctx.queryParam("status")), blankToNull(ctx.queryParam("channel")),
                blankToNull(ctx.queryParam("language")), assignee(ctx.queryParam("assignee"), who),
                blankToNull(ctx.queryParam("q")), number(ctx, "limit", DEFAULT_PAGE), number(ctx, "offset", 0));
        QueuePage page = stores.conversations().queue(query);
        ctx.json(Map.of("conversations", page.items().stream().map(DeskApi::row).toList(), "total", page.total(),
                "limit", page.limit(), "offset", page.offset()));
    }

    private void conversation(Context ctx) {
        String id = ctx.pathParam("id");
        ConversationHistory history = stores.conversations().history(id)
                .orElseThrow(() -> new NotFoundException("no conversation " + id));
        Optional<QueueItem> item = stores.conversations().item(id);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("conversation", history.conversation());
        out.put("messages", history.messages());
        out.put("escalations", history.escalations());
        out.put("feedback", history.feedback());
        out.put("assignee", item.map(QueueItem::assignee).orElse(null));
        out.put("assigneeName", item.map(QueueItem::assigneeName).orElse(null));
        ctx.json(out);
    }

    /** {@code {"assignee": "me"}} takes the conversation (from whoever had it); {@code null} or "" releases it. */
    private void assign(Context ctx) {
        SignedIn who = SignedIn.of(ctx);
        String id = ctx.pathParam("id");
        JsonNode body = JsonBody.of(ctx);
        String wanted = body.path("assignee").asText("");
        boolean take;
        if ("me".equals(wanted)) {
            take = true;
        } else if (wanted.isEmpty()) {
            take = false;
        } else {
            throw new BadInputException("\"assignee\" must be \"me\" or empty (to unassign), was " + shorten(wanted));
        }
        String before = stores.staffDesk().assign(id, take ? who.account() : null, take ? who.name() : null);
        stores.audit().record(who.account(), "conversation.assign", id, (take ? "to " + who.account() : "unassigned")
                + (before == null ? "" : ", was " + before));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("assignee", take ? who.account() : null);
        out.put("assigneeName", take ? who.name() : null);
        out.put("previous", before);
        ctx.json(out);
    }

    private void saveCanned(Context ctx, Optional<Long> id) {
        SignedIn admin = SignedIn.admin(ctx);
        JsonNode body = JsonBody.of(ctx);
        var saved = stores.canned().save(id, body.path("language").asText(""), body.path("title").asText(""),
                body.path("text").asText(""), admin.account());
        stores.audit().record(admin.account(), id.isEmpty() ? "canned.create" : "canned.update",
                "canned " + saved.id(), saved.language());
        ctx.json(saved);
    }

    private static Map<String, Object> row(QueueItem item) {
        var c = item.conversation();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", c.id());
        row.put("channel", c.channel());
        row.put("threadKey", c.threadKey());
        row.put("participant", c.participant());
        row.put("participantName", c.participantName());
        row.put("language", c.language());
        row.put("status", c.status());
        row.put("createdAt", c.createdAt());
        row.put("updatedAt", c.updatedAt());
        row.put("preview", item.preview());
        row.put("escalationReason", item.escalationReason());
        row.put("waitingSince", item.waitingSince());
        row.put("assignee", item.assignee());
        row.put("assigneeName", item.assigneeName());
        return row;
    }

    /** "escalated,waiting_for_user"; empty or "all": every status. */
    static Set<ConversationStatus> statuses(String param) {
        Set<ConversationStatus> out = EnumSet.noneOf(ConversationStatus.class);
        if (param == null || param.isBlank() || param.strip().equals("all")) {
            return out;
        }
        for (String part : param.split(",")) {
            try {
                out.add(ConversationStatus.valueOf(part.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("unknown status " + shorten(part)
                        + "; use open, escalated, waiting_for_user, resolved or all");
            }
        }
        return out;
    }

    /** "me": the signed-in account; "unassigned": nobody; empty or "any": everybody; else an account name. */
    static String assignee(String param, SignedIn who) {
        if (param == null || param.isBlank() || param.equals("any")) {
            return null;
        }
        return switch (param.strip()) {
            case "me" -> who.account();
            case "unassigned" -> QueueQuery.UNASSIGNED;
            default -> param.strip();
        };
    }

    private static int number(Context ctx, String name, int otherwise) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException(name + " must be a whole number, was " + shorten(value));
        }
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new BadInputException("id must be a whole number, was " + shorten(ctx.pathParam("id")));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "..." : value;
    }
}
