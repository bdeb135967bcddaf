package org.osee.bot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.osee.bot.domain.Author;
import org.osee.bot.domain.ConversationHistory;
import org.osee.bot.domain.ConversationStatus;
import org.osee.bot.domain.InboundMessage;
import org.osee.bot.domain.Rejection;
import org.osee.bot.port.InboxStore;

/** The {@link org.osee.bot.port.InboxStore} contract, run on every database. */
public abstract class InboxStoreContractTest extends StoreContract {

    @Test
    void stores_a_new_message_as_the_first_turn_of_a_new_open_conversation() {
        boolean stored = stores.inbox().store(message("m1", "thread-1", "How do we pick a licence?"));

        assertThat(stored).isTrue();
        ConversationHistory history = onlyConversation();
        assertThat(history.conversation().status()).isEqualTo(ConversationStatus.OPEN);
        assertThat(history.conversation().participant()).isEqualTo("ada@example.org");
        assertThat(history.conversation().language()).isEqualTo("en");
        assertThat(history.messages()).singleElement().satisfies(m -> {
            assertThat(m.author()).isEqualTo(Author.USER);
            assertThat(m.text()).isEqualTo("How do we pick a licence?");
            assertThat(m.authorName()).isEqualTo("Ada");
        });
    }

    @Test
    void a_repeated_platform_id_on_the_same_channel_changes_nothing() {
        stores.inbox().store(message("m1", "thread-1", "first"));

        boolean again = stores.inbox().store(message("m1", "thread-1", "first, delivered twice"));

        assertThat(again).isFalse();
        assertThat(onlyConversation().messages()).extracting(m -> m.text()).containsExactly("first");
    }

    @Test
    void the_same_platform_id_on_another_channel_is_another_message() {
        stores.inbox().store(message("m1", "thread-1", "by email"));
        InboundMessage discord = new InboundMessage("discord", "m1", "thread-1", "ada#1", "", "on discord", null,
                null, null);

        assertThat(stores.inbox().store(discord)).isTrue();
        assertThat(stores.conversations().list(java.util.Set.of(), 10, 0)).hasSize(2);
    }

    @Test
    void messages_with_the_same_thread_key_share_one_conversation() {
        stores.inbox().store(message("m1", "thread-1", "first"));
        stores.inbox().store(message("m2", "thread-1", "second"));
        stores.inbox().store(message("m3", "thread-2", "elsewhere"));

        assertThat(stores.conversations().list(java.util.Set.of(), 10, 0)).hasSize(2);
        ConversationHistory first = stores.conversations().history(idOfThread("thread-1")).orElseThrow();
        assertThat(first.messages()).extracting(m -> m.text()).containsExactly("first", "second");
    }

    @Test
    void a_new_message_reopens_a_resolved_conversation() {
        stores.inbox().store(message("m1", "thread-1", "first"));
        stores.staffDesk().setStatus(idOfThread("thread-1"), ConversationStatus.RESOLVED);

        stores.inbox().store(message("m2", "thread-1", "one more question"));

        assertThat(onlyConversation().conversation().status()).isEqualTo(ConversationStatus.OPEN);
    }

