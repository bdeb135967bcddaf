package org.osee.knowledge.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osee.knowledge.BadInputException;

class AnswerMaterialTest {
    private static final String GUIDE = "# Choosing a licence\n\nEvery public repository needs a licence file. "
            + "Ask the legal team before you choose one for a large project.\n";

    private static SourceFile file(String source, String text) {
        return new SourceFile(Path.of("/pack").resolve(source), source, text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"README.md", "readme.txt", "CHANGELOG.md", "CONTRIBUTING.md", "CODE_OF_CONDUCT.md", "SOURCE.md", "NOTICE"})
    void files_about_the_pack_at_its_top_are_not_answer_material(String name) {
        assertThat(AnswerMaterial.whyNot(file(name, GUIDE))).contains("about the pack");
    }

    @ParameterizedTest
    @ValueSource(strings = {"LICENSE", "LICENSE.md", "licence.txt", "COPYING", "docs/LICENSE-MIT.txt"})
    void licence_texts_anywhere_are_not_answer_material(String source) {
        assertThat(AnswerMaterial.whyNot(file(source, "Permission is hereby granted, free of charge..."))).contains("licence");
    }

    @ParameterizedTest
    @ValueSource(strings = {"book/content/en/toc.md", "TOC.md", "docs/_sidebar.md", "table-of-contents.md",
            "book/SUMMARY.md", "site/nav.md"})
    void tables_of_contents_anywhere_are_not_answer_material(String source) {
        assertThat(AnswerMaterial.whyNot(file(source, "## Chapter 5: Managing security\n\nThis chapter shows how "
                + "offices secure the supply chain.\n"))).contains("table of contents");
    }

    @ParameterizedTest
    @ValueSource(strings = {"chapters/README.md", "en/choosing-a-licence.md", "license-compliance.md",
            "guides/licensing.md", "standard/CHANGELOG.md", "reports/summary.md", "guides/navigating-procurement.md"})
    void guides_and_pages_deeper_in_the_tree_stay(String source) {
        assertThat(AnswerMaterial.whyNot(file(source, GUIDE))).isNull();
    }

    @Test
    void a_folder_of_packs_keeps_each_packs_readme_and_provenance_out(@TempDir Path root) throws Exception {
        Path pack = Files.createDirectories(root.resolve("dpg-pack"));
        Files.writeString(pack.resolve("SOURCE.md"), "# SOURCE\n\nCopied from the project's repository.\n");
        Files.writeString(pack.resolve("README.md"), GUIDE);
        Files.writeString(pack.resolve("CHANGELOG.md"), GUIDE);
        Files.writeString(pack.resolve("standard.md"), GUIDE);

        assertThat(AnswerMaterial.whyNot(onDisk(root, "dpg-pack/README.md"))).contains("about the pack");
        assertThat(AnswerMaterial.whyNot(onDisk(root, "dpg-pack/CHANGELOG.md"))).contains("about the pack");
        assertThat(AnswerMaterial.whyNot(onDisk(root, "dpg-pack/SOURCE.md"))).contains("about the pack");
        assertThat(AnswerMaterial.whyNot(onDisk(root, "dpg-pack/standard.md"))).isNull();
    }

    @Test
    void a_translated_packs_language_folder_is_the_top_of_the_pack(@TempDir Path root) throws Exception {
        Path pack = Files.createDirectories(root.resolve("standard-es"));
        Files.writeString(pack.resolve("SOURCE.md"), "# SOURCE\n\nTraducción copiada del repositorio.\n");
        Path spanish = Files.createDirectories(pack.resolve("es"));
        Files.writeString(spanish.resolve("README.md"), GUIDE);
        Files.writeString(spanish.resolve("CONTRIBUTING.md"), GUIDE);
        Files.writeString(spanish.resolve("introduction.md"), GUIDE);
        Path chapter = Files.createDirectories(spanish.resolve("criteria"));
        Files.writeString(chapter.resolve("README.md"), GUIDE);
        Path top = Files.createDirectories(root.resolve("pt-br"));
        Files.writeString(top.resolve("README.md"), GUIDE);

        assertThat(AnswerMaterial.whyNot(onDisk(root, "standard-es/es/README.md"))).contains("about the pack");
        assertThat(AnswerMaterial.whyNot(onDisk(root, "standard-es/es/CONTRIBUTING.md"))).contains("about the pack");
        assertThat(AnswerMaterial.whyNot(onDisk(root, "pt-br/README.md"))).contains("about the pack");
        assertThat(AnswerMaterial.whyNot(onDisk(root, "standard-es/es/introduction.md"))).isNull();
        assertThat(AnswerMaterial.whyNot(onDisk(root, "standard-es/es/criteria/README.md"))).isNull();
    }

    @Test
    void a_chapter_folder_without_a_licence_or_provenance_file_keeps_its_readme(@TempDir Path root) throws Exception {
        Path chapter = Files.createDirectories(root.resolve("meetups"));
        Files.writeString(chapter.resolve("README.md"), GUIDE);
        Files.writeString(chapter.resolve("attribution.md"), GUIDE);
        Path deeper = Files.createDirectories(root.resolve("pack/chapter"));
        Files.writeString(deeper.resolve("README.md"), GUIDE);
        Files.writeString(deeper.resolve("LICENSE"), "Permission is hereby granted");

        assertThat(AnswerMaterial.whyNot(onDisk(root, "meetups/README.md"))).isNull();
        assertThat(AnswerMaterial.whyNot(onDisk(root, "pack/chapter/README.md"))).isNull();
    }

    private static SourceFile onDisk(Path root, String source) throws Exception {
        Path path = root.resolve(source);
        return new SourceFile(path, source, Files.readAllBytes(path));
    }

    @Test
    void front_matter_skip_excludes_and_index_includes_whatever_the_name() {
        assertThat(AnswerMaterial.whyNot(file("en/draft.md", "---\ntitle: Draft\nosee: skip\n---\n" + GUIDE)))
                .isEqualTo("marked osee: skip");
        assertThat(AnswerMaterial.whyNot(file("README.md", "---\nosee: index\n---\n" + GUIDE))).isNull();
    }

    @Test
    void a_page_that_is_mostly_links_is_navigation() {
        String nav = "# Guides\n\n- [Licences](licences.md)\n- [Publishing](publishing.md)\n"
                + "- [Security](security.md)\n- [Community](community.md)\n* <https://example.org/faq>\n";

        assertThat(AnswerMaterial.whyNot(file("guides/index.md", nav))).contains("navigation");
    }

    @Test
    void a_page_whose_links_sit_in_sentences_is_not_navigation() {
        String prose = "# Further reading\n\n"
                + "- [Licences](licences.md) explains how to pick a licence for the code you publish.\n".repeat(6);

        assertThat(AnswerMaterial.whyNot(file("guides/reading.md", prose))).isNull();
    }

    @Test
    void the_reader_skips_such_files_with_the_reason() {
        DocumentReader reader = new DocumentReader(1000);

        assertThatThrownBy(() -> reader.read(file("LICENSE.md", "# Licence\n\nCC BY 4.0 applies to these guides.")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("licence text");
        assertThat(reader.read(file("en/choosing-a-licence.md", GUIDE)).title()).isEqualTo("Choosing a licence");
    }
}
