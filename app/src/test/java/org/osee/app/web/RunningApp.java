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
import org.osee.app.web.auth.Passwords;
import org.osee.bot.domain.StaffAccount;
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

    /** The admin account {@link #consoleGet} and {@link #consolePost} sign in as (created on first use). */
    static final String ADMIN = "test-admin";
    /** The staff (non-admin) account of {@link #staff()} (created on first use). */
    static final String STAFF = "test-staff";
    /** The password of both. */
    static final String PASSWORD = "correct horse battery";
    private Session admin;
    private Session staff;

    /** A signed-in console session: the session cookie's value and the CSRF token. */
    record Session(String cookie, String csrf) {
    }

    /**
     * A GET of the staff console's API as a signed-in admin (a real account, session cookie): every test that works
     * the console goes through here and {@link #consolePost}, so how a test signs in is decided in one place.
     */
    HttpResponse<String> consoleGet(String path) throws Exception {
        return consoleGet(admin(), path);
    }

    /** A state-changing call of the staff console's API as a signed-in admin, with the CSRF token. */
    HttpResponse<String> consolePost(String path, String json) throws Exception {
        return consolePost(admin(), path, json);
    }

    HttpResponse<String> consoleGet(Session session, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Cookie", "osee_session=" + session.cookie())
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> consolePost(Session session, String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Cookie", "osee_session=" + session.cookie()).header("X-CSRF-Token", session.csrf())
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The session of the admin account {@link #ADMIN}, created and signed in once per app. */
    synchronized Session admin() throws Exception {
        if (admin == null) {
            ensureAccount(ADMIN, StaffAccount.Role.ADMIN);
            admin = signIn(ADMIN, PASSWORD);
        }
        return admin;
    }

    /** The session of the staff (non-admin) account {@link #STAFF}, created and signed in once per app. */
    synchronized Session staff() throws Exception {
        if (staff == null) {
            ensureAccount(STAFF, StaffAccount.Role.STAFF);
            staff = signIn(STAFF, PASSWORD);
        }
        return staff;
    }

    /** Creates the account (password {@link #PASSWORD}) unless it exists. */
    void ensureAccount(String name, StaffAccount.Role role) {
        if (app.staffAccounts().find(name).isEmpty()) {
            app.staffAccounts().create(new StaffAccount(name, name, role, Passwords.hash(PASSWORD), false, 0, null,
                    java.time.Instant.now()));
        }
    }

    /** Signs in through the API as a browser's sign-in page does; fails the test when refused. */
    Session signIn(String name, String password) throws Exception {
        HttpResponse<String> res = signInResponse(name, password);
        if (res.statusCode() != 200) {
            throw new AssertionError("sign-in of " + name + " refused: " + res.statusCode() + " " + res.body());
        }
        String cookie = res.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("osee_session="))
                .findFirst().orElseThrow().split(";", 2)[0].substring("osee_session=".length());
        return new Session(cookie, org.osee.app.cli.Json.mapper().readTree(res.body()).get("csrf").asText());
    }

    HttpResponse<String> signInResponse(String name, String password) throws Exception {
        String body = org.osee.app.cli.Json.mapper().writeValueAsString(Map.of("name", name, "password", password));
        return post("/console/api/signin", body);
    }

    @Override
    public void close() {
        app.close();
    }
}
