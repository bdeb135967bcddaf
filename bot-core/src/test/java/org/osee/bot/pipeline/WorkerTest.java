package org.osee.bot.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.ArgumentMatchers.notNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.osee.bot.domain.ClaimedMessage;
import org.osee.bot.domain.ConversationSnapshot;
import org.osee.bot.domain.InboundMessage;
import org.osee.bot.port.WorkQueue;
import org.osee.bot.store.StoreException;

/** One worker step, with the queue and the assistant's failures simulated. */
class WorkerTest {
    private static final PipelineConfig CONFIG = PipelineConfig.defaults().withRetries(3, Duration.ofSeconds(1),
            Duration.ofSeconds(10));

    private final WorkQueue queue = mock(WorkQueue.class);
    private final List<String> woken = new ArrayList<>();
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    private Worker worker() {
        return new Worker("w1", queue, new DeterministicAssistant(), CONFIG, clock, new Wakeup(), woken::add);
    }

    private ClaimedMessage claimed(String text, int attempts) {
        ClaimedMessage claimed = new ClaimedMessage(1, 2, ConversationSnapshot.fresh("c1", "email"),
                new InboundMessage("email", "m1", "t", "ada@example.org", "", text, null, null, null), attempts);
        when(queue.claim(eq("w1"), any())).thenReturn(Optional.of(claimed));
        return claimed;
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
