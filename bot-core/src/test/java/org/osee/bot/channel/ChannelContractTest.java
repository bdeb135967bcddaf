package org.osee.bot.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osee.bot.domain.Author;
import org.osee.bot.domain.Decision;
import org.osee.bot.domain.InboundMessage;
import org.osee.bot.domain.OutboundMessage;
import org.osee.bot.port.Channel;
import org.osee.bot.port.ChannelException;
import org.osee.bot.port.Inbox;
import org.osee.bot.port.RateLimitedException;

/**
 * The {@link Channel} contract: every implementation's test extends this class and supplies the channel and a
 * stand-in for its platform (a loopback server, GreenMail...). It checks what the pipeline's sender relies on:
 * a reply reaches its thread once, whatever the number of deliveries of the same outbox item; replies of a thread
 * arrive in the order they were delivered; a platform failure is a retriable {@link ChannelException} and a
 * platform's "slow down" a {@link RateLimitedException} carrying its delay, and a retry then delivers once; the
 * typing signal never throws. The failure checks run where the stand-in can simulate the failure.
 */
public abstract class ChannelContractTest {
    /** Generous: the machine running the tests may be loaded. */
    protected static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final AtomicLong OUTBOX_IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    /** What the channel handed to the inbox since it started. */
    protected final List<InboundMessage> received = new CopyOnWriteArrayList<>();
    private Channel channel;

    /** The channel under test, new for each test, not started yet. */
    protected abstract Channel createChannel() throws Exception;

    /** The texts the platform stand-in received in {@code threadKey}, oldest first. */
    protected abstract List<String> platformReceived(String threadKey) throws Exception;

    /** Whether {@link #platformReceived} finds text as sent; a platform that decorates replies may contain it only. */
    protected boolean textArrives(String received, String sent) {
        return received.contains(sent);
    }

    /** A new conversation's thread key on the platform (a chat, a channel thread, an email thread). */
    protected String newThread() throws Exception {
        return "thread-" + UUID.randomUUID();
    }

    /**
     * A reply to deliver in {@code threadKey}, as the outbox hands it over; a channel whose platform needs more (the
     * question's metadata, a recipient address) overrides this.
     */
    protected OutboundMessage reply(long outboxId, String threadKey, String text) {
        return new OutboundMessage(outboxId, channel.name(), "conversation-" + threadKey, threadKey, "someone",
                Author.BOT, text, List.of(), Decision.ANSWER, "en", null);
    }

    /** Makes the stand-in refuse the next delivery with "slow down, retry after"; false when it cannot. */
    protected boolean platformRateLimitsNext(Duration retryAfter) throws Exception {
        return false;
    }

    /** Makes the stand-in fail the next delivery the way a server error does; false when it cannot. */
    protected boolean platformFailsNext() throws Exception {
        return false;
    }

    /** The channel under test, started. */
    protected final Channel channel() {
        return channel;
    }

    /** A fresh outbox id, unique within the test run. */
    protected static long nextOutboxId() {
        return OUTBOX_IDS.incrementAndGet();
    }

    @BeforeEach
    void startChannel() throws Exception {
        channel = createChannel();
        Inbox inbox = message -> received.add(message);
        channel.start(inbox);
    }

    @AfterEach
    void stopChannel() {
        if (channel != null) {
            channel.stop();
        }
    }

    private void awaitTexts(String thread, String... texts) {
        await().ignoreExceptions().atMost(PATIENCE).until(() -> platformReceived(thread).size() >= texts.length);
        List<String> got = unchecked(() -> platformReceived(thread));
        assertThat(got).hasSize(texts.length);
        for (int i = 0; i < texts.length; i++) {
            assertThat(textArrives(got.get(i), texts[i])).as("reply %d is %s, was %s", i + 1, texts[i], got.get(i))
                    .isTrue();
        }
    }

    @Test
    void a_reply_reaches_its_thread_and_the_platform_id_is_returned() throws Exception {
        String thread = newThread();

        String platformId = channel.deliver(reply(nextOutboxId(), thread, "Use the EUPL for this."));

        assertThat(platformId).isNotBlank();
        awaitTexts(thread, "Use the EUPL for this.");
    }

    @Test
    void the_same_outbox_item_delivered_twice_reaches_the_platform_once() throws Exception {
        String thread = newThread();
        OutboundMessage message = reply(nextOutboxId(), thread, "Only once, please.");

        String first = channel.deliver(message);
        String second = channel.deliver(message);

        assertThat(second).isEqualTo(first);
        awaitTexts(thread, "Only once, please.");
        await().during(Duration.ofMillis(500)).atMost(PATIENCE).until(() -> platformReceived(thread).size() == 1);
    }

    @Test
    void replies_of_a_thread_arrive_in_the_order_they_were_delivered() throws Exception {
        String thread = newThread();

        for (String text : List.of("First reply.", "Second reply.", "Third reply.")) {
            channel.deliver(reply(nextOutboxId(), thread, text));
        }

        awaitTexts(thread, "First reply.", "Second reply.", "Third reply.");
    }

    @Test
    void a_platform_failure_is_retriable_and_the_retry_delivers_once() throws Exception {
        assumeTrue(platformFailsNext(), "the stand-in cannot simulate a failure");
        String thread = newThread();
        OutboundMessage message = reply(nextOutboxId(), thread, "After a failure.");

        Throwable failure = catchThrowable(() -> channel.deliver(message));
        channel.deliver(message);

        assertThat(failure).isInstanceOf(ChannelException.class);
        assertThat(((ChannelException) failure).retriable()).isTrue();
        awaitTexts(thread, "After a failure.");
    }

    @Test
    void a_rate_limit_carries_the_platforms_delay_and_the_retry_delivers_once() throws Exception {
        assumeTrue(platformRateLimitsNext(Duration.ofSeconds(2)), "the stand-in cannot simulate a rate limit");
        String thread = newThread();
        OutboundMessage message = reply(nextOutboxId(), thread, "After slowing down.");

        Throwable limited = catchThrowable(() -> channel.deliver(message));
        channel.deliver(message);

        assertThat(limited).isInstanceOf(RateLimitedException.class);
        assertThat(((RateLimitedException) limited).retryAfter()).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(3));
        awaitTexts(thread, "After slowing down.");
    }

    @Test
    void the_typing_signal_never_throws() throws Exception {
        String thread = newThread();

        assertThatCode(() -> {
            channel.typing(thread);
            channel.typing("no-such-thread");
        }).doesNotThrowAnyException();
    }

    private interface Call<T> {
        T call() throws Exception;
    }

    private static <T> T unchecked(Call<T> call) {
        try {
            return call.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
