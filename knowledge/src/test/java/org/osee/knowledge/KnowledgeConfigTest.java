package org.osee.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class KnowledgeConfigTest {

    @Test
    void defaults_are_valid_and_adjustable() {
        KnowledgeConfig config = KnowledgeConfig.defaults(Path.of("idx")).withChunkSize(300, 400).withMaxFileBytes(10);

        assertThat(config.targetChunkChars()).isEqualTo(300);
        assertThat(config.maxChunkChars()).isEqualTo(400);
        assertThat(config.maxFileBytes()).isEqualTo(10);
        assertThat(config.vectorWeight()).isBetween(0.0, 1.0);
    }

    @Test
    void rejects_settings_that_cannot_work_naming_the_value() {
        KnowledgeConfig config = KnowledgeConfig.defaults(Path.of("idx"));

        assertThatThrownBy(() -> config.withChunkSize(500, 100))
                .isInstanceOf(BadInputException.class).hasMessageContaining("maxChunkChars").hasMessageContaining("100");
        assertThatThrownBy(() -> config.withVectorWeight(1.5))
                .isInstanceOf(BadInputException.class).hasMessageContaining("1.5");
        assertThatThrownBy(() -> config.withEmbeddingThreads(0))
                .isInstanceOf(BadInputException.class).hasMessageContaining("embeddingThreads");
    }

    @Test
    void translation_setting_is_read_as_people_write_it_and_checked_in_one_place() {
        KnowledgeConfig config = KnowledgeConfig.defaults(Path.of("idx"));

        assertThat(config.translation()).isEqualTo("auto");
        assertThat(config.withTranslation(" None ").translation()).isEqualTo("none");
        assertThat(config.withTranslation("").translation()).isEqualTo("auto");
        assertThat(config.withTranslation(null).translation()).isEqualTo("auto");
        assertThat(KnowledgeConfig.translationSetting("AUTO")).isEqualTo("auto");
        assertThat(KnowledgeConfig.translationSetting("deepl")).isNull();
        assertThatThrownBy(() -> config.withTranslation("deepl"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("deepl");
    }

    @Test
    void ingest_report_copies_its_skipped_list() {
        List<SkippedFile> skipped = new java.util.ArrayList<>(List.of(new SkippedFile("a.bin", "binary")));
        IngestReport report = new IngestReport(1, 0, 0, 0, 3, skipped, Duration.ofSeconds(1));
        skipped.clear();

        assertThat(report.skipped()).hasSize(1);
    }
}
