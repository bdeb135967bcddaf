package org.osee.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osee.bot.domain.RetentionMode;
import org.osee.connectors.email.MailSecurity;
import org.osee.knowledge.BadInputException;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void no_file_and_no_environment_gives_the_embedded_defaults() {
        AppConfig config = ConfigLoader.load(null, Map.of());

        assertThat(config.database().embedded()).isTrue();
        assertThat(config.email()).isNull();
        assertThat(config.server().port()).isEqualTo(8080);
        assertThat(config.llm().provider()).isEqualTo("none");
        assertThat(config.retention().mode()).isEqualTo(RetentionMode.ANONYMISE);
    }

    @Test
    void reads_the_server_limits_and_trusted_proxies_from_yaml_and_the_environment() throws Exception {
        Path file = write("""
                server:
                  trusted-proxies: [10.0.0.0/8, "::1"]
                  questions-per-minute: 5
                  max-request-kb: 64
                """);

        ServerSettings fromFile = ConfigLoader.load(file, Map.of()).server();
        ServerSettings fromEnv = ConfigLoader.load(null, Map.of("OSEE_SERVER_TRUSTED_PROXIES", "192.0.2.1, 10.0.0.0/8")).server();

        assertThat(fromFile.trustedProxies()).containsExactly("10.0.0.0/8", "::1");
        assertThat(fromFile.questionsPerMinute()).isEqualTo(5);
        assertThat(fromFile.maxRequestBytes()).isEqualTo(64 * 1024);
        assertThat(fromEnv.trustedProxies()).containsExactly("192.0.2.1", "10.0.0.0/8");
        assertThat(ServerSettings.defaults().trustedProxies()).isEmpty();
        assertThat(ServerSettings.defaults().questionsPerMinute()).isEqualTo(30);
        assertThat(ServerSettings.defaults().maxRequestBytes()).isEqualTo(2048 * 1024);
    }

    @Test
    void reads_the_contract_keys_from_yaml() throws Exception {
        Path file = write("""
                server:
                  questions-per-minute: 30
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
        assertThat(config.server().questionsPerMinute()).isEqualTo(30);
        assertThat(config.email().imap().port()).isEqualTo(3143);
        assertThat(config.email().smtp().security()).isEqualTo(MailSecurity.NONE);
        assertThat(config.email().toConfig().address()).isEqualTo("bot@example.org");
    }

    @Test
    void durations_and_enums_parse_in_any_usual_spelling() throws Exception {
        Path file = write("""
                retention: { mode: Anonymise-And-Remove-Text }
                email:
                  address: bot@example.org
                  imap: { host: h, port: 993, security: TLS, poll-interval: 30s }
                  smtp: { host: h, port: 587, security: starttls }
                  limits: { reconnect-initial: 500ms, reconnect-max: PT2M, idle-refresh: 5m }
                """);

        AppConfig config = ConfigLoader.load(file, Map.of());

        assertThat(config.retention().mode()).isEqualTo(RetentionMode.ANONYMISE_AND_REMOVE_TEXT);
        assertThat(config.email().imap().pollInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.email().limits().reconnectInitial()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.email().limits().reconnectMax()).isEqualTo(Duration.ofMinutes(2));
        assertThat(config.email().limits().idleRefresh()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void environment_overrides_the_file_for_nested_keys_by_one_rule() throws Exception {
        Path file = write("""
                email:
                  address: bot@example.org
                  imap: { host: imap.example.org, port: 993, security: tls, username: bot }
                  smtp: { host: smtp.example.org, port: 587, security: starttls, username: bot }
                """);

        AppConfig config = ConfigLoader.load(file, Map.of(
                "OSEE_DATABASE_PASSWORD", "from-env",
                "OSEE_SERVER_PORT", "9090",
                "OSEE_LLM_API_KEY", "k",
                "OSEE_EMAIL_IMAP_PASSWORD", "imap-secret",
                "OSEE_EMAIL_SMTP_PASSWORD", "smtp-secret",
                "OSEE_EMAIL_IMAP_POLL_INTERVAL", "2m"));

        assertThat(config.database().password()).isEqualTo("from-env");
        assertThat(config.server().port()).isEqualTo(9090);
        assertThat(config.llm().apiKey()).isEqualTo("k");
        assertThat(config.email().imap().password()).isEqualTo("imap-secret");
        assertThat(config.email().imap().pollInterval()).isEqualTo(Duration.ofMinutes(2));
        assertThat(config.email().toConfig().smtp().auth().required()).isTrue();
    }

    @Test
    void flags_win_over_the_environment_and_the_file() throws Exception {
        Path file = write("server: { port: 7000 }\n");

        AppConfig config = ConfigLoader.load(file, Map.of("OSEE_SERVER_PORT", "7001", "OSEE_DATA", "/from/env"),
                Map.of("server.port", "0"));

        assertThat(config.server().port()).isZero();
        assertThat(config.data()).isEqualTo(Path.of("/from/env"));
    }

    @Test
    void env_names_follow_the_key_path() {
        assertThat(ConfigLoader.envName(List.of("llm", "api-key"))).isEqualTo("OSEE_LLM_API_KEY");
        assertThat(ConfigLoader.envName(List.of("email", "imap", "oauth2-token"))).isEqualTo("OSEE_EMAIL_IMAP_OAUTH2_TOKEN");
        assertThat(ConfigLoader.leafPaths(AppConfig.class, List.of())).contains(List.of("database", "password"),
                List.of("llm", "base-url"), List.of("server", "console-password"), List.of("email", "imap", "password"),
                List.of("email", "limits", "max-per-sender-per-hour"), List.of("data"));
    }

    @Test
    void a_typo_a_bad_port_and_a_missing_password_are_each_one_line_naming_the_key() throws Exception {
        Path file = write("""
                server: { port: abc }
                databse: { url: x }
                email:
                  address: bot@example.org
                  imap: { host: h, port: 993, security: tls, username: bot, password: p, pol-interval: 30s }
                  smtp: { host: h, port: 587, security: starttls, username: bot }
                """);

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of())).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        "server.port: must be a whole number, was 'abc'",
                        "databse: unknown key (did you mean 'database'?)",
                        "email.imap.pol-interval: unknown key (did you mean 'poll-interval'?)"));

        Path fixed = write(Files.readString(file).replace("port: abc", "port: 8080").replace("databse", "database")
                .replace(", pol-interval: 30s", "").replace("url: x", "url: jdbc:h2:mem:x"));
        assertThatThrownBy(() -> ConfigLoader.load(fixed, Map.of())).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(e.problems()).singleElement().asString()
                        .startsWith("email.smtp.password is required when email.smtp.username is set"));
    }

    @Test
    void problems_of_several_sections_are_reported_together() throws Exception {
        Path file = write("""
                server: { port: 70000 }
                retention: { mode: shred }
                pipeline: { workers: 0 }
                email: { address: bot@example.org, imap: { port: 993, security: tls }, smtp: { host: h, port: 25, security: none } }
                """);

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of())).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        "retention.mode: must be one of delete, anonymise, anonymise-and-remove-text; was 'shred'"))
                .satisfies(e -> assertThat(e.getMessage().lines()).hasSize(1));
        Path schemaClean = write(Files.readString(file).replace("mode: shred", "mode: delete"));
        assertThatThrownBy(() -> ConfigLoader.load(schemaClean, Map.of())).isInstanceOfSatisfying(
                ConfigException.class, e -> assertThat(e.problems()).hasSize(3).anySatisfy(p -> assertThat(p)
                        .startsWith("server.port must be between 0 and 65535")).anySatisfy(p -> assertThat(p)
                        .startsWith("pipeline")).anySatisfy(p -> assertThat(p).isEqualTo("email.imap.host is required")));
    }

    @Test
    void a_value_of_the_wrong_shape_names_its_key() throws Exception {
        assertThatThrownBy(() -> ConfigLoader.load(write("email: yes\n"), Map.of()))
                .hasMessageStartingWith("email: must be a section of keys");
        assertThatThrownBy(() -> ConfigLoader.load(write("server: { port: [1, 2] }\n"), Map.of()))
                .hasMessage("server.port: must be a single value, not a list");
        assertThatThrownBy(() -> ConfigLoader.load(write("email: { imap: { idle: maybe } }\n"), Map.of()))
                .hasMessageContaining("email.imap.idle: must be true or false, was 'maybe'");
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("OSEE_EMAIL_IMAP_POLL_INTERVAL", "soon")))
                .hasMessageContaining("email.imap.poll-interval: must be a duration such as 30s");
    }

    @Test
    void the_effective_configuration_is_printed_with_secrets_masked() throws Exception {
        Path file = write("""
                server: { console-password: hunter2 }
                database: { url: "jdbc:postgresql://db/osee?user=osee&password=pw-secret", password: pw2-secret }
                llm: { provider: openai, base-url: "http://x", model: m, api-key: sk-secret }
                email:
                  address: bot@example.org
                  imap: { host: h, port: 993, security: tls, username: bot, oauth2-token: ya29.secret }
                  smtp: { host: h, port: 587, security: starttls, username: bot, password: smtp-secret }
                """);

        String printed = ConfigLoader.describe(ConfigLoader.load(file, Map.of()));

        assertThat(printed).doesNotContain("hunter2", "pw-secret", "pw2-secret", "sk-secret", "ya29", "smtp-secret")
                .contains("console-password: '****'", "api-key: '****'", "poll-interval: 1m", "security: starttls",
                        "mode: anonymise", "max-per-sender-per-hour: 10", "password=****");
        assertThat(ConfigLoader.load(write(printed.replace("'****'", "x").replace("password=****", "")), Map.of()))
                .isNotNull(); // the printed form reads back
    }

    @Test
    void secrets_never_appear_in_printed_records() {
        var server = new ServerSettings("h", 1, "hunter2");
        var llm = new LlmSettings("openai", "http://x", "m", "sk-secret", null);
        var db = new DatabaseSettings("jdbc:postgresql://h/db", "u", "pw-secret");

        assertThat(server + llm.toString() + db).doesNotContain("hunter2", "sk-secret", "pw-secret");
    }

    @Test
    void a_missing_file_or_a_file_that_is_no_mapping_is_one_line() throws Exception {
        assertThatThrownBy(() -> ConfigLoader.load(dir.resolve("missing.yaml"), Map.of()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("not found");
        assertThatThrownBy(() -> ConfigLoader.load(write("- a\n- b\n"), Map.of()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("must hold a YAML mapping");
    }

    private Path write(String yaml) throws Exception {
        Path f = Files.createTempFile(dir, "osee", ".yaml");
        Files.writeString(f, yaml);
        return f;
    }
}
