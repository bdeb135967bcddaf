package org.osee.bot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.osee.bot.domain.Author;
import org.osee.bot.domain.Citation;
import org.osee.bot.domain.ClaimedDelivery;
import org.osee.bot.domain.ClaimedMessage;
import org.osee.bot.domain.ConversationStatus;
import org.osee.bot.domain.Decision;
import org.osee.bot.domain.Draft;
import org.osee.bot.domain.EscalationReason;
import org.osee.bot.domain.Reply;
import org.osee.bot.pipeline.DraftPolicy;
import org.osee.bot.port.ConflictException;
import org.osee.bot.port.DraftDesk;
import org.osee.bot.port.NotFoundException;

/**
 * Holding a draft ({@link org.osee.bot.port.WorkQueue#hold}) and staff's decisions on it
 * ({@link DraftDesk}), run on every database.
 */
public abstract class DraftDeskContractTest extends StoreContract {
    private static final List<Citation> CITED = List.of(new Citation("licensing.md", "Choosing a licence",
            "Permissive or copyleft", "https://example.org/licensing"));

    private Instant lease() {
        return clock.instant().plusSeconds(30);
    }

    private DraftDesk desk() {
        return new JdbcDraftDesk(db.database().dataSource(), clock);
    }

    private static Reply unsure(String text) {
        return new Reply(Decision.ANSWER, text, 0.41, "fr", CITED, null, false);
    }

    /** A question in {@code thread} whose answer is held; returns the claim. */
    private ClaimedMessage held(String platformId, String thread, String question, String answer) {
        stores.inbox().store(message(platformId, thread, question));
        ClaimedMessage claimed = stores.workQueue().claim("w", lease()).orElseThrow();
        Reply draft = unsure(answer);
        assertThat(stores.workQueue().hold(claimed, "w", draft, DraftPolicy.acknowledgment(draft))).isTrue();
        return claimed;
    }

    private List<ClaimedDelivery> deliverAll() {
        List<ClaimedDelivery> out = stores.outbox().claim("email", "s", lease(), 10);
        out.forEach(d -> stores.outbox().delivered(d.message().id(), "p-" + d.message().id()));
        return out;
    }

