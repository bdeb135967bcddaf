package org.osee.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osee.connectors.telegram.TelegramConfig;

/** The {@code telegram:} section: the contract keys, the token from the environment, problems named by key. */
class TelegramSectionTest {
    @TempDir
    Path tmp;

    @Test
    void reads_the_contract_keys_and_takes_the_token_from_the_environment() throws Exception {
        Path file = tmp.resolve("osee.yaml");
        Files.writeString(file, """
                telegram:
                  api-url: http://127.0.0.1:8081
                  mode: polling
                """);
        AppConfig config = ConfigLoader.load(file, Map.of("OSEE_TELEGRAM_TOKEN", "123456:ABC-secret"));

        TelegramConfig telegram = config.telegram();
        assertThat(telegram.token()).isEqualTo("123456:ABC-secret");
        assertThat(telegram.apiUrl()).isEqualTo("http://127.0.0.1:8081");
        assertThat(telegram.mode()).isEqualTo(TelegramConfig.Mode.POLLING);
        assertThat(telegram.toString()).doesNotContain("ABC-secret");
        assertThat(ConfigLoader.describe(config)).doesNotContain("ABC-secret");
    }

    @Test
    void defaults_to_telegrams_api_and_polling_and_no_section_means_no_connector() {
        assertThat(ConfigLoader.load(null, Map.of()).telegram()).isNull();
        TelegramConfig telegram = ConfigLoader.load(null, Map.of("OSEE_TELEGRAM_TOKEN", "1:x")).telegram();
        assertThat(telegram.apiUrl()).isEqualTo("https://api.telegram.org:443");
        assertThat(telegram.mode()).isEqualTo(TelegramConfig.Mode.POLLING);
    }

    @Test
    void webhook_mode_needs_a_url_and_a_secret_and_unknown_keys_are_named() {
        assertThatThrownBy(() -> ConfigLoader.fromMap(Map.of("telegram", Map.of("token", "1:x", "mode", "webhook")),
                Map.of())).isInstanceOf(ConfigException.class).hasMessageContaining("telegram.webhook-url");
        assertThatThrownBy(() -> ConfigLoader.fromMap(Map.of("telegram", Map.of("token", "1:x", "mode", "webhook",
                "webhook-url", "https://bot.example.org/tg")), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("telegram.webhook-secret");
        assertThatThrownBy(() -> ConfigLoader.fromMap(Map.of("telegram", Map.of("token", "1:x", "api-uri", "x")),
                Map.of())).isInstanceOf(ConfigException.class).hasMessageContaining("telegram.api-uri")
                .hasMessageContaining("api-url");
        assertThatThrownBy(() -> ConfigLoader.fromMap(Map.of("telegram", Map.of("token", "1:x",
                "api-url", "http://127.0.0.1:8081/some/path")), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("telegram.api-url");
        TelegramConfig hook = ConfigLoader.fromMap(Map.of("telegram", Map.of("token", "1:x", "mode", "WebHook",
                "webhook-url", "https://bot.example.org/tg/updates", "webhook-secret", "s3cr3t")), Map.of()).telegram();
        assertThat(hook.webhookPath()).isEqualTo("/tg/updates");
    }
}
