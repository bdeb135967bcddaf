package org.osee.bot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.osee.bot.domain.Author;
import org.osee.bot.domain.ClaimedDelivery;
import org.osee.bot.domain.ClaimedMessage;
import org.osee.bot.domain.ConversationHistory;
import org.osee.bot.domain.ConversationStatus;
import org.osee.bot.domain.DeadLetter;
import org.osee.bot.domain.Decision;
import org.osee.bot.domain.EscalationReason;
import org.osee.bot.domain.MessageKind;

/** The {@link org.osee.bot.port.WorkQueue} contract, run on every database. */
public abstract class WorkQueueContractTest extends StoreContract {
    private static final Duration LEASE = Duration.ofSeconds(30);

    private Instant lease() {
        return clock.instant().plus(LEASE);
    }

    @Test
    void claims_the_oldest_pending_message_with_the_history_before_it() {
        stores.inbox().store(message("m1", "thread-1", "first"));
        ClaimedMessage first = stores.workQueue().claim("w1", lease()).orElseThrow();
        stores.workQueue().complete(first, "w1", answer("an answer"));
        stores.inbox().store(message("m2", "thread-1", "second"));

        ClaimedMessage second = stores.workQueue().claim("w1", lease()).orElseThrow();

        assertThat(second.message().text()).isEqualTo("second");
        assertThat(second.message().metadata()).containsEntry("subject", "Licences");
        assertThat(second.attempts()).isEqualTo(1);
        assertThat(second.conversation().history()).extracting(t -> t.author() + ":" + t.text())
                .containsExactly("USER:first", "BOT:an answer");
    }

    @Test
    void kind_and_reference_come_back_with_the_claim() {
        stores.inbox().store(message("m1", "thread-1", "first"));
        stores.inbox().store(message("m1@edit:1700000000000", "thread-1", "first, corrected", MessageKind.EDIT, "m1"));
        ClaimedMessage first = stores.workQueue().claim("w1", lease()).orElseThrow();
        stores.workQueue().complete(first, "w1", answer("an answer"));

        ClaimedMessage edit = stores.workQueue().claim("w1", lease()).orElseThrow();

        assertThat(first.message().kind()).isEqualTo(MessageKind.TEXT);
        assertThat(edit.message().kind()).isEqualTo(MessageKind.EDIT);
        assertThat(edit.message().refersTo()).isEqualTo("m1");
        assertThat(edit.message().text()).isEqualTo("first, corrected");
        assertThat(edit.conversation().id()).isEqualTo(first.conversation().id());
    }

    @Test
    void feedback_is_work_but_no_turn_of_the_conversation() {
        stores.inbox().store(message("m1", "thread-1", "first"));
        ClaimedMessage first = stores.workQueue().claim("w1", lease()).orElseThrow();
        stores.workQueue().complete(first, "w1", answer("an answer"));
        stores.inbox().store(message("f1", "thread-1", "", MessageKind.HELPFUL, "12"));

        ClaimedMessage feedback = stores.workQueue().claim("w1", lease()).orElseThrow();
        boolean done = stores.workQueue().done(feedback, "w1");

        assertThat(feedback.message().kind()).isEqualTo(MessageKind.HELPFUL);
        assertThat(feedback.message().refersTo()).isEqualTo("12");
        assertThat(feedback.conversation().history()).extracting(t -> t.author() + ":" + t.text())
                .containsExactly("USER:first", "BOT:an answer");
        assertThat(done).isTrue();
        assertThat(stores.workQueue().claim("w1", lease())).isEmpty();
        assertThat(onlyConversation().messages()).extracting(m -> m.text()).containsExactly("first", "an answer");
    }

