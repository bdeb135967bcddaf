package org.osee.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osee.app.live.EntrySync;
import org.osee.app.web.auth.SignedIn;
import org.osee.bot.domain.Author;
import org.osee.bot.domain.ConversationHistory;
import org.osee.bot.domain.EntryText;
import org.osee.bot.domain.KnowledgeEntry;
import org.osee.bot.domain.KnowledgeEntry.Status;
import org.osee.bot.domain.StoredMessage;
import org.osee.bot.port.AuditLog;
import org.osee.bot.port.ConversationStore;
import org.osee.bot.port.KnowledgeEntries;
import org.osee.bot.port.NotFoundException;
import org.osee.knowledge.BadInputException;

/**
 * The console's knowledge review under {@code /console/api/knowledge}: staff write and edit draft FAQ entries (often
 * saved from a conversation), admins publish, edit and withdraw them. A change to what is published is indexed on
 * this instance before the response, and reaches the other instances through their {@link EntrySync}. Every change is
 * audited as {@code knowledge.create|edit|publish|withdraw}.
 */
public final class KnowledgeConsole {
    /** The console page that edits one entry: {@code PAGE + id}. */
    public static final String PAGE = "/console/knowledge.html?entry=";
    private final KnowledgeEntries entries;
    private final ConversationStore conversations;
    private final AuditLog audit;
    private final EntrySync sync;

    public KnowledgeConsole(KnowledgeEntries entries, ConversationStore conversations, AuditLog audit, EntrySync sync) {
        this.entries = entries;
        this.conversations = conversations;
        this.audit = audit;
        this.sync = sync;
    }

    void register(Javalin app) {
        app.get("/console/api/knowledge", this::list);
        app.post("/console/api/knowledge", ctx -> {
            JsonNode body = JsonBody.of(ctx);
            String conversation = body.path("conversation_id").asText("");
            created(ctx, entries.create(text(body), conversation.isBlank() ? null : conversation, SignedIn.of(ctx).account()));
        });
        app.get("/console/api/knowledge/{id}", ctx -> ctx.json(view(find(ctx))));
        app.post("/console/api/knowledge/{id}", this::edit);
        app.post("/console/api/knowledge/{id}/publish", ctx -> status(ctx, Status.PUBLISHED, "knowledge.publish"));
        app.post("/console/api/knowledge/{id}/withdraw", ctx -> status(ctx, Status.WITHDRAWN, "knowledge.withdraw"));
        app.post("/console/api/conversations/{id}/knowledge", this::fromConversation);
    }

    private void list(Context ctx) {
        String param = ctx.queryParam("status");
        Status status = param == null || param.isBlank() || param.equals("all") ? null : status(param);
        int limit = Math.min(500, ctx.queryParamAsClass("limit", Integer.class).getOrDefault(200));
        int offset = Math.max(0, ctx.queryParamAsClass("offset", Integer.class).getOrDefault(0));
        ctx.json(Map.of("entries", entries.list(status, limit, offset).stream().map(KnowledgeConsole::view).toList(),
                "entries_version", sync.appliedRevision()));
    }

    /** Staff edit drafts; what is published or withdrawn only an admin changes. */
    private void edit(Context ctx) {
        SignedIn who = SignedIn.of(ctx);
        KnowledgeEntry current = find(ctx);
        if (current.status() != Status.DRAFT && !who.isAdmin()) {
            throw new ForbiddenResponse("only an admin edits a " + current.status().name().toLowerCase(Locale.ROOT)
                    + " entry");
        }
        JsonNode body = JsonBody.of(ctx);
        KnowledgeEntry edited = entries.edit(current.id(), text(body), body.path("version").asLong(0), who.account());
        audit.record(who.account(), "knowledge.edit", String.valueOf(edited.id()), "");
        if (edited.status() == Status.PUBLISHED) {
            sync.syncNow();
        }
        ctx.json(view(edited));
    }

    private void status(Context ctx, Status status, String action) {
        SignedIn who = SignedIn.admin(ctx);
        KnowledgeEntry changed = entries.setStatus(find(ctx).id(), status, who.account());
        audit.record(who.account(), action, String.valueOf(changed.id()), "");
        sync.syncNow();
        ctx.json(view(changed));
    }

    /** A draft prefilled from the conversation: its last staff reply and the person's question before it. */
    private void fromConversation(Context ctx) {
        String id = ctx.pathParam("id");
        ConversationHistory history = conversations.history(id)
                .orElseThrow(() -> new NotFoundException("no conversation " + id));
        JsonNode body = JsonBody.of(ctx);
        List<StoredMessage> messages = history.messages();
        int answerAt = lastIndex(messages, Author.STAFF, messages.size());
        String answer = given(body, "answer", answerAt < 0 ? null : messages.get(answerAt).text());
        int questionAt = lastIndex(messages, Author.USER, answerAt < 0 ? messages.size() : answerAt);
        String question = given(body, "question", questionAt < 0 ? null : messages.get(questionAt).text());
        if (question == null || answer == null) {
            throw new BadInputException("conversation " + id + " needs a question from the person and a staff reply "
                    + "to become knowledge (or give \"question\" and \"answer\")");
        }
        String language = given(body, "language", history.conversation().language());
        EntryText text = new EntryText(given(body, "title", null), question, answer,
                language == null ? null : language.length() > 3 ? language.substring(0, 2) : language);
        created(ctx, entries.create(text, id, SignedIn.of(ctx).account()));
    }

    private void created(Context ctx, KnowledgeEntry entry) {
        audit.record(SignedIn.of(ctx).account(), "knowledge.create", String.valueOf(entry.id()), "");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", entry.id());
        out.put("page", PAGE + entry.id());
        out.put("entry", view(entry));
        ctx.status(201).json(out);
    }

    private KnowledgeEntry find(Context ctx) {
        long id = ctx.pathParamAsClass("id", Long.class).get();
        return entries.find(id).orElseThrow(() -> new NotFoundException("no knowledge entry " + id));
    }

    /** The last message by {@code author} before index {@code before}, skipping commands such as {@code /human}. */
    private static int lastIndex(List<StoredMessage> messages, Author author, int before) {
        for (int i = before - 1; i >= 0; i--) {
            String text = messages.get(i).text().strip();
            if (messages.get(i).author() == author && !text.isEmpty() && !text.startsWith("/")) {
                return i;
            }
        }
        return -1;
    }

    private static String given(JsonNode body, String field, String fallback) {
        String value = body.path(field).asText("");
        return value.isBlank() ? fallback : value;
    }

    private static EntryText text(JsonNode body) {
        return new EntryText(body.path("title").asText(""), body.path("question").asText(""),
                body.path("answer").asText(""), body.path("language").asText(""));
    }

    private static Status status(String value) {
        try {
            return Status.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("unknown status; use draft, published, withdrawn or all");
        }
    }

    static Map<String, Object> view(KnowledgeEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("title", e.text().title());
        m.put("question", e.text().question());
        m.put("answer", e.text().answer());
        m.put("language", e.text().language());
        m.put("conversation_id", e.conversationId());
        m.put("status", e.status().name().toLowerCase(Locale.ROOT));
        m.put("version", e.version());
        m.put("author", e.author());
        m.put("updated_by", e.updatedBy());
        m.put("created_at", e.createdAt());
        m.put("updated_at", e.updatedAt());
        m.put("source", e.source());
        m.put("document", DocumentPages.PREFIX + e.source());
        return m;
    }
}
