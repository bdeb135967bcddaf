package org.osee.bot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osee.bot.domain.Author;
import org.osee.bot.domain.ClaimedDelivery;
import org.osee.bot.domain.ClaimedMessage;
import org.osee.bot.domain.DeadLetter;
import org.osee.bot.domain.DeliveryState;
import org.osee.bot.domain.InboundMessage;
import org.osee.bot.domain.MessageKind;

/** The {@link org.osee.bot.port.Outbox} contract, run on every database. */
public abstract class OutboxContractTest extends StoreContract {
    private static final Duration LEASE = Duration.ofSeconds(30);

    private Instant lease() {
        return clock.instant().plus(LEASE);
    }

    private void answered(InboundMessage question, String answer) {
        stores.inbox().store(question);
        ClaimedMessage claimed = stores.workQueue().claim("w", lease()).orElseThrow();
        stores.workQueue().complete(claimed, "w", answer(answer));
    }

    @Test
    void claims_due_replies_of_one_channel_with_what_they_answer() {
        answered(message("m1", "thread-1", "question"), "reply by email");
        answered(new InboundMessage("discord", "d1", "chan-1", "ada#1", "", "hi", null, null, null),
                "reply on discord");

        List<ClaimedDelivery> email = stores.outbox().claim("email", "s1", lease(), 10);

        assertThat(email).singleElement().satisfies(d -> {
            assertThat(d.attempts()).isEqualTo(1);
            assertThat(d.message().author()).isEqualTo(Author.BOT);
            assertThat(d.message().threadKey()).isEqualTo("thread-1");
            assertThat(d.message().citations()).hasSize(1);
            assertThat(d.message().replyMetadata()).containsEntry("subject", "Licences");
        });
    }

    @Test
    void only_the_oldest_pending_reply_of_a_conversation_is_claimed() {
        answered(message("m1", "thread-1", "first"), "reply 1");
        answered(message("m2", "thread-1", "second"), "reply 2");
        answered(message("m3", "thread-2", "other"), "reply 3");

        List<ClaimedDelivery> first = stores.outbox().claim("email", "s1", lease(), 10);
        stores.outbox().failed(first.get(0).message().id(), "s1", "down", clock.instant().plusSeconds(5));
        clock.advance(Duration.ofSeconds(6));
        List<ClaimedDelivery> retried = stores.outbox().claim("email", "s1", lease(), 10);
        stores.outbox().delivered(retried.get(0).message().id(), "p1");
        List<ClaimedDelivery> next = stores.outbox().claim("email", "s1", lease(), 10);

        assertThat(first).extracting(d -> d.message().text()).containsExactly("reply 1", "reply 3");
        assertThat(retried).extracting(d -> d.message().text()).containsExactly("reply 1");
        assertThat(next).extracting(d -> d.message().text()).containsExactly("reply 2");
    }

    @Test
    void a_postponed_reply_waits_and_its_attempt_does_not_count() {
        answered(message("m1", "thread-1", "question"), "reply");
        ClaimedDelivery claimed = stores.outbox().claim("email", "s1", lease(), 10).get(0);

        stores.outbox().postpone(claimed.message().id(), "s1", "rate limited", clock.instant().plusSeconds(2));

        assertThat(stores.outbox().claim("email", "s1", lease(), 10)).isEmpty();
        clock.advance(Duration.ofSeconds(3));
        assertThat(stores.outbox().claim("email", "s1", lease(), 10)).singleElement()
                .satisfies(d -> assertThat(d.attempts()).isEqualTo(1));
    }

    @Test
    void a_reply_goes_to_the_thread_naming_the_one_who_asked() {
        answered(message("m1", "room-1", "question"), "reply 1");
        answered(new InboundMessage("email", "m2", "room-1", "grace@example.org", "Grace", "me too", "en", null,
                null), "reply 2");
        ClaimedDelivery first = stores.outbox().claim("email", "s1", lease(), 10).get(0);
        stores.outbox().delivered(first.message().id(), "p1");

        ClaimedDelivery second = stores.outbox().claim("email", "s1", lease(), 10).get(0);

        assertThat(second.message().threadKey()).isEqualTo("room-1");
        assertThat(second.message().recipient()).isEqualTo("grace@example.org");
        assertThat(first.message().recipient()).isEqualTo("ada@example.org");
    }

    @Test
    void the_reply_to_an_edit_replaces_the_delivered_reply_to_the_edited_message() {
        answered(message("m1", "chat-1", "what licence?"), "reply 1");
        stores.outbox().delivered(stores.outbox().claim("email", "s1", lease(), 10).get(0).message().id(), "501");
        answered(message("m1@edit:1", "chat-1", "which licence for docs?", MessageKind.EDIT, "m1"), "reply 2");

        ClaimedDelivery edit = stores.outbox().claim("email", "s1", lease(), 10).get(0);

        assertThat(edit.message().text()).isEqualTo("reply 2");
        assertThat(edit.message().replaces()).isEqualTo("501");
    }

