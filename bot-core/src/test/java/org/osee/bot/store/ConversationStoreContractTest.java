package org.osee.bot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.osee.bot.domain.Author;
import org.osee.bot.domain.ClaimedMessage;
import org.osee.bot.domain.ConversationHistory;
import org.osee.bot.domain.ConversationStatus;
import org.osee.bot.domain.Feedback;

/** The {@link org.osee.bot.port.ConversationStore} contract, run on every database. */
public abstract class ConversationStoreContractTest extends StoreContract {

    private void escalate(String threadKey) {
        ClaimedMessage claimed = stores.workQueue().claim("w", clock.instant().plusSeconds(30)).orElseThrow();
        assertThat(claimed.message().threadKey()).isEqualTo(threadKey);
        stores.workQueue().complete(claimed, "w", escalation(false));
    }

    @Test
    void lists_escalated_conversations_first_then_the_most_recently_updated() {
        stores.inbox().store(message("m1", "old-escalated", "help"));
        escalate("old-escalated");
        clock.advance(Duration.ofMinutes(1));
        stores.inbox().store(message("m2", "older", "a"));
        clock.advance(Duration.ofMinutes(1));
        stores.inbox().store(message("m3", "newer", "b"));

        assertThat(stores.conversations().list(Set.of(), 10, 0)).extracting(c -> c.threadKey())
                .containsExactly("old-escalated", "newer", "older");
    }

    @Test
    void lists_only_the_statuses_asked_for_a_page_at_a_time() {
        stores.inbox().store(message("m1", "escalated", "help"));
        escalate("escalated");
        stores.inbox().store(message("m2", "open-1", "a"));
        clock.advance(Duration.ofSeconds(1));
        stores.inbox().store(message("m3", "open-2", "b"));

        assertThat(stores.conversations().list(Set.of(ConversationStatus.ESCALATED), 10, 0))
                .extracting(c -> c.threadKey()).containsExactly("escalated");
        assertThat(stores.conversations().list(Set.of(ConversationStatus.OPEN), 1, 1))
                .extracting(c -> c.threadKey()).containsExactly("open-1");
    }

    @Test
    void a_history_holds_every_message_escalation_and_feedback_oldest_first() {
        stores.inbox().store(message("m1", "thread-1", "help"));
        escalate("thread-1");
        String id = idOfThread("thread-1");
        stores.staffDesk().note(id, "Grace", "checking with legal");
        long staffReply = stores.staffDesk().reply(id, "Grace", "Use the EUPL.").id();
        stores.feedback().record(new Feedback(id, staffReply, true, "thanks", clock.instant()));

        ConversationHistory history = stores.conversations().history(id).orElseThrow();

        assertThat(history.messages()).extracting(m -> m.author())
                .containsExactly(Author.USER, Author.BOT, Author.INTERNAL_NOTE, Author.STAFF);
        assertThat(history.escalations()).hasSize(1);
        assertThat(history.feedback()).singleElement().satisfies(f -> {
            assertThat(f.messageId()).isEqualTo(staffReply);
            assertThat(f.helpful()).isTrue();
            assertThat(f.comment()).isEqualTo("thanks");
        });
    }

    @Test
    void an_unknown_conversation_has_no_history() {
        assertThat(stores.conversations().history("no-such-id")).isEmpty();
    }
}