    @Test
    void a_rejection_is_recorded_with_its_reason_and_size_but_not_its_text() {
        stores.inbox().reject(message("m1", "thread-1", "x".repeat(100)), "text is too large");

        assertThat(stores.deadLetters().rejections(10)).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo("text is too large");
            assertThat(r.textBytes()).isEqualTo(100);
            assertThat(r.platformMessageId()).isEqualTo("m1");
        });
        assertThat(stores.conversations().list(java.util.Set.of(), 10, 0)).isEmpty();
    }

    @Test
    void a_rejection_is_recorded_even_when_its_identifiers_hold_invalid_text() {
        InboundMessage broken = new InboundMessage("em\u0000ail", "m\uD800", "t", "a\u0000b", "", "\u0000", null,
                null, null);

        stores.inbox().reject(broken, "text is not valid Unicode");

        Rejection rejection = stores.deadLetters().rejections(10).get(0);
        assertThat(rejection.channel()).isEqualTo("em\uFFFDail");
        assertThat(rejection.platformMessageId()).isEqualTo("m\uFFFD");
    }

    @Test
    void concurrent_deliveries_of_one_message_store_it_once() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                attempts.add(() -> stores.inbox().store(message("same", "thread-1", "hello")));
            }
            List<Boolean> results = new ArrayList<>();
            for (Future<Boolean> result : pool.invokeAll(attempts)) {
                results.add(result.get());
            }

            assertThat(results).containsOnlyOnce(true);
            assertThat(onlyConversation().messages()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_message_stored_with_a_claim_is_held_by_its_claimant_and_answered_under_that_claim() {
        InboxStore.Stored stored = stores.inbox().storeClaiming(message("m1", "thread-1", "How do we pick a licence?"),
                "instance-1/inbox", clock.instant().plusSeconds(60));

        assertThat(stored.stored()).isTrue();
        assertThat(stored.claimed()).isNotNull();
        assertThat(stored.claimed().message().text()).isEqualTo("How do we pick a licence?");
        assertThat(stored.claimed().attempts()).isEqualTo(1);
        assertThat(stores.workQueue().claim("other-worker", clock.instant().plusSeconds(60))).isEmpty();
        assertThat(stores.workQueue().complete(stored.claimed(), "other-worker", answer("x"))).isFalse();
        assertThat(stores.workQueue().complete(stored.claimed(), "instance-1/inbox", answer("Choose one."))).isTrue();
        assertThat(onlyConversation().messages()).extracting(m -> m.text())
                .containsExactly("How do we pick a licence?", "Choose one.");
    }

    @Test
    void a_message_behind_a_pending_one_of_its_conversation_is_stored_unclaimed() {
        stores.inbox().store(message("m1", "thread-1", "first"));

        InboxStore.Stored second = stores.inbox().storeClaiming(message("m2", "thread-1", "second"),
                "instance-1/inbox", clock.instant().plusSeconds(60));

        assertThat(second.stored()).isTrue();
        assertThat(second.claimed()).isNull();
        assertThat(stores.workQueue().claim("w", clock.instant().plusSeconds(60)))
                .hasValueSatisfying(c -> assertThat(c.message().text()).isEqualTo("first"));
    }

    @Test
    void a_duplicate_stored_with_a_claim_is_neither_stored_nor_claimed() {
        stores.inbox().store(message("m1", "thread-1", "first"));

        InboxStore.Stored again = stores.inbox().storeClaiming(message("m1", "thread-1", "first"), "instance-1/inbox",
                clock.instant().plusSeconds(60));

        assertThat(again.stored()).isFalse();
        assertThat(again.claimed()).isNull();
    }

    @Test
    void a_claim_taken_at_store_and_handed_back_is_claimed_afresh_without_counting_an_attempt() {
        InboxStore.Stored stored = stores.inbox().storeClaiming(message("m1", "thread-1", "first"),
                "instance-1/inbox", clock.instant().plusSeconds(60));

        stores.workQueue().release(stored.claimed(), "instance-1/inbox");

        assertThat(stores.workQueue().claim("w", clock.instant().plusSeconds(60)))
                .hasValueSatisfying(c -> assertThat(c.attempts()).isEqualTo(1));
    }

    @Test
    void a_message_claimed_at_store_is_the_message_a_claim_from_the_queue_reads_back() {
        InboundMessage first = new InboundMessage("email", "m1", "thread-1", "ada@example.org", "A".repeat(600),
                "How do we pick a licence?", "en-GB-x-very-long-tag", java.time.Instant.parse(
                "2026-11-28T10:15:30.123456789Z"), java.util.Map.of("subject", "Licences"));
        InboundMessage second = message("m2", "thread-1", "And for documentation?");

        for (InboundMessage message : List.of(first, second)) {
            InboxStore.Stored stored = stores.inbox().storeClaiming(message, "instance-1/inbox",
                    clock.instant().plusSeconds(60));
            stores.workQueue().release(stored.claimed(), "instance-1/inbox");
            var claimed = stores.workQueue().claim("w", clock.instant().plusSeconds(60)).orElseThrow();

            assertThat(stored.claimed()).isEqualTo(claimed);
            stores.workQueue().complete(claimed, "w", answer("Answered."));
        }
    }
}
