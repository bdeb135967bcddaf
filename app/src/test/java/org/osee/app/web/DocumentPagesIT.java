package org.osee.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osee.app.cli.Json;

/** Every citation is a link: documents without a URL of their own are served at /doc/PATH#ANCHOR. */
class DocumentPagesIT {
    @TempDir
    static Path tmp;
    static RunningApp running;

    @BeforeAll
    static void start() throws Exception {
        running = new RunningApp(tmp, null);
    }

    @AfterAll
    static void stop() {
        running.close();
    }

    @Test
    void a_citation_of_a_document_without_url_links_to_its_page_which_the_server_renders() throws Exception {
        HttpResponse<String> asked = running.post("/api/ask",
                "{\"question\": \"What health signals should I check before adopting a dependency?\"}");
        JsonNode reply = Json.mapper().readTree(asked.body());
        JsonNode citation = null;
        for (JsonNode c : reply.path("citations")) {
            if (c.path("source").asText().equals("security.md")) {
                citation = c;
            }
        }
        assertThat(citation).as(asked.body()).isNotNull();
        String url = citation.path("url").asText();
        assertThat(url).isEqualTo("http://127.0.0.1:" + running.app.port() + "/doc/security.md#health-signals");
        assertThat(citation.path("section").asText()).isEqualTo("Health signals");

        HttpResponse<String> page = running.get(url.substring(url.indexOf("/doc/"), url.indexOf('#')));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(page.body()).contains("<h2 id=\"health-signals\">Health signals</h2>", "OpenSSF Scorecard");
    }

    @Test
    void an_unknown_document_is_a_404_page_with_the_path_escaped() throws Exception {
        HttpResponse<String> page = running.get("/doc/%3Cscript%3Enope.md");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("&lt;script&gt;nope.md").doesNotContain("<script>");
    }
}
