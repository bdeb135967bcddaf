package org.osee.bot.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.ArgumentMatchers.notNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.osee.bot.answer.Phrase;
import org.osee.bot.answer.Phrases;
import org.osee.bot.domain.Citation;
import org.osee.bot.domain.ClaimedMessage;
import org.osee.bot.domain.ConversationSnapshot;
import org.osee.bot.domain.ConversationStatus;
import org.osee.bot.domain.Decision;
import org.osee.bot.domain.EscalationReason;
import org.osee.bot.domain.InboundMessage;
import org.osee.bot.domain.MessageKind;
import org.osee.bot.domain.Reply;
import org.osee.bot.port.FeedbackStore;
import org.osee.bot.port.NotFoundException;
import org.osee.bot.port.WorkQueue;
import org.osee.bot.store.StoreException;

/** One worker step, with the queue and the assistant's failures simulated. */
class WorkerTest {
    private static final PipelineConfig CONFIG = PipelineConfig.defaults().withRetries(3, Duration.ofSeconds(1),
            Duration.ofSeconds(10));

    private final WorkQueue queue = mock(WorkQueue.class);
    private final FeedbackStore feedback = mock(FeedbackStore.class);
    private final List<String> typing = new ArrayList<>();
    private final List<String> woken = new ArrayList<>();
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    private Worker worker() {
        return new Worker("w1", queue, new DeterministicAssistant(), feedback,
                (channel, thread) -> typing.add(channel + ":" + thread), CONFIG, clock, new Wakeup(), m -> woken.add(m.conversation().channel()));
    }

    private ClaimedMessage claimed(String text, int attempts) {
        return claimed(ConversationSnapshot.fresh("c1", "email"), MessageKind.TEXT, text, null, attempts);
    }

    private ClaimedMessage claimed(ConversationSnapshot conversation, MessageKind kind, String text, String refersTo,
                                   int attempts) {
        ClaimedMessage claimed = new ClaimedMessage(1, 2, conversation,
                new InboundMessage("email", "m1", "t", "ada@example.org", "", text, null, null, null, kind, refersTo),
                attempts);
        when(queue.claim(eq("w1"), any())).thenReturn(Optional.of(claimed));
        return claimed;
    }

    private static ConversationSnapshot inFrench(ConversationStatus status) {
        return new ConversationSnapshot("c1", "web", status, "fr", List.of());
    }

    @Test
    void the_channel_is_told_an_answer_is_coming_before_it_is_composed() {
        ClaimedMessage claimed = claimed("hello", 1);
        when(queue.complete(eq(claimed), eq("w1"), any())).thenReturn(true);

        worker().workOnce();

        assertThat(typing).containsExactly("email:t");
    }

    @Test
    void a_failing_typing_signal_does_not_stop_the_answer() {
        ClaimedMessage claimed = claimed("hello", 1);
        when(queue.complete(eq(claimed), eq("w1"), any())).thenReturn(true);
        Worker worker = new Worker("w1", queue, new DeterministicAssistant(), feedback, (channel, thread) -> {
            throw new IllegalStateException("platform down");
        }, CONFIG, clock, new Wakeup(), m -> woken.add(m.conversation().channel()));

        worker.workOnce();

        verify(queue).complete(eq(claimed), eq("w1"), argThat(r -> r.text().startsWith("answer to: hello")));
    }

    @Test
    void an_edit_is_answered_as_a_new_text_turn() {
        ClaimedMessage claimed = claimed(ConversationSnapshot.fresh("c1", "email"), MessageKind.EDIT, "hello again",
                "m0", 1);
        when(queue.complete(eq(claimed), eq("w1"), any())).thenReturn(true);

        worker().workOnce();

        verify(queue).complete(eq(claimed), eq("w1"), argThat(r -> r.text().startsWith("answer to: hello again")));
        assertThat(typing).containsExactly("email:t");
    }

    @Test
    void a_low_confidence_answer_on_a_draft_channel_is_held_and_acknowledged_instead_of_sent() {
        ClaimedMessage claimed = claimed("which licence?", 1);
        when(queue.hold(eq(claimed), eq("w1"), any(), any())).thenReturn(true);
        Reply unsure = new Reply(Decision.ANSWER, "Probably the EUPL.", 0.4, "fr",
                List.of(new Citation("guide.md", "Guide", "Licences", null)), null, false);
        Worker worker = new Worker("w1", queue, (conversation, text) -> unsure, feedback, (channel, thread) -> { },
                CONFIG, clock, new Wakeup(), m -> woken.add(m.conversation().channel()));
        worker.holdDrafts(new DraftPolicy(Set.of("email"), 0.6));

        worker.workOnce();

        verify(queue).hold(eq(claimed), eq("w1"), eq(unsure), argThat(ack -> ack.decision() == Decision.ESCALATE
                && ack.escalationReason() == EscalationReason.DRAFT
                && ack.text().equals(Phrases.get(Phrase.DRAFT_ACK, "fr"))));
        verify(queue, never()).complete(any(), any(), any());
        assertThat(woken).containsExactly("email");
    }

