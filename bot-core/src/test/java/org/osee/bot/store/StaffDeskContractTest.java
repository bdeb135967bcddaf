package org.osee.bot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.osee.bot.domain.Author;
import org.osee.bot.domain.ClaimedMessage;
import org.osee.bot.domain.ConversationStatus;
import org.osee.bot.domain.StoredMessage;
import org.osee.bot.port.NotFoundException;
import org.osee.knowledge.BadInputException;

/** The {@link org.osee.bot.port.StaffDesk} contract, run on every database. */
public abstract class StaffDeskContractTest extends StoreContract {

    private Instant lease() {
        return clock.instant().plusSeconds(30);
    }

    private String escalatedConversation() {
        stores.inbox().store(message("m1", "thread-1", "I want a person"));
        ClaimedMessage claimed = stores.workQueue().claim("w", lease()).orElseThrow();
        stores.workQueue().complete(claimed, "w", escalation(true));
        return claimed.conversation().id();
    }

    @Test
    void a_staff_reply_goes_back_through_the_conversations_channel_answering_its_last_message() {
        String id = escalatedConversation();

        StoredMessage reply = stores.staffDesk().reply(id, "Grace", "Happy to help.");

        assertThat(reply.author()).isEqualTo(Author.STAFF);
        assertThat(reply.authorName()).isEqualTo("Grace");
        assertThat(stores.outbox().claim("email", "s", lease(), 10)).singleElement().satisfies(d -> {
            assertThat(d.message().author()).isEqualTo(Author.STAFF);
            assertThat(d.message().text()).isEqualTo("Happy to help.");
            assertThat(d.message().decision()).isNull();
            assertThat(d.message().inReplyTo().platformMessageId()).isEqualTo("m1");
        });
        assertThat(onlyConversation().conversation().status()).isEqualTo(ConversationStatus.WAITING_FOR_USER);
    }

    @Test
    void a_conversation_is_assigned_to_one_account_at_a_time_and_can_be_unassigned() {
        String id = escalatedConversation();

        assertThat(stores.staffDesk().assign(id, "grace", "Grace Hopper")).isNull();
        assertThat(stores.conversations().item(id).orElseThrow())
                .satisfies(item -> {
                    assertThat(item.assignee()).isEqualTo("grace");
                    assertThat(item.assigneeName()).isEqualTo("Grace Hopper");
                });
        assertThat(stores.staffDesk().assign(id, "ada", "Ada")).isEqualTo("grace");
        assertThat(stores.conversations().item(id).orElseThrow().assignee()).isEqualTo("ada");
        assertThat(stores.staffDesk().assign(id, null, null)).isEqualTo("ada");
        assertThat(stores.conversations().item(id).orElseThrow().assignee()).isNull();
    }

    @Test
    void assigning_an_unknown_conversation_says_it_is_not_found() {
        assertThatThrownBy(() -> stores.staffDesk().assign("nope", "grace", "Grace"))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("nope");
    }

    @Test
    void a_note_is_kept_for_staff_and_never_sent_nor_shown_to_the_assistant() {
        String id = escalatedConversation();

        stores.staffDesk().note(id, "Grace", "probably a procurement question");
        stores.inbox().store(message("m2", "thread-1", "anyone there?"));

        assertThat(stores.outbox().claim("email", "s", lease(), 10)).isEmpty();
        ClaimedMessage next = stores.workQueue().claim("w", lease()).orElseThrow();
        assertThat(next.conversation().history()).extracting(t -> t.author())
                .containsExactly(Author.USER, Author.BOT);
    }

    @Test
    void staff_can_resolve_a_conversation_or_hand_it_back_to_the_assistant() {
        String id = escalatedConversation();

        stores.staffDesk().setStatus(id, ConversationStatus.OPEN);
        assertThat(onlyConversation().conversation().status()).isEqualTo(ConversationStatus.OPEN);
        stores.staffDesk().setStatus(id, ConversationStatus.RESOLVED);
        assertThat(onlyConversation().conversation().status()).isEqualTo(ConversationStatus.RESOLVED);
    }

    @Test
    void acting_on_an_unknown_conversation_says_it_is_not_found() {
        assertThatThrownBy(() -> stores.staffDesk().reply("nope", "Grace", "hi"))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("nope");
        assertThatThrownBy(() -> stores.staffDesk().setStatus("nope", ConversationStatus.RESOLVED))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_blank_reply_is_refused() {
        String id = escalatedConversation();

        assertThatThrownBy(() -> stores.staffDesk().reply(id, "Grace", "  "))
                .isInstanceOf(BadInputException.class);
    }
}
