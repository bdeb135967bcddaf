package org.osee.bot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osee.bot.domain.Author;
import org.osee.bot.domain.ClaimedDelivery;
import org.osee.bot.domain.ClaimedMessage;
import org.osee.bot.domain.ConversationStatus;
import org.osee.bot.domain.Decision;
import org.osee.bot.domain.OutboundMessage;
import org.osee.bot.port.ReplyFeed;

/** The {@link ReplyFeed} contract, run on every database: what any instance shows of a thread comes from here. */
public abstract class ReplyFeedContractTest extends StoreContract {
    private ReplyFeed feed;

    @BeforeEach
    void openFeed() {
        feed = new JdbcReplyFeed(db.database().dataSource(), clock);
    }

    private Instant lease() {
        return clock.instant().plusSeconds(30);
    }

    private void answer(String platformId, String thread, String question, org.osee.bot.domain.Reply reply) {
        stores.inbox().store(message(platformId, thread, question));
        ClaimedMessage claimed = stores.workQueue().claim("w", lease()).orElseThrow();
        assertThat(stores.workQueue().complete(claimed, "w", reply)).isTrue();
    }

    @Test
    void the_replies_of_a_thread_are_listed_in_order_with_their_text_and_sources_whether_delivered_or_not() {
        answer("m1", "thread-1", "Which licence?", answer("Use the EUPL."));
        answer("m2", "thread-1", "And for documents?", answer("Use CC BY 4.0."));
        answer("x1", "thread-2", "Other thread", answer("Not listed."));
        ClaimedDelivery first = stores.outbox().claim("email", "s", lease(), 1).get(0);
        stores.outbox().delivered(first.message().id(), "p-1");

        List<OutboundMessage> replies = feed.after("email", "thread-1", 0, 10);

        assertThat(replies).extracting(OutboundMessage::text).containsExactly("Use the EUPL.", "Use CC BY 4.0.");
        assertThat(replies.get(0).id()).isLessThan(replies.get(1).id());
        assertThat(replies.get(0).author()).isEqualTo(Author.BOT);
        assertThat(replies.get(0).decision()).isEqualTo(Decision.ANSWER);
        assertThat(replies.get(0).citations()).singleElement().satisfies(c -> assertThat(c.title()).isEqualTo("Guide"));
        assertThat(feed.after("email", "thread-1", replies.get(0).id(), 10)).extracting(OutboundMessage::text)
                .containsExactly("Use CC BY 4.0.");
        assertThat(feed.after("email", "thread-1", 0, 1)).hasSize(1);
    }

    @Test
    void the_reply_to_a_message_is_found_by_the_messages_platform_id_once_recorded() {
        stores.inbox().store(message("m1", "thread-1", "Which licence?"));
        assertThat(feed.replyTo("email", "m1")).isEmpty();
        ClaimedMessage claimed = stores.workQueue().claim("w", lease()).orElseThrow();
        stores.workQueue().complete(claimed, "w", answer("Use the EUPL."));

        assertThat(feed.replyTo("email", "m1")).hasValueSatisfying(r -> {
            assertThat(r.text()).isEqualTo("Use the EUPL.");
            assertThat(r.threadKey()).isEqualTo("thread-1");
        });
        assertThat(feed.replyTo("web", "m1")).isEmpty();
    }

    @Test
    void an_escalation_and_the_staff_reply_are_visible_with_the_conversations_status() {
        answer("m1", "thread-1", "I want a person", escalation(false));
        assertThat(feed.status("email", "thread-1")).contains(ConversationStatus.ESCALATED);

        stores.staffDesk().reply(idOfThread("thread-1"), "Grace", "Happy to help.");

        assertThat(feed.after("email", "thread-1", 0, 10)).extracting(OutboundMessage::author)
                .containsExactly(Author.BOT, Author.STAFF);
        assertThat(feed.status("email", "nobody")).isEmpty();
    }

    @Test
    void a_reply_given_up_on_and_a_silent_reply_are_not_listed() {
        answer("m1", "thread-1", "I want a person", escalation(true));
        answer("m2", "thread-1", "Which licence?", answer("Use the EUPL."));
        ClaimedDelivery delivery = stores.outbox().claim("email", "s", lease(), 1).get(0);
        stores.outbox().failed(delivery.message().id(), "s", "refused", null);

        assertThat(feed.after("email", "thread-1", 0, 10)).isEmpty();
        assertThat(feed.replyTo("email", "m2")).isEmpty();
    }
}
