package org.osee.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.osee.app.cli.InProcess.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osee.app.cli.InProcess.Result;

/** The command-line contract of DESIGN.md, run in-process on a small corpus written by the test. */
class CommandLineIT {
    @TempDir
    static Path tmp;
    static Path corpus;
    static Path data;

    @BeforeAll
    static void ingestSmallCorpus() throws Exception {
        corpus = tmp.resolve("corpus");
        data = tmp.resolve("data");
        Files.createDirectories(corpus.resolve("guides"));
        Files.writeString(corpus.resolve("guides/licensing.md"), """
                ---
                title: Choosing a licence
                url: https://example.org/licensing
                ---
                # Choosing a licence
                ## Permissive or copyleft
                Software paid for by the government should carry an open-source licence. A permissive licence such as
                MIT or Apache-2.0 lets anyone reuse the code; a copyleft licence such as the GPL or the EUPL requires
                that modified versions are shared under the same terms.
                """);
        Files.writeString(corpus.resolve("guides/security.md"), """
                # Judging a dependency
                ## Health signals
                Before adopting a dependency, look at its maintainers, its release cadence, how it handles reported
                vulnerabilities and its OpenSSF Scorecard.
                """);
        Files.writeString(corpus.resolve("broken.pdf"), "this is not a PDF");

        Result r = run("ingest", "--data", data.toString(), "--json", corpus.toString());

        assertThat(r.code()).isZero();
        JsonNode report = Json.mapper().readTree(r.out());
        assertThat(report.get("added").asInt()).isEqualTo(2);
        assertThat(report.get("skipped").get(0).get("source").asText()).isEqualTo("broken.pdf");
    }

    @Test
    void search_run_inside_the_test_jvm_leaves_its_log_level_as_it_was() {
        var root = ((ch.qos.logback.classic.LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory())
                .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        var before = root.getLevel();
        root.setLevel(ch.qos.logback.classic.Level.INFO);
        try {
            Result r = run("search", "--data", data.toString(), "licence");

            assertThat(r.code()).isZero();
            assertThat(root.getLevel()).isEqualTo(ch.qos.logback.classic.Level.INFO);
        } finally {
            root.setLevel(before);
        }
    }

    @Test
    void search_json_returns_ranked_hits_with_the_contract_fields() throws Exception {
        Result r = run("search", "--json", "--data", data.toString(), "--top", "5",
                "which licence for software the government paid for");

        assertThat(r.code()).isZero();
        JsonNode hits = Json.mapper().readTree(r.out()).get("hits");
        assertThat(hits).isNotEmpty();
        JsonNode first = hits.get(0);
        assertThat(first.get("source").asText()).isEqualTo("guides/licensing.md");
        assertThat(first.get("title").asText()).isEqualTo("Choosing a licence");
        assertThat(first.get("section").asText()).contains("Permissive or copyleft");
        assertThat(first.get("url").asText()).startsWith("https://example.org/licensing");
        assertThat(first.get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(first.get("snippet").asText()).contains("licence");
    }

    @Test
    void search_batch_answers_every_line_in_order_with_its_id() throws Exception {
        Path batch = tmp.resolve("batch.jsonl");
        Files.writeString(batch, """
                {"id": "q1", "question": "dependency release cadence and maintainers", "extra": 1}
                not json
                {"id": "q3", "question": "copyleft licence"}
                """);

        Result r = run("search", "--json", "--data", data.toString(), "--batch", batch.toString());

        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(3);
        JsonNode l1 = Json.mapper().readTree(lines.get(0));
        JsonNode l2 = Json.mapper().readTree(lines.get(1));
        JsonNode l3 = Json.mapper().readTree(lines.get(2));
        assertThat(l1.get("id").asText()).isEqualTo("q1");
        assertThat(l1.get("hits").get(0).get("source").asText()).isEqualTo("guides/security.md");
        assertThat(l2.get("error").asText()).contains("line 2");
        assertThat(l3.get("id").asText()).isEqualTo("q3");
        assertThat(l3.get("hits").get(0).get("source").asText()).isEqualTo("guides/licensing.md");
    }

    @Test
    void reingest_of_an_unchanged_folder_changes_nothing() throws Exception {
        Result r = run("ingest", "--data", data.toString(), "--json", corpus.toString());

        JsonNode report = Json.mapper().readTree(r.out());
        assertThat(report.get("unchanged").asInt()).isEqualTo(2);
        assertThat(report.get("added").asInt() + report.get("updated").asInt() + report.get("removed").asInt()).isZero();
    }

    @Test
    void search_on_an_empty_data_folder_says_to_ingest_first() {
        Result r = run("search", "--data", tmp.resolve("nothing").toString(), "anything");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("run 'osee ingest");
    }

    @Test
    void unknown_options_are_usage_errors() {
        assertThat(run("search", "--frobnicate", "x").code()).isEqualTo(2);
        assertThat(run("ingest", "--data", data.toString(), tmp.resolve("missing").toString()).err()).contains("no such file");
    }
}
