package org.osee.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code logging:} section: text by default, json from the file or the environment, a bad value named. */
class LoggingSectionTest {
    @TempDir
    Path tmp;

    @Test
    void logs_text_by_default() {
        assertThat(ConfigLoader.load(null, Map.of()).logging().format()).isEqualTo(LoggingSettings.Format.TEXT);
    }

    @Test
    void reads_json_from_the_file_or_the_environment() throws Exception {
        Path file = tmp.resolve("osee.yaml");
        Files.writeString(file, "logging:\n  format: json\n");

        assertThat(ConfigLoader.load(file, Map.of()).logging().format()).isEqualTo(LoggingSettings.Format.JSON);
        assertThat(ConfigLoader.load(null, Map.of("OSEE_LOGGING_FORMAT", "JSON")).logging().format())
                .isEqualTo(LoggingSettings.Format.JSON);
    }

    @Test
    void refuses_an_unknown_format_and_an_unknown_key_naming_them() throws Exception {
        Path file = tmp.resolve("osee.yaml");
        Files.writeString(file, "logging:\n  format: xml\n  fromat: json\n");

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("logging.format: must be one of text, json; was 'xml'")
                .hasMessageContaining("logging.fromat: unknown key (did you mean 'format'?)");
    }
}
