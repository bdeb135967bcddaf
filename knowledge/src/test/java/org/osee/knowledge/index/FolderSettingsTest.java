package org.osee.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osee.knowledge.BadInputException;
import org.osee.knowledge.load.Document;
import org.osee.knowledge.load.Section;

class FolderSettingsTest {
    @TempDir
    Path root;

    private static Document doc(String source, String url) {
        return new Document(source, "T", url, "en", List.of(new Section(List.of("T"), "t", "text", null)));
    }

    @Test
    void a_folder_base_url_links_documents_without_their_own_url() throws Exception {
        Files.writeString(root.resolve(FolderSettings.FILE), "base-url = https://guides.example.org/docs\nurl-extension = .html\n");
        FolderSettings settings = FolderSettings.of(root);

        assertThat(settings.apply(doc("en/choosing a licence.md", null)).url())
                .isEqualTo("https://guides.example.org/docs/en/choosing%20a%20licence.html");
        assertThat(settings.apply(doc("en/a.md", "https://own.example.org/a")).url()).isEqualTo("https://own.example.org/a");
    }

    @Test
    void without_a_settings_file_or_extension_setting_paths_are_kept_as_they_are() throws Exception {
        assertThat(FolderSettings.of(root).apply(doc("a.md", null)).url()).isNull();
        Files.writeString(root.resolve(FolderSettings.FILE), "base-url=https://git.example.org/pack/blob/main/\n");

        assertThat(FolderSettings.of(root).apply(doc("en/a.md", null)).url())
                .isEqualTo("https://git.example.org/pack/blob/main/en/a.md");
    }

    @Test
    void a_site_path_of_the_documents_own_follows_the_base_url_and_without_one_is_no_link() throws Exception {
        assertThat(FolderSettings.of(root).apply(doc("resources/x.md", "/resources/xz-report/")).url()).isNull();
        assertThat(FolderSettings.of(root).apply(doc("a.md", "javascript:alert(1)")).url()).isNull();
        Files.writeString(root.resolve(FolderSettings.FILE), "base-url = https://guides.example.org/ospo\n");

        assertThat(FolderSettings.of(root).apply(doc("resources/x.md", "/resources/xz-report/")).url())
                .isEqualTo("https://guides.example.org/ospo/resources/xz-report/");
        assertThat(FolderSettings.of(root).apply(doc("a.md", "javascript:alert(1)")).url())
                .isEqualTo("https://guides.example.org/ospo/a.md");
    }

    @Test
    void a_base_url_that_is_not_http_is_refused_with_the_file_named() throws Exception {
        Files.writeString(root.resolve(FolderSettings.FILE), "base-url=javascript:alert(1)\n");

        assertThatThrownBy(() -> FolderSettings.of(root)).isInstanceOf(BadInputException.class)
                .hasMessageContaining(FolderSettings.FILE);
    }
}
