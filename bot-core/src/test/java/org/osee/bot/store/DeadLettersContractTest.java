package org.osee.bot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.osee.bot.domain.ClaimedDelivery;
import org.osee.bot.domain.ClaimedMessage;
import org.osee.bot.domain.DeadLetter;

/** The {@link org.osee.bot.port.DeadLetters} contract, run on every database. */
public abstract class DeadLettersContractTest extends StoreContract {

    private Instant lease() {
        return clock.instant().plusSeconds(30);
    }

    @Test
    void lists_failed_messages_and_dead_deliveries_newest_first() {
        stores.inbox().store(message("m1", "thread-1", "question"));
        ClaimedMessage answered = stores.workQueue().claim("w", lease()).orElseThrow();
        stores.workQueue().complete(answered, "w", answer("reply"));
        ClaimedDelivery delivery = stores.outbox().claim("email", "s", lease(), 1).get(0);
        stores.outbox().failed(delivery.message().id(), "s", "refused", null);
        clock.advance(Duration.ofMinutes(1));
        stores.inbox().store(message("m2", "thread-2", "question"));
        ClaimedMessage failing = stores.workQueue().claim("w", lease()).orElseThrow();
        stores.workQueue().fail(failing, "w", "assistant down", null);

        assertThat(stores.deadLetters().list(10)).extracting(DeadLetter::kind, DeadLetter::lastError)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DeadLetter.Kind.INBOUND, "assistant down"),
                        org.assertj.core.groups.Tuple.tuple(DeadLetter.Kind.OUTBOUND, "refused"));
    }

    @Test
    void retrying_a_failed_message_queues_it_again_with_fresh_attempts() {
        stores.inbox().store(message("m1", "thread-1", "question"));
        ClaimedMessage failing = stores.workQueue().claim("w", lease()).orElseThrow();
        stores.workQueue().fail(failing, "w", "assistant down", null);

        boolean retried = stores.deadLetters().retry(DeadLetter.Kind.INBOUND, failing.inboxId());

        assertThat(retried).isTrue();
        assertThat(stores.deadLetters().list(10)).isEmpty();
        assertThat(stores.workQueue().claim("w", lease())).hasValueSatisfying(
                m -> assertThat(m.attempts()).isEqualTo(1));
    }

    @Test
    void retrying_what_is_not_a_dead_letter_does_nothing() {
        stores.inbox().store(message("m1", "thread-1", "question"));

        assertThat(stores.deadLetters().retry(DeadLetter.Kind.INBOUND, 1_000_000L)).isFalse();
        assertThat(stores.deadLetters().retry(DeadLetter.Kind.OUTBOUND, 1_000_000L)).isFalse();
    }
}
