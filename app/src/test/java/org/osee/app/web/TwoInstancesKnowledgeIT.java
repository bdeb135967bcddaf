package org.osee.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osee.app.cli.Json;
import org.osee.bot.store.TestDatabase;

/**
 * Two instances of the whole app, each with its own data folder and index, on one PostgreSQL database (a fresh schema)
 * and one knowledge folder: what staff publish through one is cited by the other, a document added to the folder is
 * answered by both, and their {@code /health} knowledge versions converge.
 */
class TwoInstancesKnowledgeIT {
    @TempDir
    static Path tmp;
    static String schema;
    static Path shared;
    static RunningApp a;
    static RunningApp b;

    @BeforeAll
    static void start() throws Exception {
        schema = "osee_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        TestDatabase.execute("CREATE SCHEMA " + schema);
        shared = Files.createDirectories(tmp.resolve("shared"));
        Files.writeString(shared.resolve("community.md"), """
                # Building a community
                ## First contributors
                Label easy issues as good first issues and answer new contributors within two working days.
                """);
        Map<String, Object> sections = Map.of(
                "database", Map.of("url", TestDatabase.postgresUrl() + "?currentSchema=" + schema,
                        "username", TestDatabase.POSTGRES_USER, "password", ""),
                "knowledge", Map.of("folders", List.of(shared.toString()), "poll-seconds", 1, "sync-seconds", 1));
        a = RunningApp.withSections(Files.createDirectories(tmp.resolve("a")), null, sections);
        b = RunningApp.withSections(Files.createDirectories(tmp.resolve("b")), null, sections);
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
        TestDatabase.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    @Test
    void an_entry_published_through_one_instance_is_cited_by_the_other_within_seconds() throws Exception {
        String question = "Who signs the contributor licence agreement for a ministry?";
        JsonNode created = Json.mapper().readTree(a.consolePost("/console/api/knowledge", "{\"title\": \"Contributor "
                + "agreements in ministries\", \"question\": " + Json.line(question) + ", \"answer\": \"The head of the "
                + "ministry's legal unit signs contributor licence agreements on behalf of the ministry.\"}").body());
        long id = created.get("id").asLong();
        assertThat(a.consolePost("/console/api/knowledge/" + id + "/publish", "{}").statusCode()).isEqualTo(200);

        long started = System.nanoTime();
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(sources(b, question)).contains("faq/" + id));
        System.out.printf("instance B cited the entry published through A after %d ms%n",
                (System.nanoTime() - started) / 1_000_000);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(version(b)).isEqualTo(version(a)));
    }

    @Test
    void a_document_added_to_the_shared_folder_is_answered_by_both_within_a_minute() throws Exception {
        String question = "Which accessibility standard must a public service website meet?";
        await().atMost(Duration.ofSeconds(60)).until(() -> health(a).at("/knowledge/folders_ingested").asBoolean()
                && health(b).at("/knowledge/folders_ingested").asBoolean());
        assertThat(sources(a, question)).doesNotContain("accessibility.md");

        long started = System.nanoTime();
        Files.writeString(shared.resolve("accessibility.md"), """
                # Accessibility of public services
                ## The standard to meet
                A public service website must meet the accessibility standard EN 301 549, which follows WCAG 2.1 at
                level AA, and publish an accessibility statement.
                """);

        for (RunningApp instance : List.of(a, b)) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    assertThat(sources(instance, question)).contains("accessibility.md"));
        }
        System.out.printf("both instances cited the new document after %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertThat(health(a).at("/knowledge/files").asInt()).isEqualTo(health(b).at("/knowledge/files").asInt());
    }

    private static List<String> sources(RunningApp instance, String question) throws Exception {
        JsonNode answer = Json.mapper().readTree(instance.post("/api/ask", "{\"question\": " + Json.line(question)
                + ", \"conversation\": \"two-" + UUID.randomUUID() + "\"}").body());
        return answer.path("citations").findValuesAsText("source");
    }

    private static long version(RunningApp instance) throws Exception {
        return health(instance).at("/knowledge/entries_version").asLong();
    }

    private static JsonNode health(RunningApp instance) throws Exception {
        return Json.mapper().readTree(instance.get("/health").body());
    }
}
