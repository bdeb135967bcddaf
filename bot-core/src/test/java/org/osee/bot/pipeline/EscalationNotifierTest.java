package org.osee.bot.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.osee.bot.domain.ClaimedMessage;
import org.osee.bot.domain.ConversationSnapshot;
import org.osee.bot.domain.ConversationStatus;
import org.osee.bot.domain.EscalationReason;
import org.osee.bot.domain.InboundMessage;
import org.osee.bot.domain.MessageKind;
import org.osee.bot.port.FeedbackStore;
import org.osee.bot.port.WorkQueue;

/** The worker tells the escalation notifier of each new escalation once it is recorded, and of nothing else. */
class EscalationNotifierTest {
    private final WorkQueue queue = mock(WorkQueue.class);
    private final List<String> notified = new ArrayList<>();

    private Worker worker() {
        Worker worker = new Worker("w1", queue, new DeterministicAssistant(), mock(FeedbackStore.class),
                (channel, thread) -> { }, PipelineConfig.defaults(), Clock.systemUTC(), new Wakeup(), message -> { });
        worker.notifyEscalations((conversation, message, reason) ->
                notified.add(conversation.id() + "/" + message.platformMessageId() + "/" + reason));
        return worker;
    }

    private void claim(ConversationStatus status, MessageKind kind, boolean recorded) {
        ClaimedMessage claimed = new ClaimedMessage(1, 2, new ConversationSnapshot("c1", "discord", status, "en",
                List.of()), new InboundMessage("discord", "m1", "dm:1", "1", "ana", "", null, null, null, kind, null), 1);
        when(queue.claim(eq("w1"), any())).thenReturn(Optional.of(claimed));
        when(queue.complete(eq(claimed), eq("w1"), any())).thenReturn(recorded);
    }

    @Test
    void a_new_escalation_is_announced_once_recorded() {
        claim(ConversationStatus.OPEN, MessageKind.HUMAN, true);

        worker().workOnce();

        assertThat(notified).containsExactly("c1/m1/" + EscalationReason.ASKED_FOR_PERSON);
    }

    @Test
    void an_escalated_conversation_asking_again_and_an_unrecorded_reply_announce_nothing() {
        claim(ConversationStatus.ESCALATED, MessageKind.HUMAN, true);
        worker().workOnce();
        claim(ConversationStatus.OPEN, MessageKind.HUMAN, false);
        worker().workOnce();

        assertThat(notified).isEmpty();
    }
}