    @Test
    void feedback_does_not_reopen_a_resolved_conversation() {
        stores.inbox().store(message("m1", "thread-1", "first"));
        ClaimedMessage first = stores.workQueue().claim("w1", lease()).orElseThrow();
        stores.workQueue().complete(first, "w1", answer("an answer"));
        stores.staffDesk().setStatus(first.conversation().id(), ConversationStatus.RESOLVED);

        stores.inbox().store(message("f1", "thread-1", "", MessageKind.NOT_HELPFUL, "1"));

        assertThat(onlyConversation().conversation().status()).isEqualTo(ConversationStatus.RESOLVED);
    }

    @Test
    void feedback_naming_no_known_conversation_is_not_stored() {
        boolean stored = stores.inbox().store(message("f1", "nobody", "", MessageKind.HELPFUL, "1"));

        assertThat(stored).isFalse();
        assertThat(stores.workQueue().claim("w1", lease())).isEmpty();
        assertThat(stores.conversations().list(java.util.Set.of(), 10, 0)).isEmpty();
    }

    @Test
    void done_by_a_worker_that_lost_its_claim_does_nothing() {
        stores.inbox().store(message("m1", "thread-1", "first"));
        ClaimedMessage first = stores.workQueue().claim("w0", lease()).orElseThrow();
        stores.workQueue().complete(first, "w0", answer("an answer"));
        stores.inbox().store(message("f1", "thread-1", "", MessageKind.HELPFUL, "1"));
        ClaimedMessage stuck = stores.workQueue().claim("w1", lease()).orElseThrow();
        clock.advance(LEASE.plusSeconds(1));
        stores.workQueue().claim("w2", lease()).orElseThrow();

        assertThat(stores.workQueue().done(stuck, "w1")).isFalse();
    }

    @Test
    void a_leased_message_is_not_claimed_again() {
        stores.inbox().store(message("m1", "thread-1", "first"));
        stores.workQueue().claim("w1", lease()).orElseThrow();

        assertThat(stores.workQueue().claim("w2", lease())).isEmpty();
    }

    @Test
    void a_claim_whose_lease_ran_out_is_taken_over_and_the_first_worker_cannot_complete_it() {
        stores.inbox().store(message("m1", "thread-1", "first"));
        ClaimedMessage stuck = stores.workQueue().claim("w1", lease()).orElseThrow();
        clock.advance(LEASE.plusSeconds(1));

        ClaimedMessage takenOver = stores.workQueue().claim("w2", lease()).orElseThrow();
        boolean lateCompletion = stores.workQueue().complete(stuck, "w1", answer("late"));
        boolean completion = stores.workQueue().complete(takenOver, "w2", answer("on time"));

        assertThat(takenOver.attempts()).isEqualTo(2);
        assertThat(lateCompletion).isFalse();
        assertThat(completion).isTrue();
        assertThat(onlyConversation().messages()).extracting(m -> m.text()).containsExactly("first", "on time");
    }

    @Test
    void completing_records_the_reply_queues_it_and_marks_the_message_done() {
        stores.inbox().store(message("m1", "thread-1", "first"));
        ClaimedMessage claimed = stores.workQueue().claim("w1", lease()).orElseThrow();

        assertThat(stores.workQueue().complete(claimed, "w1", answer("an answer"))).isTrue();

        ConversationHistory history = onlyConversation();
        assertThat(history.messages().get(1)).satisfies(m -> {
            assertThat(m.author()).isEqualTo(Author.BOT);
            assertThat(m.decision()).isEqualTo(Decision.ANSWER);
            assertThat(m.confidence()).isEqualTo(0.8);
            assertThat(m.citations()).extracting(c -> c.source()).containsExactly("guide.md");
        });
        List<ClaimedDelivery> queued = stores.outbox().claim("email", "s1", lease(), 10);
        assertThat(queued).singleElement().satisfies(d -> {
            assertThat(d.message().text()).isEqualTo("an answer");
            assertThat(d.message().recipient()).isEqualTo("ada@example.org");
            assertThat(d.message().inReplyTo().platformMessageId()).isEqualTo("m1");
        });
        assertThat(stores.workQueue().claim("w2", lease())).isEmpty();
    }

