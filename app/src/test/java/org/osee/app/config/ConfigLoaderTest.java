package org.osee.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osee.knowledge.BadInputException;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void no_file_and_no_environment_gives_the_embedded_defaults() {
        AppConfig config = ConfigLoader.load(null, Map.of());

        assertThat(config.database().embedded()).isTrue();
        assertThat(config.emailKeys()).isEmpty();
        assertThat(config.server().port()).isEqualTo(8080);
        assertThat(config.llm().provider()).isEqualTo("none");
    }

    @Test
    void reads_the_contract_keys_from_yaml() throws Exception {
        Path file = write("""
                database:
                  url: jdbc:postgresql://127.0.0.1:5432/test
                  username: postgres
                  password: ""
                email:
                  address: bot@example.org
                  imap: { host: 127.0.0.1, port: 3143, security: none, username: bot, password: secret }
                  smtp: { host: 127.0.0.1, port: 3025, security: none, username: bot, password: secret }
                """);

        AppConfig config = ConfigLoader.load(file, Map.of());

        assertThat(config.database().url()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/test");
        assertThat(config.emailKeys()).containsEntry("email.imap.port", "3143")
                .containsEntry("email.smtp.security", "none").containsEntry("email.address", "bot@example.org");
    }

    @Test
    void reads_the_public_url_of_the_server_used_for_document_links() throws Exception {
        Path file = write("""
                server:
                  port: 9090
                  public-url: https://assist.example.org/
                """);

        AppConfig config = ConfigLoader.load(file, Map.of());

        assertThat(config.server().publicUrl()).isEqualTo("https://assist.example.org/");
        assertThat(config.server().publicBase(9090)).isEqualTo("https://assist.example.org");
        assertThat(ConfigLoader.load(null, Map.of()).server().publicBase(8080)).isEqualTo("http://127.0.0.1:8080");
    }

    @Test
    void environment_overrides_the_file_for_nested_keys() throws Exception {
        Path file = write("""
                email:
                  address: bot@example.org
                  imap: { host: imap.example.org, port: 993, username: bot }
                  smtp: { host: smtp.example.org, port: 587, security: starttls, username: bot }
                """);

        AppConfig config = ConfigLoader.load(file, Map.of(
                "OSEE_DATABASE_PASSWORD", "from-env",
                "OSEE_SERVER_PORT", "9090",
                "OSEE_LLM_API_KEY", "k"));

        assertThat(config.database().password()).isEqualTo("from-env");
        assertThat(config.emailKeys()).containsEntry("email.imap.host", "imap.example.org");
        assertThat(config.server().port()).isEqualTo(9090);
        assertThat(config.llm().apiKey()).isEqualTo("k");
    }

    @Test
    void env_names_follow_the_key_path() {
        assertThat(ConfigLoader.envName(List.of("llm", "api-key"))).isEqualTo("OSEE_LLM_API_KEY");
        assertThat(ConfigLoader.leafPaths(AppConfig.class, List.of()))
                .contains(List.of("database", "password"), List.of("llm", "base-url"), List.of("server", "console-password"));
    }

    @Test
    void secrets_never_appear_in_printed_configuration() {
        var server = new ServerSettings("h", 1, "hunter2");
        var llm = new LlmSettings("openai", "http://x", "m", "sk-secret", null);
        var db = new DatabaseSettings("jdbc:postgresql://h/db", "u", "pw-secret");

        assertThat(server + llm.toString() + db).doesNotContain("hunter2", "sk-secret", "pw-secret");
    }

    @Test
    void rejects_unknown_keys_and_bad_values_with_the_reason() throws Exception {
        assertThatThrownBy(() -> ConfigLoader.load(write("databse: {url: x}\n"), Map.of()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("databse");
        assertThatThrownBy(() -> ConfigLoader.load(write("server: {port: 70000}\n"), Map.of()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("70000");
        assertThatThrownBy(() -> ConfigLoader.load(dir.resolve("missing.yaml"), Map.of()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("not found");
    }

    private Path write(String yaml) throws Exception {
        Path f = Files.createTempFile(dir, "osee", ".yaml");
        Files.writeString(f, yaml);
        return f;
    }
}
