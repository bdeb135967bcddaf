package org.osee.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code knowledge} section: folders serve keeps ingested, how often it looks, from the file or the environment. */
class KnowledgeSectionTest {
    @TempDir
    Path dir;

    @Test
    void without_the_section_no_folders_are_watched_and_entries_sync_every_two_seconds() {
        KnowledgeSettings k = ConfigLoader.load(null, Map.of()).knowledge();

        assertThat(k.folders()).isEmpty();
        assertThat(k.watch()).isTrue();
        assertThat(k.pollSeconds()).isEqualTo(10);
        assertThat(k.syncSeconds()).isEqualTo(2);
    }

    @Test
    void reads_folders_from_the_file_and_the_environment_wins() throws Exception {
        Path file = Files.writeString(dir.resolve("osee.yaml"), """
                knowledge:
                  folders: [/srv/guides]
                  poll-seconds: 30
                  watch: false
                """);

        KnowledgeSettings fromFile = ConfigLoader.load(file, Map.of()).knowledge();
        KnowledgeSettings fromEnv = ConfigLoader.load(file, Map.of("OSEE_KNOWLEDGE_FOLDERS", "/a, /b")).knowledge();

        assertThat(fromFile.folders()).containsExactly("/srv/guides");
        assertThat(fromFile.pollSeconds()).isEqualTo(30);
        assertThat(fromFile.watch()).isFalse();
        assertThat(fromEnv.folderPaths()).containsExactly(Path.of("/a"), Path.of("/b"));
    }

    @Test
    void machine_translation_is_auto_unless_set_to_none_in_any_case() throws Exception {
        Path file = Files.writeString(dir.resolve("osee.yaml"), """
                knowledge:
                  translation: " None "
                """);

        assertThat(ConfigLoader.load(null, Map.of()).knowledge().translation()).isEqualTo("auto");
        assertThat(ConfigLoader.load(file, Map.of()).knowledge().translation()).isEqualTo("none");
        assertThat(ConfigLoader.load(null, Map.of("OSEE_KNOWLEDGE_TRANSLATION", "AUTO")).knowledge().translation())
                .isEqualTo("auto");
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("OSEE_KNOWLEDGE_TRANSLATION", "deepl")))
                .hasMessageContaining("knowledge.translation must be auto or none, was deepl");
    }

    @Test
    void unknown_keys_and_bad_values_are_refused_naming_the_key() throws Exception {
        Path file = Files.writeString(dir.resolve("osee.yaml"), """
                knowledge:
                  foldrs: [/srv/guides]
                """);
        Path zero = Files.writeString(dir.resolve("zero.yaml"), """
                knowledge:
                  poll-seconds: 0
                """);

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of())).hasMessageContaining("knowledge.foldrs: unknown key")
                .hasMessageContaining("did you mean 'folders'");
        assertThatThrownBy(() -> ConfigLoader.load(zero, Map.of())).hasMessageContaining("knowledge.poll-seconds must be 1 or more");
    }
}
