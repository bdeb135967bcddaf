package org.osee.connectors.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.osee.bot.port.RateLimitedException;
import org.osee.bot.domain.Author;
import org.osee.bot.domain.Decision;
import org.osee.bot.domain.OutboundMessage;
import org.osee.connectors.discord.standin.DiscordStandIn;
import org.osee.connectors.discord.standin.StandInTokens;

/** The gateway is held only while this instance leads; a follower hands deliveries back without spending attempts. */
class DiscordLeadershipIT {
    @Test
    void the_gateway_opens_when_leadership_is_won_and_closes_when_it_is_lost() throws Exception {
        try (DiscordStandIn discord = DiscordStandIn.start("general")) {
            AtomicBoolean leader = new AtomicBoolean(false);
            DiscordChannel channel = new DiscordChannel(DiscordConfig.of(StandInTokens.TOKEN, discord.apiUrl(),
                    discord.gatewayUrl()), leader::get);
            channel.start(message -> true);
            try {
                await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(30))
                        .until(() -> discord.identifies() == 0);
                OutboundMessage reply = new OutboundMessage(1, "discord", "c", ThreadKey.dm(5).key(), "5", Author.BOT,
                        "Hello", null, Decision.ANSWER, "en", null);
                try {
                    channel.deliver(reply);
                    throw new AssertionError("a follower delivered");
                } catch (RateLimitedException e) {
                    assertThat(e.retryAfter()).isPositive();
                }

                leader.set(true);
                await().atMost(Duration.ofSeconds(60)).until(channel::connected);
                assertThat(discord.identifies()).isEqualTo(1);

                leader.set(false);
                await().atMost(Duration.ofSeconds(60)).until(() -> !channel.connected() && !discord.sessionReady());
            } finally {
                channel.stop();
            }
        }
    }
}
