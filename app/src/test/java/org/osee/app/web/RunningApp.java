package org.osee.app.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osee.app.Application;
import org.osee.app.cli.Knowledge;
import org.osee.app.config.AppConfig;
import org.osee.app.config.ConfigLoader;
import org.osee.app.config.ServerSettings;
import org.osee.knowledge.IngestListener;
import org.osee.knowledge.KnowledgeBase;

/** The whole application started in-process on a free port, over a small knowledge folder written by the test. */
final class RunningApp implements AutoCloseable {
    final Application app;
    final HttpClient http = HttpClient.newHttpClient();

    RunningApp(Path tmp, String consolePassword) throws Exception {
        this(tmp, consolePassword, Map.of());
    }

    /** With an {@code email} configuration section, as {@code osee serve --config} would read it. */
    RunningApp(Path tmp, String consolePassword, Map<String, Object> email) throws Exception {
        this(tmp, consolePassword, email.isEmpty() ? Map.of() : Map.of("email", email), 0);
    }

    /** With the given server settings (listening on a free loopback port whatever they say). */
    RunningApp(ServerSettings server, Path tmp, Map<String, Object> email) throws Exception {
        this(tmp, serverSection(server), email.isEmpty() ? Map.of() : Map.of("email", email));
    }

    /** With further configuration sections ({@code telegram: {...}}) and a given port (0: any free one). */
    RunningApp(Path tmp, String consolePassword, Map<String, Object> sections, int port) throws Exception {
        this(tmp, serverSection(consolePassword, port), sections);
    }

    /** With connector sections ({@code email}, {@code discord}...), as {@code osee serve --config} would read them. */
    static RunningApp withSections(Path tmp, String consolePassword, Map<String, Object> sections) throws Exception {
        return new RunningApp(tmp, consolePassword, sections, 0);
    }

    private RunningApp(Path tmp, Map<String, Object> server, Map<String, Object> sections) throws Exception {
        this(ingestSmallKnowledge(tmp), server, sections, true);
    }

    private RunningApp(Path data, Map<String, Object> server, Map<String, Object> sections, boolean ingested)
            throws Exception {
        Map<String, Object> tree = new LinkedHashMap<>(Map.of("data", data.toString(), "server", server));
        tree.putAll(sections);
        AppConfig config = ConfigLoader.fromMap(tree, Map.of());
        app = Application.start(config);
    }

    private static Map<String, Object> serverSection(String consolePassword, int port) {
        Map<String, Object> server = new LinkedHashMap<>(Map.of("host", "127.0.0.1", "port", port));
        if (consolePassword != null) {
            server.put("console-password", consolePassword);
        }
        return server;
    }

    private static Map<String, Object> serverSection(ServerSettings settings) {
        Map<String, Object> server = serverSection(settings.consolePassword(), 0);
        server.put("questions-per-minute", settings.questionsPerMinute());
        server.put("trusted-proxies", settings.trustedProxies());
        server.put("max-request-kb", settings.maxRequestKb());
        return server;
    }

    /** Over an index the test already ingested into {@code data}, with the given connector sections. */
    static RunningApp overIndex(Path data, Map<String, Object> sections) throws Exception {
        return new RunningApp(data, serverSection(null, 0), sections, true);
    }

    /** Writes two small documents under {@code tmp/docs} and ingests them into {@code tmp/data}, returned. */
    static Path ingestSmallKnowledge(Path tmp) throws Exception {
        Path docs = tmp.resolve("docs");
        Files.createDirectories(docs);
        Files.writeString(docs.resolve("licensing.md"), """
                ---
                title: Choosing a licence
                url: https://example.org/licensing
                ---
                # Choosing a licence
                ## Permissive or copyleft
                Software paid for by the government should be published under an open-source licence. A permissive
                licence such as MIT or Apache-2.0 lets anyone reuse the code with few conditions. A copyleft licence
                such as the GPL or the EUPL requires that modified versions are shared under the same terms.
                """);
        Files.writeString(docs.resolve("security.md"), """
                # Judging a dependency
                ## Health signals
                Before adopting a dependency, look at how many maintainers it has and how often it is released.
                Check how it handles reported vulnerabilities and read its OpenSSF Scorecard.
                """);
        Path data = tmp.resolve("data");
        try (KnowledgeBase kb = Knowledge.open(data)) {
            kb.ingest(List.of(docs), IngestListener.NONE);
        }
        return data;
    }

    String emailStats() throws Exception {
        return get("/metrics").body().lines().filter(l -> l.startsWith("osee_email")).toList().toString();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A GET of the staff console's API as a signed-in staff member: every test that works the console goes through
     * here and {@link #consolePost}, so how a test signs in is decided in one place.
     */
    HttpResponse<String> consoleGet(String path) throws Exception {
        return get(path);
    }

    /** A state-changing call of the staff console's API as a signed-in staff member (see {@link #consoleGet}). */
    HttpResponse<String> consolePost(String path, String json) throws Exception {
        return post(path, json);
    }

    @Override
    public void close() {
        app.close();
    }
}