    @Test
    void a_held_answer_is_not_queued_the_person_gets_the_acknowledgment_and_staff_see_the_draft() {
        ClaimedMessage claimed = held("m1", "thread-1", "Quelle licence ?", "La EUPL, probablement.");

        assertThat(deliverAll()).singleElement().satisfies(d -> {
            assertThat(d.message().decision()).isEqualTo(Decision.ESCALATE);
            assertThat(d.message().text()).contains("personnel").doesNotContain("EUPL");
            assertThat(d.message().inReplyTo().platformMessageId()).isEqualTo("m1");
        });
        var history = onlyConversation();
        assertThat(history.conversation().status()).isEqualTo(ConversationStatus.ESCALATED);
        assertThat(history.escalations()).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo(EscalationReason.DRAFT));
        assertThat(history.messages()).extracting(m -> m.author() + ":" + m.escalationReason())
                .containsExactly("USER:null", "BOT:DRAFT");
        assertThat(desk().held(10)).singleElement().satisfies(d -> {
            assertThat(d.conversationId()).isEqualTo(claimed.conversation().id());
            assertThat(d.channel()).isEqualTo("email");
            assertThat(d.participant()).isEqualTo("ada@example.org");
            assertThat(d.question()).isEqualTo("Quelle licence ?");
            assertThat(d.answer()).isEqualTo("La EUPL, probablement.");
            assertThat(d.citations()).isEqualTo(CITED);
            assertThat(d.confidence()).isEqualTo(0.41);
            assertThat(d.language()).isEqualTo("fr");
            assertThat(d.state()).isEqualTo(Draft.State.HELD);
        });
    }

    @Test
    void an_approved_draft_is_sent_once_as_the_staff_members_edited_reply_in_the_questions_thread() {
        held("m1", "thread-1", "Quelle licence ?", "La EUPL, probablement.");
        deliverAll();
        long id = desk().held(10).get(0).id();

        Draft sent = desk().approve(id, "Grace", "La EUPL 1.2, choisie par la ville.");

        assertThat(sent.state()).isEqualTo(Draft.State.SENT);
        assertThat(sent.decidedBy()).isEqualTo("Grace");
        assertThat(deliverAll()).singleElement().satisfies(d -> {
            assertThat(d.message().author()).isEqualTo(Author.STAFF);
            assertThat(d.message().text()).isEqualTo("La EUPL 1.2, choisie par la ville.");
            assertThat(d.message().citations()).isEqualTo(CITED);
            assertThat(d.message().language()).isEqualTo("fr");
            assertThat(d.message().inReplyTo().platformMessageId()).isEqualTo("m1");
        });
        assertThat(desk().held(10)).isEmpty();
        assertThat(onlyConversation().conversation().status()).isEqualTo(ConversationStatus.WAITING_FOR_USER);
        assertThatThrownBy(() -> desk().approve(id, "Alan", null)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("already sent by Grace");
        assertThat(deliverAll()).isEmpty();
    }

    @Test
    void a_draft_approved_without_an_edit_is_sent_as_drafted() {
        held("m1", "thread-1", "Quelle licence ?", "La EUPL, probablement.");
        deliverAll();

        desk().approve(desk().held(10).get(0).id(), "Grace", null);

        assertThat(deliverAll()).singleElement()
                .satisfies(d -> assertThat(d.message().text()).isEqualTo("La EUPL, probablement."));
    }

    @Test
    void a_discarded_draft_is_never_sent_and_the_conversation_stays_with_staff() {
        held("m1", "thread-1", "Quelle licence ?", "La EUPL, probablement.");
        deliverAll();
        long id = desk().held(10).get(0).id();

        Draft discarded = desk().discard(id, "Grace");

        assertThat(discarded.state()).isEqualTo(Draft.State.DISCARDED);
        assertThat(desk().held(10)).isEmpty();
        assertThat(onlyConversation().conversation().status()).isEqualTo(ConversationStatus.ESCALATED);
        assertThatThrownBy(() -> desk().approve(id, "Alan", "too late")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("discarded");
        assertThat(deliverAll()).isEmpty();
    }

    @Test
    void a_draft_whose_conversation_staff_answered_themselves_no_longer_waits_and_cannot_be_sent() {
        ClaimedMessage claimed = held("m1", "thread-1", "Quelle licence ?", "La EUPL, probablement.");
        long id = desk().held(10).get(0).id();

        stores.staffDesk().reply(claimed.conversation().id(), "Grace", "La EUPL 1.2.");

        assertThat(desk().held(10)).isEmpty();
        assertThatThrownBy(() -> desk().approve(id, "Alan", null)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("already replied");
    }

    @Test
    void drafts_wait_oldest_first() {
        held("m1", "thread-1", "first?", "first answer");
        clock.advance(Duration.ofMinutes(5));
        held("m2", "thread-2", "second?", "second answer");

        assertThat(desk().held(10)).extracting(Draft::question).containsExactly("first?", "second?");
        assertThat(desk().held(1)).extracting(Draft::question).containsExactly("first?");
    }

    @Test
    void a_worker_that_lost_its_claim_holds_nothing() {
        stores.inbox().store(message("m1", "thread-1", "Quelle licence ?"));
        ClaimedMessage stuck = stores.workQueue().claim("w1", clock.instant().plusSeconds(1)).orElseThrow();
        clock.advance(Duration.ofSeconds(2));
        ClaimedMessage takenOver = stores.workQueue().claim("w2", lease()).orElseThrow();
        Reply draft = unsure("late");

        boolean late = stores.workQueue().hold(stuck, "w1", draft, DraftPolicy.acknowledgment(draft));

        assertThat(late).isFalse();
        assertThat(takenOver.inboxId()).isEqualTo(stuck.inboxId());
        assertThat(desk().held(10)).isEmpty();
        assertThat(deliverAll()).isEmpty();
    }

    @Test
    void of_two_staff_approving_at_once_exactly_one_sends_the_draft() throws Exception {
        held("m1", "thread-1", "Quelle licence ?", "La EUPL, probablement.");
        deliverAll();
        long id = desk().held(10).get(0).id();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (String staff : List.of("Grace", "Alan")) {
                Callable<String> approve = () -> {
                    start.await();
                    try {
                        desk().approve(id, staff, "answer from " + staff);
                        return "sent";
                    } catch (ConflictException e) {
                        return "conflict";
                    }
                };
                outcomes.add(pool.submit(approve));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) {
                results.add(f.get());
            }
            assertThat(results).containsExactlyInAnyOrder("sent", "conflict");
        } finally {
            pool.shutdownNow();
        }
        assertThat(deliverAll()).hasSize(1);
    }

    @Test
    void deciding_on_an_unknown_draft_says_it_is_not_found() {
        assertThatThrownBy(() -> desk().approve(999, "Grace", null)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("999");
        assertThatThrownBy(() -> desk().discard(999, "Grace")).isInstanceOf(NotFoundException.class);
    }
}
