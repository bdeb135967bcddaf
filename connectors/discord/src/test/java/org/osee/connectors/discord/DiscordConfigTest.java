package org.osee.connectors.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiscordConfigTest {
    @Test
    void defaults_are_discord_itself_threads_and_no_intent() {
        DiscordConfig c = DiscordConfig.of("secret", null, null);

        assertThat(c.apiUrl()).isEqualTo("https://discord.com/api/v10/");
        assertThat(c.gatewayUrl()).isEmpty();
        assertThat(c.threads()).isTrue();
        assertThat(c.messageContent()).isFalse();
        assertThat(c.floodLimit()).isEqualTo(10);
        assertThat(c.catchUpLimit()).isEqualTo(100);
    }

    @Test
    void the_token_is_required_and_never_printed() {
        assertThatThrownBy(() -> DiscordConfig.of(" ", null, null)).hasMessageContaining("OSEE_DISCORD_TOKEN");
        assertThat(DiscordConfig.of("very-secret", null, null).toString()).doesNotContain("very-secret");
    }

    @Test
    void bad_values_are_refused_naming_their_key() {
        assertThatThrownBy(() -> DiscordConfig.of("t", "ftp://x", null)).hasMessageContaining("discord.api-url");
        assertThatThrownBy(() -> DiscordConfig.of("t", null, "http://x")).hasMessageContaining("discord.gateway-url");
        assertThatThrownBy(() -> DiscordConfig.of("t", null, null).withChannels(List.of("general"), List.of(), ""))
                .hasMessageContaining("discord.guilds");
        assertThatThrownBy(() -> DiscordConfig.of("t", null, null).withReplyMode("shout"))
                .hasMessageContaining("discord.reply-mode");
    }

    @Test
    void an_api_url_without_a_trailing_slash_gets_one() {
        assertThat(DiscordConfig.of("t", "http://127.0.0.1:8082/api/v10", null).apiUrl())
                .isEqualTo("http://127.0.0.1:8082/api/v10/");
    }
}
