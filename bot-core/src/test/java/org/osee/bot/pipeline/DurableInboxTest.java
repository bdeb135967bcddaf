package org.osee.bot.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.osee.bot.domain.InboundMessage;
import org.osee.bot.port.InboxStore;
import org.osee.knowledge.BadInputException;

/** The inbox's checks, before anything is stored. */
class DurableInboxTest {
    private final InboxStore store = mock(InboxStore.class);
    private final AtomicInteger wakeups = new AtomicInteger();
    private final DurableInbox inbox = new DurableInbox(store, Set.of("email"), 10, wakeups::incrementAndGet);

    private static InboundMessage message(String text) {
        return new InboundMessage("email", "m1", "t", "ada@example.org", "", text, null, null, null);
    }

    @Test
    void a_valid_message_is_stored_and_wakes_a_worker() {
        when(store.store(any())).thenReturn(true);

        assertThat(inbox.accept(message("ok"))).isTrue();
        assertThat(wakeups).hasValue(1);
    }

    @Test
    void a_duplicate_wakes_nobody() {
        when(store.store(any())).thenReturn(false);

        assertThat(inbox.accept(message("ok"))).isFalse();
        assertThat(wakeups).hasValue(0);
    }

    @Test
    void the_size_limit_counts_utf8_bytes_not_characters() {
        assertThatThrownBy(() -> inbox.accept(message("ééééé é")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("13 bytes");
        verify(store).reject(any(), contains("13 bytes"));
        verify(store, never()).store(any());
    }

    @Test
    void paired_surrogates_are_valid_text() {
        when(store.store(any())).thenReturn(true);

        assertThat(inbox.accept(message("\uD83D\uDE00"))).isTrue();
    }

    @Test
    void an_overlong_thread_key_is_rejected_naming_the_field() {
        InboundMessage message = new InboundMessage("email", "m1", "t".repeat(513), "a", "", "", null, null, null);

        assertThatThrownBy(() -> inbox.accept(message)).hasMessageContaining("threadKey is longer than 512");
    }
}
