package org.osee.bot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osee.bot.domain.BacklogSnapshot;
import org.osee.bot.domain.ClaimedDelivery;
import org.osee.bot.domain.ClaimedMessage;
import org.osee.bot.domain.ConversationStatus;
import org.osee.bot.port.Backlog;

/** The {@link Backlog} contract, run on every database. */
public abstract class BacklogContractTest extends StoreContract {

    private Backlog backlog() {
        return new JdbcBacklog(db.database().dataSource(), clock);
    }

    private Instant lease() {
        return clock.instant().plusSeconds(30);
    }

    @Test
    void an_empty_database_has_no_backlog() {
        BacklogSnapshot snapshot = backlog().snapshot();

        assertThat(snapshot.inbox()).isEmpty();
        assertThat(snapshot.outbox()).isEmpty();
        assertThat(snapshot.deadLetters()).isZero();
        assertThat(snapshot.staffQueue()).isZero();
        assertThat(snapshot.oldestEscalation()).isNull();
    }

    @Test
    void counts_waiting_messages_and_replies_by_channel() {
        stores.inbox().store(message("m1", "thread-1", "question"));
        stores.inbox().store(message("m2", "thread-2", "question"));
        stores.inbox().store(message("m3", "thread-3", "question"));
        ClaimedMessage answered = stores.workQueue().claim("w", lease()).orElseThrow();
        stores.workQueue().complete(answered, "w", answer("reply"));

        BacklogSnapshot snapshot = backlog().snapshot();

        assertThat(snapshot.inbox()).isEqualTo(Map.of("email", 2L));
        assertThat(snapshot.outbox()).isEqualTo(Map.of("email", 1L));
    }

    @Test
    void counts_dead_letters_of_both_directions() {
        stores.inbox().store(message("m1", "thread-1", "question"));
        ClaimedMessage answered = stores.workQueue().claim("w", lease()).orElseThrow();
        stores.workQueue().complete(answered, "w", answer("reply"));
        ClaimedDelivery delivery = stores.outbox().claim("email", "s", lease(), 1).get(0);
        stores.outbox().failed(delivery.message().id(), "s", "refused", null);
        stores.inbox().store(message("m2", "thread-2", "question"));
        stores.workQueue().fail(stores.workQueue().claim("w", lease()).orElseThrow(), "w", "down", null);

        BacklogSnapshot snapshot = backlog().snapshot();

        assertThat(snapshot.deadLetters()).isEqualTo(2);
        assertThat(snapshot.outbox()).isEmpty();
        assertThat(snapshot.inbox()).isEmpty();
    }

    @Test
    void the_staff_queue_counts_escalated_conversations_and_knows_the_oldest_escalation() {
        Instant first = clock.instant();
        escalate("m1", "thread-1");
        clock.advance(Duration.ofMinutes(5));
        escalate("m2", "thread-2");
        clock.advance(Duration.ofMinutes(5));
        stores.inbox().store(message("m3", "thread-3", "question"));
        stores.workQueue().complete(stores.workQueue().claim("w", lease()).orElseThrow(), "w", answer("reply"));

        BacklogSnapshot snapshot = backlog().snapshot();
        assertThat(snapshot.staffQueue()).isEqualTo(2);
        assertThat(snapshot.oldestEscalation()).isEqualTo(first.truncatedTo(ChronoUnit.MILLIS));

        stores.staffDesk().setStatus(idOfThread("thread-1"), ConversationStatus.RESOLVED);
        BacklogSnapshot after = backlog().snapshot();
        assertThat(after.staffQueue()).isEqualTo(1);
        assertThat(after.oldestEscalation()).isEqualTo(first.plus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.MILLIS));
    }

    private void escalate(String platformId, String thread) {
        stores.inbox().store(message(platformId, thread, "question"));
        stores.workQueue().complete(stores.workQueue().claim("w", lease()).orElseThrow(), "w", escalation(false));
    }
}
