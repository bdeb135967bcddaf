package org.osee.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osee.app.cli.Json;
import org.osee.app.cli.Knowledge;
import org.osee.app.live.EntrySync;
import org.osee.app.web.auth.SignedIn;
import org.osee.bot.store.Database;
import org.osee.bot.store.JdbcKnowledgeEntries;
import org.osee.bot.store.Stores;
import org.osee.knowledge.KnowledgeBase;

/**
 * Who may do what in the knowledge review: staff write and edit drafts; only admins publish, withdraw and change
 * what is published. The routes run on a bare Javalin whose requests are signed in by a header naming the role (the
 * console's guard does the signing in in the real server), over a real database and index.
 */
class KnowledgeRolesIT {
    @TempDir
    static Path tmp;
    static Database db;
    static KnowledgeBase kb;
    static Javalin server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        db = Database.embedded(tmp.resolve("data"));
        kb = Knowledge.open(tmp.resolve("data"));
        Stores stores = Stores.of(db);
        JdbcKnowledgeEntries entries = new JdbcKnowledgeEntries(db.dataSource(), java.time.Clock.systemUTC());
        KnowledgeConsole console = new KnowledgeConsole(entries, stores.conversations(), stores.audit(),
                new EntrySync(entries, kb));
        server = Javalin.create(config -> {
            config.jsonMapper(new io.javalin.json.JavalinJackson(Json.mapper(), false));
            config.appData(JsonBody.MAX_BYTES, 1_000_000L);
        });
        server.before("/console/*", ctx -> ctx.attribute(SignedIn.ATTRIBUTE, "admin".equals(ctx.header("X-Test-Role"))
                ? new SignedIn("ada", "Ada", SignedIn.Role.ADMIN) : new SignedIn("sam", "Sam", SignedIn.Role.STAFF)));
        console.register(server);
        server.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.stop();
        kb.close();
        db.close();
    }

    @Test
    void staff_write_drafts_and_only_an_admin_publishes_withdraws_or_changes_what_is_published() throws Exception {
        HttpResponse<String> created = post("staff", "/console/api/knowledge",
                "{\"question\": \"Who approves a new dependency?\", \"answer\": \"The security team does.\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        long id = Json.mapper().readTree(created.body()).get("id").asLong();
        assertThat(post("staff", "/console/api/knowledge/" + id, "{\"question\": \"Who approves a new dependency?\", "
                + "\"answer\": \"The security team approves it.\"}").statusCode()).isEqualTo(200);

        assertThat(post("staff", "/console/api/knowledge/" + id + "/publish", "{}").statusCode()).isEqualTo(403);
        assertThat(post("admin", "/console/api/knowledge/" + id + "/publish", "{}").statusCode()).isEqualTo(200);
        assertThat(post("staff", "/console/api/knowledge/" + id, "{\"question\": \"q\", \"answer\": \"changed by staff\"}")
                .statusCode()).isEqualTo(403);
        assertThat(post("staff", "/console/api/knowledge/" + id + "/withdraw", "{}").statusCode()).isEqualTo(403);

        JsonNode entry = Json.mapper().readTree(get("/console/api/knowledge/" + id).body());
        assertThat(entry.get("status").asText()).isEqualTo("published");
        assertThat(entry.get("answer").asText()).isEqualTo("The security team approves it.");
        assertThat(entry.get("author").asText()).isEqualTo("sam");
        assertThat(entry.get("updated_by").asText()).isEqualTo("ada");
        assertThat(kb.document("faq/" + id)).isPresent();
    }

    private static HttpResponse<String> post(String role, String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/json").header("X-Test-Role", role)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
