package org.osee.connectors.telegram;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.osee.bot.channel.ChannelContractTest;
import org.osee.bot.port.Channel;

/** The Telegram channel keeps the Channel contract against the Bot API stand-in. */
class TelegramChannelContractIT extends ChannelContractTest {
    private static final AtomicLong CHATS = new AtomicLong(10_000);
    private BotApiStandIn api;

    @Override
    protected Channel createChannel() throws Exception {
        api = new BotApiStandIn("123456:contract-token", "osee_bot");
        return new TelegramChannel(TelegramConfig.polling("123456:contract-token", api.url()));
    }

    @AfterEach
    void closeStandIn() {
        api.close();
    }

    @Override
    protected String newThread() {
        return Long.toString(CHATS.incrementAndGet());
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

    @Override
    protected boolean platformFailsNext() {
        api.failNextSend();
        return true;
    }
}