    @Test
    void a_second_edit_replaces_the_reply_to_the_first_and_a_retry_replaces_the_same_message() {
        answered(message("m1", "chat-1", "what licence?"), "reply 1");
        stores.outbox().delivered(stores.outbox().claim("email", "s1", lease(), 10).get(0).message().id(), "501");
        answered(message("m1@edit:1", "chat-1", "which licence?", MessageKind.EDIT, "m1"), "reply 2");
        stores.outbox().delivered(stores.outbox().claim("email", "s1", lease(), 10).get(0).message().id(), "502");
        answered(message("m1@edit:2", "chat-1", "which licence for docs?", MessageKind.EDIT, "m1"), "reply 3");

        ClaimedDelivery second = stores.outbox().claim("email", "s1", lease(), 10).get(0);
        stores.outbox().failed(second.message().id(), "s1", "down", clock.instant().plusSeconds(5));
        clock.advance(Duration.ofSeconds(6));
        ClaimedDelivery retried = stores.outbox().claim("email", "s1", lease(), 10).get(0);

        assertThat(second.message().replaces()).isEqualTo("502");
        assertThat(retried.message().replaces()).isEqualTo("502");
    }

    @Test
    void a_reply_replaces_nothing_unless_it_answers_an_edit_of_a_message_answered_in_its_conversation() {
        answered(message("m1", "chat-1", "what licence?"), "reply 1");
        stores.outbox().delivered(stores.outbox().claim("email", "s1", lease(), 10).get(0).message().id(), "501");
        answered(message("m2", "chat-1", "and for docs?"), "plain reply");
        ClaimedDelivery plain = stores.outbox().claim("email", "s1", lease(), 10).get(0);
        stores.outbox().delivered(plain.message().id(), "502");
        answered(message("m9@edit:1", "chat-1", "edited, never answered", MessageKind.EDIT, "m9"), "unknown edit");
        ClaimedDelivery unknown = stores.outbox().claim("email", "s1", lease(), 10).get(0);
        stores.outbox().delivered(unknown.message().id(), "503");
        answered(message("m1@edit:1", "chat-2", "same id, other chat", MessageKind.EDIT, "m1"), "other chat");

        ClaimedDelivery otherChat = stores.outbox().claim("email", "s1", lease(), 10).get(0);

        assertThat(plain.message().replaces()).isNull();
        assertThat(unknown.message().replaces()).isNull();
        assertThat(otherChat.message().replaces()).isNull();
    }

    @Test
    void a_claimed_reply_is_not_claimed_again_until_its_lease_runs_out() {
        answered(message("m1", "thread-1", "question"), "reply");
        stores.outbox().claim("email", "s1", lease(), 10);

        assertThat(stores.outbox().claim("email", "s2", lease(), 10)).isEmpty();
        clock.advance(LEASE.plusSeconds(1));
        assertThat(stores.outbox().claim("email", "s2", lease(), 10)).singleElement()
                .satisfies(d -> assertThat(d.attempts()).isEqualTo(2));
    }

    @Test
    void a_delivered_reply_keeps_its_platform_id_and_is_not_sent_again() {
        answered(message("m1", "thread-1", "question"), "reply");
        ClaimedDelivery delivery = stores.outbox().claim("email", "s1", lease(), 10).get(0);

        stores.outbox().delivered(delivery.message().id(), "<abc@mail>");
        clock.advance(LEASE.plusSeconds(1));

        assertThat(stores.outbox().claim("email", "s1", lease(), 10)).isEmpty();
        assertThat(onlyConversation().messages().get(1).delivery()).isEqualTo(DeliveryState.DELIVERED);
    }

    @Test
    void a_failed_delivery_is_claimable_again_from_its_retry_time() {
        answered(message("m1", "thread-1", "question"), "reply");
        ClaimedDelivery delivery = stores.outbox().claim("email", "s1", lease(), 10).get(0);

        stores.outbox().failed(delivery.message().id(), "s1", "SMTP 451", clock.instant().plusSeconds(5));

        assertThat(stores.outbox().claim("email", "s1", lease(), 10)).isEmpty();
        clock.advance(Duration.ofSeconds(6));
        assertThat(stores.outbox().claim("email", "s1", lease(), 10)).hasSize(1);
    }

    @Test
    void a_delivery_given_up_becomes_a_dead_letter_that_staff_can_retry() {
        answered(message("m1", "thread-1", "question"), "reply");
        ClaimedDelivery delivery = stores.outbox().claim("email", "s1", lease(), 10).get(0);

        stores.outbox().failed(delivery.message().id(), "s1", "mailbox unknown", null);

        assertThat(onlyConversation().messages().get(1).delivery()).isEqualTo(DeliveryState.DEAD);
        DeadLetter dead = stores.deadLetters().list(10).get(0);
        assertThat(dead.kind()).isEqualTo(DeadLetter.Kind.OUTBOUND);
        assertThat(stores.deadLetters().retry(DeadLetter.Kind.OUTBOUND, dead.id())).isTrue();
        assertThat(stores.outbox().claim("email", "s1", lease(), 10)).singleElement()
                .satisfies(d -> assertThat(d.attempts()).isEqualTo(1));
    }

    @Test
    void a_sender_that_lost_its_claim_cannot_fail_the_item() {
        answered(message("m1", "thread-1", "question"), "reply");
        ClaimedDelivery first = stores.outbox().claim("email", "s1", lease(), 10).get(0);
        clock.advance(LEASE.plusSeconds(1));
        stores.outbox().claim("email", "s2", lease(), 10);

        stores.outbox().failed(first.message().id(), "s1", "late failure", null);

        assertThat(stores.deadLetters().list(10)).isEmpty();
    }
}
