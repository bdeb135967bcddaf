package org.osee.bot.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osee.bot.domain.Author;
import org.osee.bot.domain.InboundMessage;
import org.osee.bot.domain.OutboundMessage;

/** The loopback channel and its durable reply log. */
class LoopbackChannelTest {
    @TempDir
    Path folder;

    private static OutboundMessage reply(long outboxId, String text) {
        InboundMessage question = new InboundMessage("console", "q" + outboxId, "t", "me", "", "?", null, null, null);
        return new OutboundMessage(outboxId, "console", "c1", "t", "me", Author.BOT, text, null, null, "en", question);
    }

    @Test
    void delivering_the_same_outbox_item_twice_delivers_it_once() {
        LoopbackChannel channel = new LoopbackChannel("console");

        String first = channel.deliver(reply(7, "hello"));
        String second = channel.deliver(reply(7, "hello"));

        assertThat(second).isEqualTo(first);
        assertThat(channel.deliveries()).hasSize(1);
    }

    @Test
    void the_reply_log_remembers_deliveries_across_restarts_and_processes() {
        Path file = folder.resolve("replies.jsonl");
        try (ReplyLog log = ReplyLog.open(file)) {
            new LoopbackChannel("console", log).deliver(reply(1, "one"));
        }

        try (ReplyLog reopened = ReplyLog.open(file); ReplyLog other = ReplyLog.open(file)) {
            LoopbackChannel restarted = new LoopbackChannel("console", reopened);
            LoopbackChannel elsewhere = new LoopbackChannel("console", other);
            restarted.deliver(reply(1, "one"));
            elsewhere.deliver(reply(2, "two"));
            restarted.deliver(reply(2, "two"));
        }

        assertThat(ReplyLog.read(file)).extracting(ReplyLog.Entry::outboxId).containsExactly(1L, 2L);
    }

    @Test
    void a_torn_last_line_left_by_a_killed_writer_is_skipped() throws Exception {
        Path file = folder.resolve("replies.jsonl");
        try (ReplyLog log = ReplyLog.open(file)) {
            log.append(reply(1, "one"));
        }
        Files.writeString(file, "{\"outboxId\":2,\"platf", java.nio.file.StandardOpenOption.APPEND);

        try (ReplyLog log = ReplyLog.open(file)) {
            log.append(reply(3, "three"));
        }

        assertThat(ReplyLog.read(file)).extracting(ReplyLog.Entry::outboxId).contains(1L, 3L);
    }

    @Test
    void awaiting_a_reply_returns_it_once_delivered() throws InterruptedException {
        LoopbackChannel channel = new LoopbackChannel("console");
        channel.deliver(reply(5, "five"));

        assertThat(channel.awaitReply("q5", Duration.ofMillis(10))).hasValueSatisfying(
                d -> assertThat(d.message().text()).isEqualTo("five"));
        assertThat(channel.awaitReply("q6", Duration.ofMillis(10))).isEmpty();
        assertThat(List.of(channel.name())).containsExactly("console");
    }
}
