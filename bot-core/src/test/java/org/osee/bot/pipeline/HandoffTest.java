package org.osee.bot.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.osee.bot.domain.ClaimedMessage;
import org.osee.bot.domain.ConversationSnapshot;
import org.osee.bot.domain.InboundMessage;
import org.osee.bot.port.WorkQueue;
import org.osee.bot.store.MutableClock;

class HandoffTest {
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final WorkQueue queue = mock(WorkQueue.class);
    private final MutableClock clock = MutableClock.startingNow();
    private final Handoff handoff = new Handoff("i1/inbox", 2, queue, clock, LEASE);

    private static ClaimedMessage claimed(long id) {
        return new ClaimedMessage(id, id, ConversationSnapshot.fresh("c" + id, "web"),
                new InboundMessage("web", "m" + id, "t" + id, "ada", "", "question " + id, null, null, null), 1);
    }

    /** A message claimed at store and put in the open hand-off, as the inbox does. */
    private ClaimedMessage handedOver(long id) {
        handoff.open();
        assertThat(handoff.reserve()).isTrue();
        ClaimedMessage message = claimed(id);
        handoff.put(message, handoff.leaseUntil());
        return message;
    }

    @Test
    void nothing_is_handed_over_before_the_workers_start() {
        assertThat(handoff.reserve()).isFalse();
    }

    @Test
    void messages_are_taken_in_the_order_they_were_stored_and_room_is_bounded() {
        handoff.open();
        assertThat(handoff.reserve()).isTrue();
        handoff.put(claimed(1), handoff.leaseUntil());
        assertThat(handoff.reserve()).isTrue();
        handoff.put(claimed(2), handoff.leaseUntil());

        assertThat(handoff.reserve()).isFalse();
        assertThat(handoff.poll().inboxId()).isEqualTo(1);
        assertThat(handoff.reserve()).isTrue();
        assertThat(handoff.poll().inboxId()).isEqualTo(2);
        assertThat(handoff.poll()).isNull();
    }

    @Test
    void a_message_that_waited_half_its_lease_goes_back_to_the_queue_instead_of_to_a_worker() {
        ClaimedMessage old = handedOver(1);

        clock.advance(LEASE.dividedBy(2).plusSeconds(1));

        assertThat(handoff.poll()).isNull();
        verify(queue).release(old, "i1/inbox");
    }

    @Test
    void closing_hands_every_waiting_claim_back_and_refuses_more() {
        ClaimedMessage waiting = handedOver(1);

        handoff.close();

        verify(queue).release(waiting, "i1/inbox");
        assertThat(handoff.poll()).isNull();
        assertThat(handoff.reserve()).isFalse();
    }

    @Test
    void a_claim_put_after_closing_is_handed_back_at_once() {
        handoff.open();
        handoff.reserve();
        handoff.close();
        ClaimedMessage late = claimed(1);

        handoff.put(late, handoff.leaseUntil());

        verify(queue).release(late, "i1/inbox");
        assertThat(handoff.poll()).isNull();
    }

    @Test
    void a_fresh_message_is_not_handed_back() {
        ClaimedMessage fresh = handedOver(1);

        assertThat(handoff.poll()).isSameAs(fresh);
        verify(queue, never()).release(fresh, "i1/inbox");
    }
}
