package org.osee.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osee.app.cli.Knowledge;
import org.osee.knowledge.IngestListener;
import org.osee.knowledge.KnowledgeBase;

/**
 * {@code osee} run as an operator runs it, in a child JVM with the shipped logging: the usual start-up mistakes end
 * in one clear line and no stack trace; {@code osee ask} prints the answer and nothing else (no log lines, no CUDA
 * warnings on this machine, which has a CUDA runtime but no GPU); the JSON log has one line per handled message,
 * without the message's text.
 */
class CleanOperationIT {
    private static final Pattern STACK = Pattern.compile("^\\s+at |Exception|Caused by|^\\s*\\.\\.\\. \\d+ more");
    private static final Pattern LOG_LINE = Pattern.compile("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} (\\w+) ");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;
    static Path data;

    @TempDir
    Path tmp;
    private final List<Path> immutable = new ArrayList<>();

    @BeforeAll
    static void ingestSmallKnowledge() throws Exception {
        Path docs = shared.resolve("docs");
        Files.createDirectories(docs);
        Files.writeString(docs.resolve("licensing.md"), """
                ---
                title: Choosing a licence
                ---
                # Choosing a licence
                ## Permissive or copyleft
                Software paid for by the government should be published under an open-source licence. A permissive
                licence such as MIT or Apache-2.0 lets anyone reuse the code with few conditions. A copyleft licence
                such as the GPL or the EUPL requires that modified versions are shared under the same terms.
                """);
        data = shared.resolve("data");
        try (KnowledgeBase kb = Knowledge.open(data)) {
            kb.ingest(List.of(docs), IngestListener.NONE);
        }
    }

    @AfterEach
    void unlock() throws Exception {
        for (Path p : immutable) {
            new ProcessBuilder("chattr", "-i", p.toString()).start().waitFor();
        }
    }

