package org.osee.connectors.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osee.bot.domain.InboundMessage;
import org.osee.bot.port.Inbox;

/** The receiving side alone, against GreenMail, with an inbox the test controls. */
class EmailReceiverIT {
    private MailServer server;
    private EmailChannel channel;

    /** Records what it is given; fails the first {@code failures} calls as a database outage would. */
    static final class RecordingInbox implements Inbox {
        final List<InboundMessage> accepted = new CopyOnWriteArrayList<>();
        final AtomicInteger calls = new AtomicInteger();
        private final int failures;

        RecordingInbox(int failures) {
            this.failures = failures;
        }

        @Override
        public boolean accept(InboundMessage message) {
            if (calls.incrementAndGet() <= failures) {
                throw new IllegalStateException("database unavailable");
            }
            accepted.add(message);
            return true;
        }
    }

    @BeforeEach
    void start() {
        server = new MailServer();
    }

    @AfterEach
    void stop() {
        if (channel != null) {
            channel.stop();
        }
        server.close();
    }

    /** Starts the channel on an inbox that fails its first {@code failures} calls, then mails it one question. */
    private RecordingInbox startWithQuestion(EmailChannel started, int failures, String messageId) {
        channel = started;
        RecordingInbox inbox = new RecordingInbox(failures);
        channel.start(inbox);
        server.deliverToBot(EmailChannelIT.question("ana@city.example", messageId, "Licences", "", "Which?"));
        return inbox;
    }

    @Test
    void polls_when_idle_is_off_and_leaves_questions_unseen_until_answered() throws Exception {
        EmailConfig config = server.config();
        RecordingInbox inbox = startWithQuestion(new EmailChannel(new EmailConfig(config.address(), null,
                config.imap().withIdle(false), config.smtp(), config.limits())), 0, "<poll@city.example>");

        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).until(() -> inbox.accepted.size() == 1);
        await().ignoreExceptions().during(Duration.ofMillis(1500)).atMost(Duration.ofMillis(1500 + 10_000)).until(() -> java.util.Arrays.equals(server.seenAndTotal("INBOX"), new int[] {0, 1}));
        assertThat(server.seenAndTotal("INBOX")).containsExactly(0, 1);
        assertThat(inbox.accepted.get(0).metadata()).containsEntry("email.uid", "1");
    }

    @Test
    void an_inbox_outage_delays_a_question_but_does_not_lose_it() {
        RecordingInbox inbox = startWithQuestion(new EmailChannel(server.config()), 4, "<outage@city.example>");

        await().ignoreExceptions().atMost(Duration.ofSeconds(30)).until(() -> inbox.accepted.size() == 1);

        assertThat(inbox.calls.get()).isEqualTo(5);
        assertThat(channel.stats()).doesNotContainKey("unreadable");
    }

    /** Stop must end the IMAP IDLE the receiver waits in, not wait out its 10 s join (which it used to, every time). */
    @Test
    void stopping_while_the_receiver_waits_in_idle_returns_promptly() {
        RecordingInbox inbox = startWithQuestion(new EmailChannel(server.config()), 0, "<idle@city.example>");
        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).until(() -> inbox.accepted.size() == 1);

        long started = System.nanoTime();
        channel.stop();
        channel = null;

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void a_restart_offers_unanswered_questions_again() {
        RecordingInbox inbox = startWithQuestion(new EmailChannel(server.config()), 0, "<again@city.example>");
        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).until(() -> inbox.accepted.size() == 1);

        channel.stop();
        channel = new EmailChannel(server.config());
        channel.start(inbox);

        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).until(() -> inbox.accepted.size() == 2);
        assertThat(inbox.accepted).extracting(InboundMessage::platformMessageId)
                .containsExactly("<again@city.example>", "<again@city.example>");
    }

    @Test
    void a_sender_over_the_hourly_rate_is_skipped() {
        EmailConfig config = server.config();
        channel = new EmailChannel(config.withLimits(config.limits().withMaxPerSenderPerHour(2)));
        RecordingInbox inbox = new RecordingInbox(0);
        channel.start(inbox);
        for (int i = 0; i < 4; i++) {
            server.deliverToBot(EmailChannelIT.question("flood@city.example", "<flood-" + i + "@city.example>", "Q" + i,
                    "", "Question " + i));
        }

        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).until(() -> channel.stats().getOrDefault("skipped.rate_limited", 0L) == 2);

        assertThat(inbox.accepted).hasSize(2);
        assertThat(server.seenAndTotal("INBOX")).containsExactly(2, 4);
    }
}
