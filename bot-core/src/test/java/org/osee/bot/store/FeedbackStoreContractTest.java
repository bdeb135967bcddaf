package org.osee.bot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.osee.bot.domain.ClaimedMessage;
import org.osee.bot.domain.Feedback;
import org.osee.bot.port.NotFoundException;

/** The {@link org.osee.bot.port.FeedbackStore} contract, run on every database. */
public abstract class FeedbackStoreContractTest extends StoreContract {

    @Test
    void records_feedback_on_a_reply() {
        stores.inbox().store(message("m1", "thread-1", "question"));
        ClaimedMessage claimed = stores.workQueue().claim("w", clock.instant().plusSeconds(30)).orElseThrow();
        stores.workQueue().complete(claimed, "w", answer("reply"));
        long replyId = onlyConversation().messages().get(1).id();

        stores.feedback().record(new Feedback(claimed.conversation().id(), replyId, false, "not what I asked", null));

        assertThat(onlyConversation().feedback()).singleElement().satisfies(f -> {
            assertThat(f.helpful()).isFalse();
            assertThat(f.comment()).isEqualTo("not what I asked");
        });
    }

    @Test
    void feedback_on_a_message_of_another_conversation_is_not_found() {
        stores.inbox().store(message("m1", "thread-1", "question"));
        long messageId = onlyConversation().messages().get(0).id();

        assertThatThrownBy(() -> stores.feedback().record(new Feedback("other", messageId, true, "", null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void feedback_on_a_delivery_lands_on_its_reply() {
        stores.inbox().store(message("m1", "thread-1", "question"));
        ClaimedMessage claimed = stores.workQueue().claim("w", clock.instant().plusSeconds(30)).orElseThrow();
        stores.workQueue().complete(claimed, "w", answer("reply"));
        long outboxId = stores.outbox().claim("email", "s", clock.instant().plusSeconds(30), 1).get(0).message().id();
        long replyId = onlyConversation().messages().get(1).id();

        long judged = stores.feedback().recordOnDelivery(claimed.conversation().id(), outboxId, true, "", null);

        assertThat(judged).isEqualTo(replyId);
        assertThat(onlyConversation().feedback()).singleElement().satisfies(f -> {
            assertThat(f.helpful()).isTrue();
            assertThat(f.messageId()).isEqualTo(replyId);
        });
    }

    @Test
    void feedback_on_a_delivery_of_another_conversation_is_not_found() {
        stores.inbox().store(message("m1", "thread-1", "question"));
        ClaimedMessage claimed = stores.workQueue().claim("w", clock.instant().plusSeconds(30)).orElseThrow();
        stores.workQueue().complete(claimed, "w", answer("reply"));
        long outboxId = stores.outbox().claim("email", "s", clock.instant().plusSeconds(30), 1).get(0).message().id();

        assertThatThrownBy(() -> stores.feedback().recordOnDelivery("other", outboxId, true, "", null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> stores.feedback().recordOnDelivery(claimed.conversation().id(), outboxId + 1000,
                true, "", null)).isInstanceOf(NotFoundException.class);
    }
}
