package org.osee.connectors.discord;

import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.osee.bot.channel.ChannelContractTest;
import org.osee.bot.port.Channel;
import org.osee.connectors.discord.standin.DiscordStandIn;
import org.osee.connectors.discord.standin.StandInTokens;

/**
 * The channel contract for Discord, against the gateway and REST stand-in; each thread is a direct-message
 * conversation with a user of its own. The stand-in answers no 429 or server error on demand, so those two checks
 * are skipped here.
 */
class DiscordChannelContractIT extends ChannelContractTest {
    private DiscordStandIn discord;
    private DiscordChannel discordChannel;
    private final Map<String, Long> users = new ConcurrentHashMap<>();

    @Override
    protected Channel createChannel() throws Exception {
        discord = DiscordStandIn.start("general");
        discordChannel = new DiscordChannel(DiscordConfig.of(StandInTokens.TOKEN, discord.apiUrl(),
                discord.gatewayUrl()), () -> true);
        return discordChannel;
    }

    @Override
    protected void awaitReady() {
        await().atMost(PATIENCE).until(() -> discordChannel.connected());
    }

    @AfterEach
    void stopStandIn() throws Exception {
        if (discord != null) {
            discord.close();
        }
    }

    @Override
    protected String newThread() {
        long user = discord.user("user-" + users.size());
        String key = "dm:" + Long.toUnsignedString(user);
        users.put(key, user);
        return key;
    }

    @Override
    protected List<String> platformReceived(String threadKey) {
        Long user = users.get(threadKey);
        return user == null ? List.of()
                : discord.messagesIn(discord.dmChannelOf(user)).stream().map(m -> m.path("content").asText()).toList();
    }
}
