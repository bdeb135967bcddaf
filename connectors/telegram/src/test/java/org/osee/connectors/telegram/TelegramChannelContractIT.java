package org.osee.connectors.telegram;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.osee.bot.channel.ChannelContractTest;
import org.osee.bot.port.Channel;

/** The channel contract for Telegram, against the Bot API stand-in (which answers 429 with retry_after on demand). */
class TelegramChannelContractIT extends ChannelContractTest {
    private static final AtomicLong CHATS = new AtomicLong(5_000);
    private BotApiStandIn api;

    @Override
    protected Channel createChannel() throws Exception {
        api = new BotApiStandIn("123456:test-token", "osee_bot");
        return new TelegramChannel(TelegramPipeline.config(api));
    }

    @AfterEach
    void stopStandIn() {
        if (api != null) {
            api.close();
        }
    }

    @Override
    protected String newThread() {
        return Long.toString(CHATS.incrementAndGet()); // a private chat
    }

    @Override
    protected List<String> platformReceived(String threadKey) {
        return api.sentTo(Long.parseLong(threadKey)).stream().map(BotApiStandIn.Sent::text).toList();
    }

    @Override
    protected boolean platformRateLimitsNext(Duration retryAfter) {
        api.failSendWith429(0, (int) retryAfter.toSeconds());
        return true;
    }
}
