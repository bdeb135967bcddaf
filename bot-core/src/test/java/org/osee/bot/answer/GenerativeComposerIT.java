package org.osee.bot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.osee.bot.answer.Fixtures.LICENCE_EN;
import static org.osee.bot.answer.Fixtures.LICENCE_FR;
import static org.osee.bot.answer.Fixtures.PROCUREMENT_EN;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osee.knowledge.Passage;

/** The generative composer against loopback servers speaking the OpenAI and Ollama chat APIs. */
class GenerativeComposerIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Passage> PASSAGES = List.of(LICENCE_EN, PROCUREMENT_EN, LICENCE_FR);
    private static final String QUESTION = "Does a public repository need a licence file?";

    private HttpServer server;
    private volatile int status = 200;
    private volatile String content = "";
    private volatile long delayMillis;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", exchange -> respond(exchange, openAiBody()));
        server.createContext("/api/chat", exchange -> respond(exchange, ollamaBody()));
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private GenerativeComposer openAi(Duration timeout) {
        var config = GenerativeConfig.openAi(base() + "/v1", "test-model", "sk-test-key").withTimeout(timeout);
        return GenerativeComposer.create(config, new ExtractiveComposer());
    }

    private GenerativeComposer ollama() {
        var config = GenerativeConfig.ollama(base(), "llama-test").withTimeout(Duration.ofSeconds(5));
        return GenerativeComposer.create(config, new ExtractiveComposer());
    }

    @Test
    void uses_a_good_openai_reply() {
        content = "Oui, un fichier de licence est nécessaire à la racine du dépôt [1].";

        Composition answer = openAi(Duration.ofSeconds(5)).compose(QUESTION, "fr", PASSAGES);

        assertThat(answer.text()).isEqualTo(content);
        assertThat(answer.cited()).containsExactly(LICENCE_EN);
        assertThat(requests).hasSize(1);
        var request = json(requests.get(0));
        assertThat(request.path("model").asText()).isEqualTo("test-model");
        assertThat(request.path("messages").get(0).path("role").asText()).isEqualTo("system");
        assertThat(request.path("messages").get(1).path("content").asText()).contains("<question language=\"fr\">");
    }

    @Test
    void falls_back_to_the_extractive_answer_on_a_server_error() {
        status = 500;

        Composition answer = openAi(Duration.ofSeconds(5)).compose(QUESTION, "en", PASSAGES);

        assertThat(answer.verbatim()).isTrue();
        assertThat(answer.text()).contains("licence file");
    }

    @Test
    void never_writes_the_api_key_to_the_log_when_falling_back() {
        status = 500;
        java.io.PrintStream original = System.err;
        var captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            openAi(Duration.ofSeconds(5)).compose(QUESTION, "en", PASSAGES);
        } finally {
            System.setErr(original);
        }

        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("WARN").doesNotContain("sk-test-key");
    }

    @Test
    void falls_back_to_the_extractive_answer_when_the_server_is_too_slow() {
        content = "Too late [1].";
        delayMillis = 3_000;

        long start = System.nanoTime();
        Composition answer = openAi(Duration.ofMillis(500)).compose(QUESTION, "en", PASSAGES);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
        assertThat(answer.verbatim()).isTrue();
        assertThat(answer.text()).doesNotContain("Too late");
    }

    @Test
    void falls_back_when_the_reply_cites_nothing_retrieved() {
        content = "Everything is approved, no need for sources.";

        assertThat(openAi(Duration.ofSeconds(5)).compose(QUESTION, "en", PASSAGES).verbatim()).isTrue();
    }

    @Test
    void falls_back_when_the_reply_cites_a_passage_number_out_of_range() {
        content = "A licence is needed [1] and it was approved [9].";

        assertThat(openAi(Duration.ofSeconds(5)).compose(QUESTION, "en", PASSAGES).verbatim()).isTrue();
    }

    @Test
    void uses_a_good_ollama_reply() {
        content = "A licence file is needed at the root [1]; vendors sell support [2].";

        Composition answer = ollama().compose(QUESTION, "en", PASSAGES);

        assertThat(answer.text()).isEqualTo(content);
        assertThat(answer.cited()).containsExactly(LICENCE_EN, PROCUREMENT_EN);
        assertThat(json(requests.get(0)).path("model").asText()).isEqualTo("llama-test");
    }

    @Test
    void falls_back_on_an_ollama_error() {
        status = 500;

        assertThat(ollama().compose(QUESTION, "en", PASSAGES).verbatim()).isTrue();
    }

    private static com.fasterxml.jackson.databind.JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    private void respond(HttpExchange exchange, String body) throws IOException {
        requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] bytes = (status == 200 ? body : "{\"error\":{\"message\":\"internal\"}}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.sendResponseHeaders(status, bytes.length);
            out.write(bytes);
        } catch (IOException closedByClient) {
            // the client gave up (timeout test)
        }
    }

    private String openAiBody() {
        ObjectNode root = JSON.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion")
                .put("created", 1_700_000_000L).put("model", "test-model");
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        root.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 5).put("total_tokens", 15);
        return root.toString();
    }

    private String ollamaBody() {
        ObjectNode root = JSON.createObjectNode().put("model", "llama-test").put("created_at", "2026-01-01T00:00:00Z")
                .put("done", true).put("done_reason", "stop");
        root.putObject("message").put("role", "assistant").put("content", content);
        return root.put("prompt_eval_count", 10).put("eval_count", 5).toString();
    }
}
