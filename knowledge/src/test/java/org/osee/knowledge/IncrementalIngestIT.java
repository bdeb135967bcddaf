package org.osee.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osee.knowledge.IngestListener.Outcome;

/** Re-ingest: unchanged files skipped, changed re-indexed, deleted removed, other roots untouched. */
class IncrementalIngestIT {
    @TempDir
    Path tmp;

    /** Records the outcome of every file. */
    static final class Recorder implements IngestListener {
        final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
        int total = -1;

        @Override
        public void started(int totalFiles) {
            total = totalFiles;
        }

        @Override
        public void fileDone(String source, Outcome outcome) {
            outcomes.put(source, outcome);
        }
    }

    private KnowledgeBase open() {
        return KnowledgeBase.open(KnowledgeConfig.defaults(tmp.resolve("index")), TestCorpus.sharedModel());
    }

    @Test
    void skips_unchanged_reindexes_changed_and_removes_deleted_files() throws IOException {
        Path root = tmp.resolve("docs");
        TestCorpus.write(root, "a.md", "# Alpha\n\nApples are grown in orchards.");
        TestCorpus.write(root, "b.md", "# Beta\n\nBananas grow in the tropics.");
        TestCorpus.write(root, "c.md", "# Gamma\n\nCherries are small stone fruit.");
        try (KnowledgeBase kb = open()) {
            kb.ingest(List.of(root), IngestListener.NONE);
            TestCorpus.write(root, "b.md", "# Beta\n\nBlueberries are picked in summer.");
            Files.delete(root.resolve("c.md"));
            Recorder recorder = new Recorder();

            IngestReport second = kb.ingest(List.of(root), recorder);

            assertThat(second.unchanged()).isEqualTo(1);
            assertThat(second.updated()).isEqualTo(1);
            assertThat(second.removed()).isEqualTo(1);
            assertThat(second.added()).isZero();
            assertThat(recorder.total).isEqualTo(2);
            assertThat(recorder.outcomes).containsExactlyInAnyOrderEntriesOf(
                    Map.of("a.md", Outcome.UNCHANGED, "b.md", Outcome.UPDATED, "c.md", Outcome.REMOVED));
            assertThat(kb.chunkCount()).isEqualTo(2);
            assertThat(kb.retriever().retrieve("blueberries summer", 1).get(0).text()).contains("Blueberries");
            assertThat(kb.retriever().retrieve("cherries stone fruit", 5)).extracting(Passage::source)
                    .doesNotContain("c.md");
        }
    }

    @Test
    void reopening_the_index_remembers_hashes_and_leaves_other_roots_alone() throws IOException {
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        TestCorpus.write(first, "one.md", "# One\n\nThe first root talks about licences.");
        TestCorpus.write(second, "two.md", "# Two\n\nThe second root talks about procurement.");
        try (KnowledgeBase kb = open()) {
            kb.ingest(List.of(first, second), IngestListener.NONE);
        }
        Files.delete(second.resolve("two.md"));
        TestCorpus.write(second, "three.md", "# Three\n\nA new file about security.");

        try (KnowledgeBase kb = open()) {
            IngestReport onlyFirst = kb.ingest(List.of(first), IngestListener.NONE);
            assertThat(onlyFirst.unchanged()).isEqualTo(1);
            assertThat(onlyFirst.removed()).isZero();
            assertThat(kb.chunkCount()).isEqualTo(2);

            IngestReport secondAgain = kb.ingest(List.of(second), IngestListener.NONE);
            assertThat(secondAgain.added()).isEqualTo(1);
            assertThat(secondAgain.removed()).isEqualTo(1);
            assertThat(kb.retriever().retrieve("licences", 5)).extracting(Passage::source).contains("one.md");
        }
    }

    @Test
    void a_file_given_directly_is_keyed_by_its_name_and_a_file_turned_bad_is_dropped() throws IOException {
        Path file = tmp.resolve("loose/notes.txt");
        TestCorpus.write(tmp.resolve("loose"), "notes.txt", "Notes about inner source adoption.");
        try (KnowledgeBase kb = open()) {
            IngestReport first = kb.ingest(List.of(file), IngestListener.NONE);
            assertThat(first.added()).isEqualTo(1);
            assertThat(kb.retriever().retrieve("inner source", 1).get(0).source()).isEqualTo("notes.txt");

            Files.write(file, new byte[] {0, 0, 0});
            IngestReport second = kb.ingest(List.of(file), IngestListener.NONE);

            assertThat(second.skipped()).extracting(SkippedFile::source).containsExactly("notes.txt");
            assertThat(kb.isEmpty()).isTrue();
        }
    }

    @Test
    void skips_files_over_the_size_cap_with_reason_and_keeps_going() throws IOException {
        Path root = tmp.resolve("sized");
        TestCorpus.write(root, "big.md", "# Big\n\n" + "word ".repeat(100));
        TestCorpus.write(root, "small.md", "# Small\n\nTiny.");
        KnowledgeConfig config = KnowledgeConfig.defaults(tmp.resolve("index-sized")).withMaxFileBytes(200);
        try (KnowledgeBase kb = KnowledgeBase.open(config, TestCorpus.sharedModel())) {
            IngestReport report = kb.ingest(List.of(root), IngestListener.NONE);

            assertThat(report.added()).isEqualTo(1);
            assertThat(report.skipped()).singleElement().satisfies(s -> {
                assertThat(s.source()).isEqualTo("big.md");
                assertThat(s.reason()).isEqualTo("file too large (507 bytes, limit 200)");
            });
        }
    }
}
