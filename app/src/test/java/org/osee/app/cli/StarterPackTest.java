package org.osee.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osee.knowledge.index.FileWalker;
import org.osee.knowledge.load.AnswerMaterial;
import org.osee.knowledge.load.SourceFile;

class StarterPackTest {
    @TempDir
    Path data;

    @Test
    void only_the_guides_of_the_starter_pack_are_answer_material_not_its_readme_or_licence() throws Exception {
        Path pack = Knowledge.extractStarterPack(data.resolve("starter-pack"));
        List<String> material = FileWalker.list(pack).files().stream()
                .filter(f -> {
                    try {
                        return AnswerMaterial.whyNot(new SourceFile(f.path(), f.source(), Files.readAllBytes(f.path())))
                                == null;
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .map(FileWalker.Listed::source).toList();

        assertThat(material).hasSize(48).doesNotContain("README.md", "LICENSE.md")
                .allMatch(source -> source.matches("(en|fr|es)/[a-z0-9-]+\\.md"));
    }
}
