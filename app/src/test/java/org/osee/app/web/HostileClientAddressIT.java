package org.osee.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osee.app.config.ServerSettings;

/**
 * Hostile-input battery, HTTP API surface: who the client is. Issue 14, hole 2: the per-client limit must not key
 * on a header the client writes, unless the request comes from a configured trusted proxy.
 */
class HostileClientAddressIT {
    static final String QUESTION = "{\"question\": \"Which licence should we use for software the government paid for?\"}";

    @Test
    void a_forged_x_forwarded_for_does_not_buy_a_fresh_quota(@TempDir Path tmp) throws Exception {
        try (RunningApp app = new RunningApp(new ServerSettings("127.0.0.1", 0, null, 3, null, null), tmp, Map.of())) {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                statuses.add(RawHttp.postJson(app.app.port(), "/api/ask", QUESTION, "X-Forwarded-For: 198.51.100." + i).status());
            }

            assertThat(statuses).containsExactly(200, 200, 200, 429, 429, 429);
            RawHttp.Response refused = RawHttp.postJson(app.app.port(), "/api/ask", QUESTION, "X-Forwarded-For: 203.0.113.9");
            assertThat(refused.text()).containsIgnoringCase("Retry-After:").contains("\"status\":429");
            assertThat(RawHttp.get(app.app.port(), "/health").status()).isEqualTo(200);
        }
    }

    @Test
    void behind_a_trusted_proxy_each_forwarded_client_has_its_own_quota_and_cannot_forge_its_hop(@TempDir Path tmp)
            throws Exception {
        ServerSettings behindProxy = new ServerSettings("127.0.0.1", 0, null, 2, List.of("127.0.0.0/8, ::1"), null);
        try (RunningApp app = new RunningApp(behindProxy, tmp, Map.of())) {
            int port = app.app.port();
            List<Integer> first = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                first.add(RawHttp.postJson(port, "/api/ask", QUESTION, "X-Forwarded-For: 203.0.113.5").status());
            }
            int second = RawHttp.postJson(port, "/api/ask", QUESTION, "X-Forwarded-For: 203.0.113.6").status();
            int forged = RawHttp.postJson(port, "/api/ask", QUESTION, "X-Forwarded-For: 192.0.2.77, 203.0.113.5").status();

            assertThat(first).containsExactly(200, 200, 429);
            assertThat(second).isEqualTo(200);
            assertThat(forged).as("the client wrote the leftmost entry; the proxy appended its real address").isEqualTo(429);
        }
    }

    @Test
    void the_console_refuses_anonymous_requests_from_loopback_and_from_a_trusted_proxy_alike(@TempDir Path tmp)
            throws Exception {
        ServerSettings behindProxy = new ServerSettings("127.0.0.1", 0, null, null, List.of("127.0.0.1"), null);
        try (RunningApp app = new RunningApp(behindProxy, tmp, Map.of())) {
            int forwarded = RawHttp.get(app.app.port(), "/console/api/conversations", "X-Forwarded-For: 203.0.113.5").status();
            int local = RawHttp.get(app.app.port(), "/console/api/conversations").status();
            int signedIn = app.consoleGet("/console/api/conversations").statusCode();

            assertThat(forwarded).isEqualTo(401);
            assertThat(local).as("being on this machine is no longer a sign-in").isEqualTo(401);
            assertThat(signedIn).isEqualTo(200);
        }
    }

    @Test
    void failed_sign_ins_are_throttled_per_client_address_and_the_cookie_is_secure_behind_a_tls_proxy(@TempDir Path tmp)
            throws Exception {
        ServerSettings behindProxy = new ServerSettings("127.0.0.1", 0, null, null, List.of("127.0.0.1"), null);
        try (RunningApp app = new RunningApp(behindProxy, tmp, Map.of())) {
            int port = app.app.port();
            app.admin();
            String wrong = "{\"name\": \"nobody\", \"password\": \"guess-guess\"}";
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i <= ConsoleAccess.FAILURES_PER_ADDRESS; i++) {
                statuses.add(RawHttp.postJson(port, "/console/api/signin", wrong, "X-Forwarded-For: 203.0.113.7").status());
            }
            int otherClient = RawHttp.postJson(port, "/console/api/signin", wrong, "X-Forwarded-For: 203.0.113.8").status();
            String right = "{\"name\": \"" + RunningApp.ADMIN + "\", \"password\": \"" + RunningApp.PASSWORD + "\"}";
            RawHttp.Response overTls = RawHttp.postJson(port, "/console/api/signin", right,
                    "X-Forwarded-For: 203.0.113.9", "X-Forwarded-Proto: https");

            assertThat(statuses.subList(0, ConsoleAccess.FAILURES_PER_ADDRESS)).containsOnly(401);
            assertThat(statuses.get(ConsoleAccess.FAILURES_PER_ADDRESS)).isEqualTo(429);
            assertThat(otherClient).isEqualTo(401);
            assertThat(overTls.status()).isEqualTo(200);
            assertThat(overTls.text()).containsPattern("(?i)set-cookie: osee_session=[^\\r\\n]*; Secure");
        }
    }
}
