package org.osee.bot.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.osee.bot.domain.Decision;
import org.osee.bot.domain.EscalationReason;
import org.osee.bot.domain.InboundMessage;
import org.osee.bot.domain.MessageKind;
import org.osee.bot.domain.Reply;

/** What every store contract test needs: a fresh database, the stores over it on a hand-moved clock, messages. */
public abstract class StoreContract implements DatabaseChoice {
    @TempDir
    Path temporaryFolder;

    protected TestDatabase db;
    protected MutableClock clock;
    protected Stores stores;

    @BeforeEach
    void openStores() {
        db = openDatabase(temporaryFolder);
        clock = MutableClock.startingNow();
        stores = Stores.jdbc(db.database().dataSource(), clock);
    }

    @AfterEach
    void closeStores() {
        db.close();
    }

    protected static InboundMessage message(String platformId, String threadKey, String text) {
        return new InboundMessage("email", platformId, threadKey, "ada@example.org", "Ada", text, "en",
                Instant.parse("2026-01-02T03:04:05Z"), Map.of("subject", "Licences"));
    }

    protected static InboundMessage message(String platformId, String threadKey, String text, MessageKind kind,
                                            String refersTo) {
        InboundMessage text0 = message(platformId, threadKey, text);
        return new InboundMessage(text0.channel(), platformId, threadKey, text0.sender(), text0.senderName(), text,
                text0.languageHint(), text0.receivedAt(), text0.metadata(), kind, refersTo);
    }

    protected static Reply answer(String text) {
        return new Reply(Decision.ANSWER, text, 0.8, "en", java.util.List.of(
                new org.osee.bot.domain.Citation("guide.md", "Guide", "Licences", null)), null, false);
    }

    protected static Reply escalation(boolean silent) {
        return new Reply(Decision.ESCALATE, silent ? "" : "A person will answer you.", 0.1, "en", null,
                EscalationReason.LOW_CONFIDENCE, silent);
    }

    protected org.osee.bot.domain.ConversationHistory onlyConversation() {
        return stores.conversations().history(stores.conversations().list(java.util.Set.of(), 10, 0).get(0).id())
                .orElseThrow();
    }

    protected String idOfThread(String threadKey) {
        return stores.conversations().list(java.util.Set.of(), 100, 0).stream()
                .filter(c -> c.threadKey().equals(threadKey)).findFirst().orElseThrow().id();
    }
}