    @Test
    void an_escalating_reply_escalates_the_conversation_with_its_reason() {
        stores.inbox().store(message("m1", "thread-1", "I want a person"));
        ClaimedMessage claimed = stores.workQueue().claim("w1", lease()).orElseThrow();

        stores.workQueue().complete(claimed, "w1", escalation(false));

        ConversationHistory history = onlyConversation();
        assertThat(history.conversation().status()).isEqualTo(ConversationStatus.ESCALATED);
        assertThat(history.escalations()).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo(EscalationReason.LOW_CONFIDENCE));
    }

    @Test
    void a_silent_reply_is_recorded_but_not_queued() {
        stores.inbox().store(message("m1", "thread-1", "hello?"));
        ClaimedMessage claimed = stores.workQueue().claim("w1", lease()).orElseThrow();

        stores.workQueue().complete(claimed, "w1", escalation(true));

        assertThat(onlyConversation().messages()).hasSize(2);
        assertThat(stores.outbox().claim("email", "s1", lease(), 10)).isEmpty();
    }

    @Test
    void a_failed_message_is_claimable_again_from_its_retry_time() {
        stores.inbox().store(message("m1", "thread-1", "first"));
        ClaimedMessage claimed = stores.workQueue().claim("w1", lease()).orElseThrow();

        stores.workQueue().fail(claimed, "w1", "assistant timed out", clock.instant().plusSeconds(10));

        assertThat(stores.workQueue().claim("w1", lease())).isEmpty();
        clock.advance(Duration.ofSeconds(11));
        assertThat(stores.workQueue().claim("w1", lease())).hasValueSatisfying(
                again -> assertThat(again.attempts()).isEqualTo(2));
    }

    @Test
    void a_message_given_up_is_shown_as_a_dead_letter() {
        stores.inbox().store(message("m1", "thread-1", "first"));
        ClaimedMessage claimed = stores.workQueue().claim("w1", lease()).orElseThrow();

        stores.workQueue().fail(claimed, "w1", "assistant broke", null);

        assertThat(stores.deadLetters().list(10)).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DeadLetter.Kind.INBOUND);
            assertThat(d.lastError()).isEqualTo("assistant broke");
            assertThat(d.conversationId()).isEqualTo(claimed.conversation().id());
        });
        clock.advance(Duration.ofDays(1));
        assertThat(stores.workQueue().claim("w1", lease())).isEmpty();
    }

    @Test
    void a_later_message_of_a_conversation_waits_until_the_earlier_one_is_answered() {
        stores.inbox().store(message("m1", "thread-1", "first"));
        stores.inbox().store(message("m2", "thread-1", "second"));
        stores.inbox().store(message("m3", "thread-2", "other"));
        ClaimedMessage first = stores.workQueue().claim("w1", lease()).orElseThrow();

        Optional<ClaimedMessage> next = stores.workQueue().claim("w2", lease());

        assertThat(next).hasValueSatisfying(m -> assertThat(m.message().text()).isEqualTo("other"));
        assertThat(stores.workQueue().claim("w3", lease())).isEmpty();
        stores.workQueue().complete(first, "w1", answer("done"));
        assertThat(stores.workQueue().claim("w3", lease())).hasValueSatisfying(
                m -> assertThat(m.message().text()).isEqualTo("second"));
    }

    @Test
    void concurrent_workers_never_claim_the_same_message() throws Exception {
        for (int i = 0; i < 40; i++) {
            stores.inbox().store(message("m" + i, "thread-" + i, "question " + i));
        }
        List<Long> claimed = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int w = 0; w < 4; w++) {
            String worker = "w" + w;
            pool.submit(() -> {
                Optional<ClaimedMessage> next;
                while ((next = stores.workQueue().claim(worker, lease())).isPresent()) {
                    claimed.add(next.get().inboxId());
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        assertThat(claimed).hasSize(40).doesNotHaveDuplicates();
        assertThat(Set.copyOf(claimed)).hasSize(40);
    }
}
