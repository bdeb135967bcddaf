package org.osee.bot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.osee.bot.domain.ClaimedMessage;
import org.osee.bot.domain.ConversationStatus;
import org.osee.bot.domain.Decision;
import org.osee.bot.domain.EscalationReason;
import org.osee.bot.domain.InboundMessage;
import org.osee.bot.domain.QueueItem;
import org.osee.bot.domain.QueuePage;
import org.osee.bot.domain.QueueQuery;
import org.osee.bot.domain.Reply;
import org.osee.bot.domain.RetrievedPassage;
import org.osee.bot.domain.StoredMessage;

/** The staff queue of {@link org.osee.bot.port.ConversationStore}: filters, pages, previews; on every database. */
public abstract class QueueContractTest extends StoreContract {

    private ClaimedMessage lastClaim;

    private String askAnd(String platformId, String thread, String text, String channel, String language,
                          Reply reply) {
        InboundMessage base = message(platformId, thread, text);
        stores.inbox().store(new InboundMessage(channel, platformId, thread, base.sender(), base.senderName(), text,
                language, base.receivedAt(), base.metadata()));
        lastClaim = stores.workQueue().claim("w", clock.instant().plusSeconds(30)).orElseThrow();
        stores.workQueue().complete(lastClaim, "w", reply);
        return lastClaim.conversation().id();
    }

    private String escalated(String platformId, String thread, String text, String channel, String language) {
        return askAnd(platformId, thread, text, channel, language, new Reply(Decision.ESCALATE,
                "A person will answer you.", 0, language, List.of(), EscalationReason.ASKED_FOR_PERSON, false));
    }

    private String answered(String platformId, String thread, String text, String channel, String language) {
        return askAnd(platformId, thread, text, channel, language, answer("From the guide."));
    }

    private static QueueQuery query(Set<ConversationStatus> statuses, String channel, String language,
                                    String assignee, String text) {
        return new QueueQuery(statuses, channel, language, assignee, text, 50, 0);
    }

    private List<String> ids(QueueQuery query) {
        return stores.conversations().queue(query).items().stream().map(i -> i.conversation().id()).toList();
    }

    @Test
    void a_row_shows_the_first_words_the_reason_the_waiting_time_and_the_assignee() {
        String id = escalated("m1", "t1", "How do we   choose a licence\nfor a municipal app that "
                + "citizens use every day, and which obligations follow from it when we publish the code?",
                "web", "en");
        stores.staffDesk().assign(id, "grace", "Grace");

        QueueItem item = stores.conversations().queue(QueueQuery.all(10)).items().get(0);

        assertThat(item.preview()).startsWith("How do we choose a licence for a municipal app").endsWith("\u2026")
                .hasSizeLessThanOrEqualTo(QueueItem.PREVIEW_CHARS + 1);
        assertThat(item.escalationReason()).isEqualTo(EscalationReason.ASKED_FOR_PERSON);
        assertThat(item.waitingSince()).isNotNull();
        assertThat(item.assignee()).isEqualTo("grace");
        assertThat(item.conversation().language()).isEqualTo("en");
    }

    @Test
    void filters_by_status_channel_language_and_assignee() {
        String webEn = escalated("m1", "t1", "person please", "web", "en");
        String emailFr = escalated("m2", "t2", "une personne svp", "email", "fr");
        String open = answered("m3", "t3", "what is a licence", "web", "en");
        stores.staffDesk().assign(emailFr, "grace", "Grace");

        assertThat(ids(query(Set.of(ConversationStatus.ESCALATED), null, null, null, null)))
                .containsExactlyInAnyOrder(webEn, emailFr);
        assertThat(ids(query(Set.of(), "web", null, null, null))).containsExactlyInAnyOrder(webEn, open);
        assertThat(ids(query(Set.of(), null, "fr", null, null))).containsExactly(emailFr);
        assertThat(ids(query(Set.of(), null, null, "grace", null))).containsExactly(emailFr);
        assertThat(ids(query(Set.of(ConversationStatus.ESCALATED), null, null, QueueQuery.UNASSIGNED, null)))
                .containsExactly(webEn);
    }

    @Test
    void searches_the_messages_text_case_insensitively_with_wildcards_taken_literally() {
        String licence = escalated("m1", "t1", "Which LICENCE fits 100% of our code?", "web", "en");
        escalated("m2", "t2", "Who runs the programme office?", "web", "en");

        assertThat(ids(query(Set.of(), null, null, null, "licence"))).containsExactly(licence);
        assertThat(ids(query(Set.of(), null, null, null, "100%"))).containsExactly(licence);
        assertThat(ids(query(Set.of(), null, null, null, "%"))).containsExactly(licence);
        assertThat(ids(query(Set.of(), null, null, null, "_"))).isEmpty();
    }

    @Test
    void pages_through_the_queue_with_the_total_count() {
        for (int i = 0; i < 5; i++) {
            answered("m" + i, "t" + i, "question " + i, "web", "en");
            clock.advance(Duration.ofSeconds(1));
        }

        QueuePage first = stores.conversations().queue(new QueueQuery(Set.of(), null, null, null, null, 2, 0));
        QueuePage third = stores.conversations().queue(new QueueQuery(Set.of(), null, null, null, null, 2, 4));

        assertThat(first.total()).isEqualTo(5);
        assertThat(first.items()).extracting(i -> i.conversation().threadKey()).containsExactly("t4", "t3");
        assertThat(third.items()).extracting(i -> i.conversation().threadKey()).containsExactly("t0");
    }

    @Test
    void escalated_conversations_come_first_the_longest_waiting_first() {
        answered("m0", "open", "q", "web", "en");
        clock.advance(Duration.ofMinutes(1));
        escalated("m1", "first", "person", "web", "en");
        clock.advance(Duration.ofMinutes(1));
        escalated("m2", "second", "person", "web", "en");

        assertThat(stores.conversations().queue(QueueQuery.all(10)).items())
                .extracting(i -> i.conversation().threadKey()).containsExactly("first", "second", "open");
    }

    @Test
    void a_bot_reply_keeps_the_passages_it_retrieved_and_the_newest_escalation_is_visible() {
        long before = stores.conversations().latestEscalation();
        String id = askAnd("m1", "t1", "licence?", "web", "en", answer("From the guide.").withRetrieved(List.of(
                new RetrievedPassage("guide.md", "Guide", "Licences", 0.71, "x".repeat(1000)))));
        escalated("m2", "t2", "person", "web", "en");

        StoredMessage bot = stores.conversations().history(id).orElseThrow().messages().get(1);
        assertThat(bot.retrieved()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("guide.md");
            assertThat(p.section()).isEqualTo("Licences");
            assertThat(p.score()).isEqualTo(0.71);
            assertThat(p.excerpt()).hasSize(RetrievedPassage.EXCERPT_CHARS);
        });
        assertThat(stores.conversations().latestEscalation()).isGreaterThan(before);
    }
}