    @Test
    void serve_on_a_busy_port_prints_one_line_naming_the_port() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             OseeProcess osee = OseeProcess.start(tmp, Map.of(), "serve", "--data", data.toString(), "--port",
                     Integer.toString(busy.getLocalPort()))) {
            assertThat(osee.exitCode(120)).isEqualTo(1);

            assertThat(osee.lines()).hasSize(1);
            assertThat(osee.lines().get(0)).startsWith("osee: cannot listen on 127.0.0.1:" + busy.getLocalPort()
                    + " (Address already in use").endsWith("); is another osee serve running? Stop it, or choose"
                    + " another port with --port or server.port");
        }
    }

    @Test
    void serve_with_an_unreachable_database_prints_one_line_naming_it_and_the_reason() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort(); // free again once closed: nothing listens there
        }
        Path config = tmp.resolve("osee.yaml");
        Files.writeString(config, "database:\n  url: jdbc:postgresql://127.0.0.1:" + closed
                + "/osee?password=hunter2\n  username: osee\nserver:\n  port: 0\n");
        try (OseeProcess osee = OseeProcess.start(tmp, Map.of(), "serve", "--config", config.toString(), "--data",
                data.toString())) {
            assertThat(osee.exitCode(120)).isEqualTo(1);

            List<String> problems = withoutInfoLogLines(osee.lines());
            assertThat(problems).hasSize(1);
            assertThat(problems.get(0)).startsWith("osee: cannot connect to the database jdbc:postgresql://127.0.0.1:"
                    + closed + "/osee?password=****: ").contains("refused");
            assertThat(osee.lines()).noneMatch(l -> l.contains("hunter2"));
        }
    }

    @Test
    void serve_on_a_read_only_data_folder_prints_one_line_naming_the_folder() throws Exception {
        Path readOnly = tmp.resolve("read-only");
        Files.createDirectories(readOnly);
        makeReadOnly(readOnly);
        try (OseeProcess osee = OseeProcess.start(tmp, Map.of(), "serve", "--data", readOnly.toString(), "--port",
                "0")) {
            assertThat(osee.exitCode(120)).isEqualTo(1);

            assertThat(osee.lines()).hasSize(1);
            assertThat(osee.lines().get(0)).startsWith("osee: the data folder " + readOnly + " is not writable (")
                    .endsWith("); give the service's user write access to it, or choose another folder with --data"
                            + " or OSEE_DATA");
        }
    }

    @Test
    void ask_prints_the_answer_and_nothing_else() throws Exception {
        String question = "Which licence lets anyone reuse the code with few conditions?";
        JsonNode reply;
        try (OseeProcess json = OseeProcess.start(tmp, Map.of(), "ask", "--json", "--data", data.toString(),
                question)) {
            assertThat(json.exitCode(120)).isZero();
            assertThat(json.stderr()).isEmpty();
            assertThat(json.stdout().lines()).hasSize(1);
            reply = JSON.readTree(json.stdout());
        }
        try (OseeProcess text = OseeProcess.start(tmp, Map.of(), "ask", "--data", data.toString(), question)) {
            assertThat(text.exitCode(120)).isZero();

            assertThat(reply.get("decision").asText()).isEqualTo("answer");
            assertThat(text.stderr()).isEmpty();
            assertThat(text.stdout()).startsWith(reply.get("answer").asText() + "\n\n[answer, confidence ");
        }
    }

    @Test
    void json_log_has_one_line_per_handled_message_without_its_text() throws Exception {
        String secretQuestion = "Which licence for code paid by the government, asks zebra-7731?";
        try (OseeProcess osee = OseeProcess.start(tmp, Map.of("OSEE_LOGGING_FORMAT", "json"), "serve", "--data",
                copyOfData().toString(), "--port", "0")) {
            int port = awaitPort(osee);
            HttpResponse<String> asked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/ask"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("question",
                            secretQuestion)))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(asked.statusCode()).isEqualTo(200);
            String conversation = JSON.readTree(asked.body()).get("conversation").asText();

            await().atMost(Duration.ofSeconds(10)).until(() -> osee.stderr().contains("\"event\":\"handled\""));
            List<JsonNode> lines = new ArrayList<>();
            for (String line : osee.stderr().lines().toList()) {
                lines.add(JSON.readTree(line)); // every line is one JSON object
            }
            List<JsonNode> handled = lines.stream().filter(l -> "handled".equals(l.path("event").asText())).toList();
            assertThat(handled).hasSize(1);
            JsonNode line = handled.get(0);
            // the web chat's conversation key is its thread; the log names the stored conversation's id
            assertThat(line.get("conversation").asText())
                    .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}").isNotEqualTo(conversation);
            assertThat(line.get("channel").asText()).isEqualTo("web");
            assertThat(line.get("decision").asText()).isIn("answer", "clarify", "escalate", "decline");
            assertThat(line.get("latency_ms").isNumber()).isTrue();
            assertThat(line.get("level").asText()).isEqualTo("INFO");
            assertThat(osee.stderr()).doesNotContain("zebra-7731").doesNotContain("government");
            assertThat(lines).allMatch(l -> l.get("level").asText().equals("INFO"), "only INFO lines: no warnings"
                    + " (CUDA, native libraries) on a machine without a GPU");
        }
    }

    /** The log lines of a start-up that went well up to the failure are INFO; everything else is a problem. */
    private static List<String> withoutInfoLogLines(List<String> lines) {
        return lines.stream().filter(l -> {
            Matcher m = LOG_LINE.matcher(l);
            return !(m.find() && m.group(1).equals("INFO"));
        }).peek(l -> assertThat(l).doesNotContainPattern(STACK)).toList();
    }

    private Path copyOfData() throws IOException {
        Path copy = tmp.resolve("data");
        try (var files = Files.walk(data)) {
            for (Path f : files.toList()) {
                Path target = copy.resolve(data.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!f.getFileName().toString().equals("write.lock")) {
                    Files.copy(f, target);
                }
            }
        }
        return copy;
    }

    private static int awaitPort(OseeProcess osee) {
        Pattern running = Pattern.compile("OSEE Assistant is running on http://localhost:(\\d+)/|listening on http://"
                + "[^:]+:(\\d+)/");
        int[] port = new int[1];
        await().atMost(Duration.ofSeconds(120)).until(() -> {
            if (!osee.process.isAlive()) {
                throw new AssertionError("osee serve ended: " + osee.stderr());
            }
            Matcher m = running.matcher(osee.stderr());
            if (m.find()) {
                port[0] = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
                return true;
            }
            return false;
        });
        return port[0];
    }

    /**
     * Makes {@code folder} read-only for the child: permissions suffice for a normal user; root ignores them, so
     * there the folder is made immutable ({@code chattr +i}), which root cannot write through either.
     */
    private void makeReadOnly(Path folder) throws Exception {
        folder.toFile().setWritable(false, false);
        if (canWrite(folder)) {
            int code = new ProcessBuilder("chattr", "+i", folder.toString()).start().waitFor();
            immutable.add(folder);
            Assumptions.assumeTrue(code == 0 && !canWrite(folder), "cannot make a read-only folder here");
        }
    }

    private static boolean canWrite(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