    @Test
    void a_confident_answer_on_a_draft_channel_is_sent() {
        ClaimedMessage claimed = claimed("which licence?", 1);
        when(queue.complete(eq(claimed), eq("w1"), any())).thenReturn(true);
        Reply sure = new Reply(Decision.ANSWER, "The EUPL.", 0.8, "en",
                List.of(new Citation("guide.md", "Guide", "Licences", null)), null, false);
        Worker worker = new Worker("w1", queue, (conversation, text) -> sure, feedback, (channel, thread) -> { },
                CONFIG, clock, new Wakeup(), m -> woken.add(m.conversation().channel()));
        worker.holdDrafts(new DraftPolicy(Set.of("email"), 0.6));

        worker.workOnce();

        verify(queue).complete(claimed, "w1", sure);
        verify(queue, never()).hold(any(), any(), any(), any());
    }

    @Test
    void a_request_for_a_person_escalates_and_confirms_in_the_conversations_language() {
        ClaimedMessage claimed = claimed(inFrench(ConversationStatus.OPEN), MessageKind.HUMAN, "", null, 1);
        when(queue.complete(eq(claimed), eq("w1"), any())).thenReturn(true);

        worker().workOnce();

        verify(queue).complete(eq(claimed), eq("w1"), argThat(r -> r.decision() == Decision.ESCALATE
                && r.escalationReason() == EscalationReason.ASKED_FOR_PERSON && r.language().equals("fr")
                && r.text().equals(Phrases.get(Phrase.ESCALATE_PERSON, "fr")) && !r.silent()));
        assertThat(typing).isEmpty();
        assertThat(woken).containsExactly("web");
    }

    @Test
    void a_request_for_a_person_in_an_escalated_conversation_is_acknowledged() {
        ClaimedMessage claimed = claimed(inFrench(ConversationStatus.ESCALATED), MessageKind.HUMAN, "", null, 1);
        when(queue.complete(eq(claimed), eq("w1"), any())).thenReturn(true);

        worker().workOnce();

        verify(queue).complete(eq(claimed), eq("w1"), argThat(r -> r.decision() == Decision.ESCALATE
                && r.escalationReason() == EscalationReason.ALREADY_ESCALATED
                && r.text().equals(Phrases.get(Phrase.ESCALATED_ACK, "fr"))));
    }

    @Test
    void feedback_is_stored_on_the_reply_it_names_and_not_answered() {
        ClaimedMessage claimed = claimed(ConversationSnapshot.fresh("c1", "web"), MessageKind.NOT_HELPFUL, "", "42", 1);

        worker().workOnce();

        verify(feedback).recordOnDelivery(eq("c1"), eq(42L), eq(false), eq(""), any());
        verify(queue).done(claimed, "w1");
        verify(queue, never()).complete(any(), any(), any());
        assertThat(typing).isEmpty();
        assertThat(woken).isEmpty();
    }

    @Test
    void feedback_on_an_unknown_reply_is_dropped_without_retry() {
        ClaimedMessage claimed = claimed(ConversationSnapshot.fresh("c1", "web"), MessageKind.HELPFUL, "", "7", 1);
        when(feedback.recordOnDelivery(any(), anyLong(), anyBoolean(), any(), any()))
                .thenThrow(new NotFoundException("no reply 7"));

        worker().workOnce();

        verify(queue).done(claimed, "w1");
        verify(queue, never()).fail(any(), any(), any(), any());
    }

    @Test
    void feedback_naming_no_number_is_dropped_without_retry() {
        ClaimedMessage claimed = claimed(ConversationSnapshot.fresh("c1", "web"), MessageKind.HELPFUL, "", "x'1", 1);

        worker().workOnce();

        verify(queue).done(claimed, "w1");
        verify(feedback, never()).recordOnDelivery(any(), anyLong(), anyBoolean(), any(), any());
    }

    @Test
    void feedback_that_cannot_be_stored_is_retried() {
        ClaimedMessage claimed = claimed(ConversationSnapshot.fresh("c1", "web"), MessageKind.HELPFUL, "", "7", 1);
        when(feedback.recordOnDelivery(any(), anyLong(), anyBoolean(), any(), any()))
                .thenThrow(new StoreException("connection lost", null));

        worker().workOnce();

        verify(queue).fail(eq(claimed), eq("w1"), contains("connection lost"), notNull());
        verify(queue, never()).done(any(), any());
    }

    @Test
    void a_recorded_reply_wakes_the_sender_of_its_channel() {
        ClaimedMessage claimed = claimed("hello", 1);
        when(queue.complete(eq(claimed), eq("w1"), any())).thenReturn(true);

        assertThat(worker().workOnce()).isTrue();

        assertThat(woken).containsExactly("email");
    }

    @Test
    void a_reply_that_cannot_be_recorded_is_retried_after_a_backoff() {
        ClaimedMessage claimed = claimed("hello", 1);
        when(queue.complete(eq(claimed), eq("w1"), any())).thenThrow(new StoreException("connection lost", null));

        worker().workOnce();

        verify(queue).fail(eq(claimed), eq("w1"), contains("connection lost"), notNull());
        assertThat(woken).isEmpty();
    }

    @Test
    void an_assistant_failure_on_the_last_attempt_gives_the_message_up() {
        ClaimedMessage claimed = claimed("[fail]", 3);

        worker().workOnce();

        verify(queue).fail(eq(claimed), eq("w1"), contains("cannot handle"), isNull());
    }

    @Test
    void a_failure_to_record_a_failure_does_not_escape_the_loop() {
        ClaimedMessage claimed = claimed("[fail]", 1);
        org.mockito.Mockito.doThrow(new StoreException("down", null)).when(queue)
                .fail(any(), any(), any(), any());

        assertThat(worker().workOnce()).isTrue();
        verify(queue).fail(eq(claimed), eq("w1"), any(), notNull());
    }
}
