package org.osee.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code discord} section as {@code osee serve} binds it: keys of DESIGN.md's contract, token from the environment. */
class DiscordSectionTest {
    @Test
    void the_contract_keys_bind_and_the_token_comes_from_the_environment() {
        AppConfig config = ConfigLoader.fromMap(Map.of("discord", Map.of(
                "api-url", "http://127.0.0.1:8082/api/v10/", "gateway-url", "ws://127.0.0.1:8082/gateway",
                "guilds", List.of("111"), "channels", List.of("222", "333"), "staff-channel", "444",
                "reply-mode", "reply", "catch-up", "2h")), Map.of("OSEE_DISCORD_TOKEN", "s3cret"));

        assertThat(config.discord().token()).isEqualTo("s3cret");
        assertThat(config.discord().apiUrl()).isEqualTo("http://127.0.0.1:8082/api/v10/");
        assertThat(config.discord().gatewayUrl()).isEqualTo("ws://127.0.0.1:8082/gateway");
        assertThat(config.discord().guilds()).containsExactly("111");
        assertThat(config.discord().channels()).containsExactly("222", "333");
        assertThat(config.discord().staffChannel()).isEqualTo("444");
        assertThat(config.discord().threads()).isFalse();
        assertThat(config.discord().catchUp()).isEqualTo(Duration.ofHours(2));
        assertThat(ConfigLoader.describe(config)).doesNotContain("s3cret");
    }

    @Test
    void the_token_alone_in_the_environment_starts_the_connector_and_no_section_none() {
        assertThat(ConfigLoader.fromMap(Map.of(), Map.of("OSEE_DISCORD_TOKEN", "t")).discord()).isNotNull();
        assertThat(ConfigLoader.fromMap(Map.of(), Map.of()).discord()).isNull();
    }

    @Test
    void unknown_keys_and_a_missing_token_are_refused_naming_the_key() {
        assertThatThrownBy(() -> ConfigLoader.fromMap(Map.of("discord", Map.of("token", "t", "chanels", List.of())),
                Map.of())).hasMessageContaining("discord.chanels");
        assertThatThrownBy(() -> ConfigLoader.fromMap(Map.of("discord", Map.of("channels", List.of("1"))), Map.of()))
                .hasMessageContaining("discord");
    }
}
