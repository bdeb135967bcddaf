package org.osee.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.osee.app.cli.InProcess.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osee.app.cli.Json;
import org.osee.app.live.ServeFile;
import org.osee.app.cli.InProcess.Result;

/**
 * {@code osee ingest}, {@code search} and {@code ask} against a data folder a running {@code osee serve} holds: ingest
 * hands its work to the server, which then answers from the new documents; the others say in one line what to do.
 */
class IngestWhileServingIT {
    @TempDir
    static Path tmp;
    static RunningApp app;
    static Path data;

    @BeforeAll
    static void start() throws Exception {
        app = new RunningApp(tmp, null);
        data = tmp.resolve("data");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void the_running_server_writes_a_serve_file_only_its_owner_can_read() throws Exception {
        Path file = data.resolve(ServeFile.NAME);

        assertThat(file).exists();
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(ServeFile.read(data).orElseThrow().port()).isEqualTo(app.app.port());
    }

    @Test
    void ingest_hands_the_folder_to_the_running_server_which_then_answers_from_it() throws Exception {
        Path more = Files.createDirectories(tmp.resolve("more"));
        Files.writeString(more.resolve("procurement.md"), """
                # Buying support for open source
                ## Support contracts
                A public body can buy a support contract for open-source software from any qualified supplier;
                the tender should name the software and the service levels, never a single vendor's product.
                """);
        int filesBefore = health().at("/knowledge/files").asInt();

        Result r = run("ingest", "--json", "--data", data.toString(), more.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Json.mapper().readTree(r.out()).get("added").asInt()).isEqualTo(1);
        assertThat(r.err()).contains("the running osee serve");
        assertThat(health().at("/knowledge/files").asInt()).isEqualTo(filesBefore + 1);
        JsonNode answer = Json.mapper().readTree(app.post("/api/ask",
                "{\"question\": \"How should a tender for an open-source support contract be written?\"}").body());
        assertThat(answer.get("citations").findValuesAsText("source")).contains("procurement.md");
    }

    @Test
    void search_and_ask_say_in_one_line_to_ask_the_running_server() {
        Result search = run("search", "--data", data.toString(), "licence");
        Result ask = run("ask", "--data", data.toString(), "Which licence?");

        for (Result r : new Result[] {search, ask}) {
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err().lines().filter(l -> l.startsWith("osee:"))).singleElement().satisfies(line -> assertThat(line)
                    .contains("in use by a running osee serve").contains(":" + app.app.port() + "/api/ask"));
        }
    }

    @Test
    void a_server_that_cannot_be_reached_gets_one_line_saying_what_to_do() throws Exception {
        Path file = data.resolve(ServeFile.NAME);
        String saved = Files.readString(file);
        try {
            Files.writeString(file, saved.replaceAll("\"port\":\\d+", "\"port\":1"));

            Result r = run("ingest", "--data", data.toString(), tmp.resolve("docs").toString());

            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err().lines().filter(l -> l.startsWith("osee:"))).singleElement().satisfies(line -> assertThat(line)
                    .contains("in use by a running osee serve").contains("knowledge.folders"));
        } finally {
            Files.writeString(file, saved);
        }
    }

    @Test
    void the_internal_ingest_route_refuses_a_request_without_the_token() throws Exception {
        var res = app.post("/internal/ingest", "{\"paths\": [\"" + tmp.resolve("docs") + "\"]}");

        assertThat(res.statusCode()).isEqualTo(401);
    }

    private static JsonNode health() throws Exception {
        return Json.mapper().readTree(app.get("/health").body());
    }
}
