package org.osee.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osee.app.cli.Json;
import org.osee.app.config.ServerSettings;

/**
 * Hostile-input battery, HTTP API surface (see docs/hostile-input.md for the other surfaces): the whole app
 * in-process, spoken to over raw sockets. Every case ends with a clear refusal or a handled question, and after
 * each one the service still answers.
 */
class HostileHttpIT {
    static final String PASSWORD = "battery-secret";
    static final String GOOD_QUESTION = "{\"question\": \"Which licence should we use for software the government paid for?\"}";
    @TempDir
    static Path tmp;
    static RunningApp app;
    static int port;

    @BeforeAll
    static void start() throws Exception {
        app = new RunningApp(new ServerSettings("127.0.0.1", 0, PASSWORD, 10_000, null, null), tmp, Map.of());
        port = app.app.port();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @AfterEach
    void the_service_still_answers() throws Exception {
        assertThat(RawHttp.get(port, "/health").status()).isEqualTo(200);
        RawHttp.Response asked = RawHttp.postJson(port, "/api/ask", GOOD_QUESTION);
        assertThat(asked.status()).isEqualTo(200);
        assertThat(Json.mapper().readTree(asked.body()).get("decision").asText()).isEqualTo("answer");
    }

    /** A request the server must refuse (or, with 200, handle despite its oddity), with the status expected. */
    record Refusal(String name, String head, byte[] body, int status) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Refusal post(String name, String body, int status) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new Refusal(name, "POST /api/ask HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Connection: close\r\nContent-Length: " + bytes.length + "\r\n\r\n", bytes, status);
    }

    static Refusal raw(String name, String head, String body, int status) {
        return new Refusal(name, head, body.getBytes(StandardCharsets.UTF_8), status);
    }

