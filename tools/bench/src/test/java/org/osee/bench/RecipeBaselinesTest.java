package org.osee.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osee.app.eval.Baselines;
import org.osee.knowledge.Passage;
import org.osee.knowledge.Retriever;

/** The bench tool plugs its baselines into the osee commands, and the BM25 one ranks whole files. */
class RecipeBaselinesTest {
    @TempDir
    Path corpus;

    @Test
    void the_osee_commands_find_both_baselines_on_the_bench_tools_classpath() {
        assertThat(Baselines.installed()).isInstanceOf(RecipeBaselines.class);
        assertThat(Baselines.installed().builders()).containsOnlyKeys("bm25_whole_files", "langchain4j_recipe");
    }

    @Test
    void bm25_over_whole_files_ranks_the_file_that_matches_first() throws Exception {
        Files.writeString(corpus.resolve("licensing.md"), "Choose an open-source licence such as the EUPL or MIT.");
        Files.createDirectories(corpus.resolve("security"));
        Files.writeString(corpus.resolve("security/dependencies.md"), "Check how many maintainers a dependency has.");

        Retriever bm25 = Baselines.installed().builders().get("bm25_whole_files").build(corpus);
        List<Passage> hits = bm25.retrieve("which maintainers does the dependency have", 10);

        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).source()).isEqualTo("security/dependencies.md");
        ((AutoCloseable) bm25).close();
    }
}
