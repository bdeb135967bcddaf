package org.osee.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osee.app.cli.Json;
import org.osee.app.web.auth.ConsoleAuth;
import org.osee.bot.domain.StaffAccount;
import org.slf4j.LoggerFactory;

/** The staff console's defences, each tried over HTTP against the running app (issue 12's security sweep). */
class ConsoleSecurityIT {
    @TempDir
    static Path tmp;
    static RunningApp app;

    @BeforeAll
    static void start() throws Exception {
        app = new RunningApp(tmp, null);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void every_console_route_page_and_asset_refuses_an_anonymous_request() throws Exception {
        List<String> targets = new ArrayList<>();
        for (String route : app.app.routes()) {
            String[] parts = route.split(" ", 2);
            if (parts[1].startsWith("/console") && !ConsoleGuard.OPEN.contains(route)) {
                targets.add(parts[0] + " " + parts[1].replace("{kind}", "inbox").replace("{file}", "index.html")
                        .replaceAll("\\{[^}]+}", "x1"));
            }
        }
        for (Path file : consoleFiles()) {
            if (!file.getFileName().toString().startsWith("signin")) {
                targets.add("GET /console/" + file.getFileName());
            }
        }
        assertThat(targets).contains("GET /console/api/me", "POST /console/api/accounts", "GET /console/common.js",
                "GET /console/index.html", "GET /console/api/audit");

        for (String target : targets) {
            String[] parts = target.split(" ", 2);
            for (String cookie : new String[] {null, "osee_session=not-a-session-of-anyone-at-all-1234"}) {
                HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(parts[1]))
                        .method(parts[0], parts[0].equals("GET") ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json");
                if (cookie != null) {
                    request.header("Cookie", cookie);
                }
                HttpResponse<String> res = app.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                assertThat(res.statusCode()).as(target + " with cookie " + cookie).isIn(401, 303);
                assertThat(res.body()).as(target).doesNotContain("<html", "osee.", "\"conversations\"");
            }
        }
        assertThat(app.get("/console/audit.html").headers().firstValue("Location"))
                .hasValue("/console/signin?next=%2Fconsole%2Faudit.html");
    }

    @Test
    void a_staff_account_cannot_reach_admin_pages_or_apis() throws Exception {
        RunningApp.Session staff = app.staff();

        assertThat(app.consoleGet(staff, "/console/accounts.html").statusCode()).isEqualTo(403);
        assertThat(app.consoleGet(staff, "/console/audit.html").statusCode()).isEqualTo(403);
        assertThat(app.consoleGet(staff, "/console/api/accounts").statusCode()).isEqualTo(403);
        assertThat(app.consoleGet(staff, "/console/api/audit").statusCode()).isEqualTo(403);
        assertThat(app.consolePost(staff, "/console/api/accounts",
                "{\"name\":\"mallory\",\"role\":\"admin\",\"password\":\"0123456789ab\"}").statusCode()).isEqualTo(403);
        assertThat(app.consolePost(staff, "/console/api/accounts/test-staff", "{\"role\":\"admin\"}").statusCode())
                .isEqualTo(403);
        assertThat(app.consolePost(staff, "/console/api/accounts/test-admin/password", "{\"password\":\"0123456789ab\"}")
                .statusCode()).isEqualTo(403);

        // the other admin-only routes: canned responses are managed by admins, and only admins publish knowledge
        assertThat(app.consolePost(staff, "/console/api/canned",
                "{\"language\":\"en\",\"title\":\"t\",\"text\":\"x\"}").statusCode()).isEqualTo(403);
        var draft = app.consolePost(staff, "/console/api/knowledge",
                "{\"title\":\"Staff entry\",\"question\":\"q?\",\"answer\":\"a.\",\"language\":\"en\"}");
        assertThat(draft.statusCode()).as(draft.body()).isIn(200, 201);
        String entry = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(draft.body())
                .path("id").asText();
        assertThat(app.consolePost(staff, "/console/api/knowledge/" + entry + "/publish", "{}").statusCode())
                .isEqualTo(403);

        assertThat(app.consoleGet(staff, "/console/api/me").body()).contains("\"role\":\"staff\"");
        assertThat(app.consoleGet(staff, "/console/api/conversations").statusCode()).isEqualTo(200);
        assertThat(app.consoleGet(staff, "/console/index.html").statusCode()).isEqualTo(200);
        assertThat(app.app.staffAccounts().find("mallory")).isEmpty();
        assertThat(app.app.staffAccounts().find("test-staff").orElseThrow().role()).isEqualTo(StaffAccount.Role.STAFF);
    }

    @Test
    void a_change_without_the_csrf_token_from_another_origin_or_not_in_json_is_refused() throws Exception {
        RunningApp.Session admin = app.admin();
        String body = "{\"name\":\"NAME\",\"role\":\"staff\",\"password\":\"0123456789ab\"}";

        int noToken = post(admin, body.replace("NAME", "csrf1"), "application/json", null, null, null).statusCode();
        int wrongToken = post(admin, body.replace("NAME", "csrf2"), "application/json", "forged", null, null).statusCode();
        int otherOrigin = post(admin, body.replace("NAME", "csrf3"), "application/json", admin.csrf(),
                "Origin", "http://evil.example").statusCode();
        int nullOrigin = post(admin, body.replace("NAME", "csrf4"), "application/json", admin.csrf(),
                "Origin", "null").statusCode();
        int otherReferer = post(admin, body.replace("NAME", "csrf5"), "application/json", admin.csrf(),
                "Referer", "http://evil.example/page").statusCode();
        int textPlain = post(admin, body.replace("NAME", "csrf6"), "text/plain", admin.csrf(), null, null).statusCode();
        int form = post(admin, "name=csrf7", "application/x-www-form-urlencoded", admin.csrf(), null, null).statusCode();
        int ownOrigin = post(admin, body.replace("NAME", "csrf8"), "application/json", admin.csrf(),
                "Origin", "http://127.0.0.1:" + app.app.port()).statusCode();

        assertThat(List.of(noToken, wrongToken, otherOrigin, nullOrigin, otherReferer, textPlain, form))
                .containsExactly(403, 403, 403, 403, 403, 415, 415);
        assertThat(ownOrigin).isEqualTo(201);
        assertThat(app.app.staffAccounts().list()).extracting(StaffAccount::name)
                .contains("csrf8").doesNotContain("csrf1", "csrf2", "csrf3", "csrf4", "csrf5", "csrf6", "csrf7");
    }

    @Test
    void an_unexpected_host_is_refused_so_dns_rebinding_reaches_nothing() throws Exception {
        int port = app.app.port();

        for (String path : List.of("/console/signin", "/console/api/me", "/api/messages?conversation=abcdefgh", "/health")) {
            assertThat(withHost(port, path, "rebound.attacker.example:" + port)).as(path).isEqualTo(421);
            assertThat(withHost(port, path, "127.0.0.1.attacker.example")).as(path).isEqualTo(421);
        }
        assertThat(withHost(port, "/console/signin", "127.0.0.1:" + port)).isEqualTo(200);
        assertThat(withHost(port, "/console/signin", "localhost:" + port)).isEqualTo(200);
        assertThat(withHost(port, "/console/signin", "[::1]:" + port)).isEqualTo(200);
        assertThat(withHost(port, "/health", "LOCALHOST")).isEqualTo(200);
    }

    @Test
    void ten_wrong_passwords_lock_the_account_for_a_while_and_are_logged_without_the_password() throws Exception {
        app.ensureAccount("locky", StaffAccount.Role.STAFF);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        Logger logger = (Logger) LoggerFactory.getLogger(ConsoleAuth.class);
        logger.addAppender(logged);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < ConsoleAuth.LOCK_AFTER; i++) {
                statuses.add(app.signInResponse("locky", "wrong-guess-number-" + i).statusCode());
            }
            statuses.add(app.signInResponse("locky", RunningApp.PASSWORD).statusCode());
        } finally {
            logger.detachAppender(logged);
        }