    static Refusal get(String name, String target, int status, String... headers) {
        return new Refusal(name, "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + String.join("", Arrays.stream(headers).map(h -> h + "\r\n").toList()) + "\r\n", new byte[0], status);
    }

    static Stream<Refusal> refusals() {
        byte[] badUtf8 = {'{', '"', 'q', 'u', 'e', 's', 't', 'i', 'o', 'n', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        String basicGarbage = "Authorization: Basic !!!not-base64!!!";
        return Stream.of(
                post("malformed JSON", "{\"question\": ", 400),
                post("a JSON array", "[1, 2, 3]", 400),
                post("a JSON string", "\"what is a licence?\"", 400),
                post("JSON null", "null", 400),
                post("an empty body", "", 400),
                post("no question", "{}", 400),
                post("a blank question", "{\"question\": \"  \\t \\n \"}", 400),
                post("a question that is an object", "{\"question\": {\"text\": \"hi\"}}", 400),
                post("JSON nested 100,000 deep", "{\"question\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}", 400),
                new Refusal("invalid UTF-8", "POST /api/ask HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Connection: close\r\nContent-Length: " + badUtf8.length + "\r\n\r\n", badUtf8, 200),
                post("a NUL character in the question", "{\"question\": \"Which licence\\u0000 should we use?\"}", 400),
                post("a lone surrogate in the question", "{\"question\": \"Which licence \\ud800 should we use?\"}", 400),
                post("a question of 200,000 characters", "{\"question\": \"" + "licence ".repeat(25_000) + "\"}", 400),
                new Refusal("a charset nobody knows", "POST /api/ask HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json; charset=x-klingon-9\r\nConnection: close\r\nContent-Length: "
                        + GOOD_QUESTION.length() + "\r\n\r\n", GOOD_QUESTION.getBytes(StandardCharsets.UTF_8), 200),
                post("a conversation id with path traversal", "{\"question\": \"hi\", \"conversation\": \"../../etc/passwd\"}", 400),
                post("a conversation id with SQL", "{\"question\": \"hi\", \"conversation\": \"x'; DROP TABLE conversation;--\"}", 400),
                post("a conversation id of 10,000 characters", "{\"question\": \"hi\", \"conversation\": \"" + "a".repeat(10_000) + "\"}", 400),
                post("a body of 3 MiB with its length declared", "{\"question\": \"" + "a".repeat(3 * 1024 * 1024) + "\"}", 413),
                raw("a declared length of 1 GiB", "POST /api/ask HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Connection: close\r\nContent-Length: 1073741824\r\n\r\n", "{\"question\": \"", 413),
                raw("a negative Content-Length", "POST /api/ask HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                        + "Content-Length: -5\r\n\r\n", "{}", 400),
                raw("Content-Length and chunked together (smuggling)", "POST /api/ask HTTP/1.1\r\nHost: localhost\r\n"
                        + "Connection: close\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n", "2\r\n{}\r\n0\r\n\r\n", 400),
                raw("a chunk size that is not hexadecimal", "POST /api/ask HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\n", "zz\r\n{}\r\n0\r\n\r\n", 400),
                raw("a PUT on the ask endpoint", "PUT /api/ask HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                        + "Content-Length: 2\r\n\r\n", "{}", 404),
                get("messages after a non-number", "/api/messages?conversation=abcdefgh1&after=abc", 400),
                get("messages of a traversal conversation id", "/api/messages?conversation=..%2F..%2Fetc", 400),
                get("a static path with ..", "/../../../../etc/passwd", 400),
                get("a static path with encoded ..", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", 400),
                get("a static path with an encoded NUL", "/index.html%00.txt", 400),
                get("the console without a login", "/console/api/conversations", 401),
                get("the console with a wrong password", "/console/api/conversations", 401,
                        "Authorization: Basic c3RhZmY6d3Jvbmc="),
                get("the console with a garbage Authorization header", "/console/api/conversations", 401, basicGarbage),
                get("the console from a forged loopback X-Forwarded-For", "/console/api/conversations", 401,
                        "X-Forwarded-For: 127.0.0.1"),
                get("a header of 64 KiB", "/health", 431, "X-Big: " + "a".repeat(64 * 1024)),
                get("a URI of 100 KiB", "/api/messages?conversation=" + "a".repeat(100 * 1024), 414),
                raw("a request line that is not HTTP", "HELLO THERE\r\n\r\n", "", 505));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void is_refused_with_a_clear_status_or_handled(Refusal refusal) throws Exception {
        RawHttp.Response response = RawHttp.send(port, refusal.head(), refusal.body());

        assertThat(response.status()).as(response.text().lines().findFirst().orElse("no response")).isEqualTo(refusal.status());
        assertThat(response.text()).doesNotContain("root:x:0", "Exception", "at org.");
    }

    static Stream<String[]> oddQuestions() {
        return Stream.of(
                new String[] {"control characters", "Which licence should\\u0007 we use\\u001b[31m?"},
                new String[] {"bidi overrides and zero-width characters", "Which \\u202elicence\\u202c should\\u200b we\\u2060 use?"},
                new String[] {"a script tag", "<script>alert(1)</script> Which licence should we use?"},
                new String[] {"emoji and astral characters", "Which licence 🐧𝕏 should we use? 🙂"},
                new String[] {"Arabic, right to left", "ما هي الرخصة التي يجب أن نستخدمها؟"},
                new String[] {"SQL in the question", "Which licence'; DROP TABLE conversation; -- should we use?"},
                new String[] {"Unicode line and paragraph separators", "Which licence\\u2028should\\u2029we use?"});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddQuestions")
    void an_odd_question_is_handled(String name, String question) throws Exception {
        RawHttp.Response response = RawHttp.postJson(port, "/api/ask", "{\"question\": \"" + question + "\"}");

        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.text()).containsIgnoringCase("content-type: application/json");
        JsonNode body = Json.mapper().readTree(response.body());
        assertThat(body.get("decision").asText()).isIn("answer", "clarify", "decline", "escalate");
        assertThat(body.get("answer").asText()).doesNotContain("<script>");
    }

    @Test
    void a_small_chunked_question_is_still_answered() throws Exception {
        byte[] json = GOOD_QUESTION.getBytes(StandardCharsets.UTF_8);
        String chunked = Integer.toHexString(10) + "\r\n" + GOOD_QUESTION.substring(0, 10) + "\r\n"
                + Integer.toHexString(json.length - 10) + "\r\n" + GOOD_QUESTION.substring(10) + "\r\n0\r\n\r\n";
        RawHttp.Response response = RawHttp.send(port, "POST /api/ask HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n", chunked);

        assertThat(response.status()).isEqualTo(200);
        assertThat(Json.mapper().readTree(response.body()).get("decision").asText()).isEqualTo("answer");
    }

    /** Issue 14, hole 1: a chunked body declares no length; it must be limited while it is read. */
    @Test
    void a_chunked_body_of_one_gigabyte_is_refused_with_413_long_before_it_is_all_read_or_held() throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        AtomicBoolean sampling = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (sampling.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                Thread.onSpinWait();
            }
        });
        sampler.start();
        RawHttp.Response response;
        long sent;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(120_000);
            AtomicLong written = new AtomicLong();
            Thread sender = new Thread(() -> sendChunked(socket, 1L << 30, written));
            sender.start();
            response = RawHttp.read(socket.getInputStream());
            sent = written.get();
            socket.close();
            sender.join(120_000);
        } finally {
            sampling.set(false);
            sampler.join();
        }
        long growthMib = (peak.get() - before) >> 20;
        System.out.printf("chunked 1 GiB body: %d MiB sent before the answer, peak heap growth %d MiB%n", sent >> 20, growthMib);

        assertThat(response.status()).as(response.text()).isEqualTo(413);
        assertThat(response.body()).contains("\"status\":413");
        // A server that buffered the body would read all of it (1 GiB) and hold at least that much. What the client
        // wrote before the answer came is the limit plus what the sockets and the server's input buffers took (9 to
        // 42 MiB measured, up to 4 MiB sending and 32 MiB receiving on loopback here), so it is bounded well below the
        // body, as is the heap's peak, which also counts garbage the rest of the running app makes meanwhile (89 MiB
        // once on CI, against 6 to 14 MiB usually).
        assertThat(sent >> 20).as("MiB written before the answer, with a 2 MiB limit").isLessThan(256);
        assertThat(growthMib).as("heap growth in MiB with a 2 MiB limit").isLessThan(256);
    }

    private static void sendChunked(Socket socket, long total, AtomicLong written) {
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'a');
        byte[] chunkHead = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
        try {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/ask HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] start = "{\"question\": \"".getBytes(StandardCharsets.US_ASCII);
            out.write((Integer.toHexString(start.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(start);
            out.write(crlf);
            for (long sent = 0; sent < total; sent += chunk.length) {
                out.write(chunkHead);
                out.write(chunk);
                out.write(crlf);
                written.addAndGet(chunk.length);
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException closedByTheServer) {
            // expected once the server has refused the body
        }
    }

}
