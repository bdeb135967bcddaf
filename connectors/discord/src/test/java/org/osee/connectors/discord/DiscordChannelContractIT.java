package org.osee.connectors.discord;

import static org.awaitility.Awaitility.await;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.osee.bot.channel.ChannelContractTest;
import org.osee.bot.port.Channel;
import org.osee.connectors.discord.standin.DiscordStandIn;
import org.osee.connectors.discord.standin.StandInTokens;

/**
 * The Channel contract for Discord, in direct messages of the stand-in (each test thread is a DM with a new person).
 * Failures and rate limits are not simulated: JDA retries server errors and honours 429s itself.
 */
class DiscordChannelContractIT extends ChannelContractTest {
    private DiscordStandIn discord;

    @Override
    protected Channel createChannel() throws Exception {
        discord = DiscordStandIn.start("general");
        return new DiscordChannel(DiscordConfig.of(StandInTokens.TOKEN, discord.apiUrl(), discord.gatewayUrl()),
                () -> true);
    }

    @BeforeEach
    void connected() {
        await().atMost(PATIENCE).until(() -> ((DiscordChannel) channel()).connected());
    }

    @AfterEach
    void stopStandIn() throws Exception {
        discord.close();
    }

    @Override
    protected String newThread() {
        return ThreadKey.dm(discord.user("person")).key();
    }

    @Override
    protected List<String> platformReceived(String threadKey) {
        long user = ThreadKey.parse(threadKey).orElseThrow().id();
        return discord.messagesIn(discord.dmChannelOf(user)).stream()
                .filter(m -> m.get("author").get("id").asLong() == DiscordStandIn.BOT)
                .map(m -> m.get("content").asText()).toList();
    }
}