        assertThat(statuses.subList(0, 9)).containsOnly(401);
        assertThat(statuses.subList(9, 11)).as("the tenth wrong password locks; then even the right one is refused")
                .containsExactly(423, 423);
        JsonNode audit = Json.mapper().readTree(app.consoleGet("/console/api/audit?actor=locky&limit=100").body());
        List<String> actions = new ArrayList<>();
        audit.get("entries").forEach(e -> actions.add(e.get("action").asText()));
        assertThat(actions).filteredOn("signin.failed"::equals).hasSize(9);
        assertThat(actions).filteredOn("signin.locked"::equals).hasSize(2);
        List<String> lines = logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("locky", "locked"));
        assertThat(String.join("\n", lines)).doesNotContain("wrong-guess", RunningApp.PASSWORD);
        assertThat(app.consoleGet("/console/api/accounts").body()).contains("\"name\":\"locky\"")
                .contains("\"locked\":true");
    }

    @Test
    void a_sign_in_with_an_unknown_name_or_a_hostile_one_is_refused_like_a_wrong_password_and_logged_safely()
            throws Exception {
        var unknown = app.signInResponse("nobody-here", "whatever-password");
        var hostile = app.signInResponse("evil\nINFO forged log line <script>", "whatever-password");
        var malformed = app.post("/console/api/signin", "{\"name\": [1, 2]");

        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(hostile.statusCode()).isEqualTo(401);
        assertThat(unknown.body()).contains("wrong account name or password");
        assertThat(malformed.statusCode()).isEqualTo(400);
        JsonNode audit = Json.mapper().readTree(app.consoleGet("/console/api/audit?action=signin.failed&limit=500").body());
        List<String> actors = new ArrayList<>();
        audit.get("entries").forEach(e -> actors.add(e.get("actor").asText()));
        assertThat(actors).contains("nobody-here").allSatisfy(a -> assertThat(a).matches("[a-z0-9._?-]+"));
    }

    @Test
    void the_session_id_changes_at_sign_in_and_the_session_ends_at_sign_out() throws Exception {
        app.ensureAccount("sessy", StaffAccount.Role.STAFF);
        String planted = "attacker-planted-session-id-0123456789";
        HttpResponse<String> res = app.http.send(HttpRequest.newBuilder(app.uri("/console/api/signin"))
                .header("Content-Type", "application/json").header("Cookie", "osee_session=" + planted)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"sessy\",\"password\":\"" + RunningApp.PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        String setCookie = res.headers().firstValue("Set-Cookie").orElseThrow();
        RunningApp.Session first = app.signIn("sessy", RunningApp.PASSWORD);
        RunningApp.Session second = app.signIn("sessy", RunningApp.PASSWORD);

        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(setCookie).doesNotContain(planted).contains("HttpOnly", "SameSite=Lax", "Path=/console")
                .doesNotContain("Secure");
        assertThat(first.cookie()).isNotEqualTo(second.cookie()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(app.consoleGet(new RunningApp.Session(planted, "x"), "/console/api/me").statusCode()).isEqualTo(401);
        assertThat(app.consoleGet(first, "/console/api/me").statusCode()).isEqualTo(200);

        assertThat(app.consolePost(first, "/console/api/signout", "{}").statusCode()).isEqualTo(200);

        assertThat(app.consoleGet(first, "/console/api/me").statusCode()).isEqualTo(401);
        assertThat(app.consoleGet(second, "/console/api/me").statusCode()).isEqualTo(200);
    }

    @Test
    void console_and_public_responses_carry_a_content_security_policy_and_frame_protection() throws Exception {
        List<HttpResponse<String>> responses = List.of(app.get("/console/signin"), app.get("/console/"),
                app.consoleGet("/console/index.html"), app.consoleGet("/console/api/me"), app.get("/"),
                app.get("/chat.js"), app.get("/api/messages?conversation=abcdefgh"));

        for (HttpResponse<String> res : responses) {
            var headers = res.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(res.uri().toString()).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe"));
            assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).isPresent();
        }
    }

    @Test
    void no_console_or_public_page_needs_inline_script_or_style_nor_builds_html_from_strings() throws Exception {
        List<Path> pages = new ArrayList<>(consoleFiles());
        pages.addAll(files("/web"));
        for (Path page : pages.stream().filter(p -> p.toString().endsWith(".html")).toList()) {
            String html = Files.readString(page);
            assertThat(html).as(page.toString()).doesNotContain("<style", " style=", "javascript:")
                    .doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>").doesNotContainPattern("\\son[a-z]+\\s*=");
        }
        for (Path script : pages.stream().filter(p -> p.toString().endsWith(".js")).toList()) {
            assertThat(Files.readString(script)).as(script + " builds HTML from text only with textContent")
                    .doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(");
        }
    }

    @Test
    void the_knowledge_route_refuses_an_unknown_conversation_and_writes_nothing() throws Exception {
        String body = "{\"title\":\"Guide\",\"question\":\"q\",\"answer\":\"Read https://evil.example\"}";

        var forged = app.consolePost("/console/api/conversations/x%0Aurl:%20https:%2F%2Fevil.example/knowledge", body);
        var unknown = app.consolePost("/console/api/conversations/web:does-not-exist/knowledge", body);

        assertThat(forged.statusCode()).isIn(400, 404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(app.consoleGet("/console/api/knowledge").body()).as("no knowledge entry was written")
                .doesNotContain("evil", "Attacker");
    }

    private static HttpResponse<String> post(RunningApp.Session session, String body, String type, String csrf,
                                             String header, String value) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.uri("/console/api/accounts"))
                .header("Content-Type", type).header("Cookie", "osee_session=" + session.cookie())
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (csrf != null) {
            request.header("X-CSRF-Token", csrf);
        }
        if (header != null) {
            request.header(header, value);
        }
        return app.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int withHost(int port, String path, String host) throws Exception {
        return RawHttp.send(port, "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n", "")
                .status();
    }

    static List<Path> consoleFiles() throws Exception {
        return files("/console");
    }

    /** The files of a resource folder, read from the module's sources (the test classpath may be the shaded jar). */
    private static List<Path> files(String folder) throws URISyntaxException, java.io.IOException {
        Path sources = Path.of("src/main/resources" + folder);
        if (!Files.isDirectory(sources)) {
            sources = Path.of(ConsoleSecurityIT.class.getResource(folder).toURI());
        }
        try (Stream<Path> list = Files.list(sources)) {
            return list.sorted().toList();
        }
    }
}
