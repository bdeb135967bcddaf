package org.osee.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osee.app.web.auth.FirstAdmin;

/** The deprecated {@code server.console-password}: it only bootstraps the first admin; basic auth is gone. */
class ConsolePasswordIT {
    @TempDir
    Path tmp;

    @Test
    void a_configured_console_password_creates_the_first_admin_and_basic_auth_no_longer_opens_the_console()
            throws Exception {
        try (RunningApp app = new RunningApp(tmp, "s3cret-pass-word")) {
            var anonymous = app.get("/console/api/conversations");
            var basic = app.http.send(HttpRequest.newBuilder(app.uri("/console/api/conversations"))
                    .header("Authorization", basic("staff", "s3cret-pass-word")).build(), HttpResponse.BodyHandlers.ofString());
            RunningApp.Session admin = app.signIn(FirstAdmin.BOOTSTRAP_NAME, "s3cret-pass-word");

            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(basic.statusCode()).isEqualTo(401);
            assertThat(app.consoleGet(admin, "/console/api/me").body()).contains("\"role\":\"admin\"")
                    .contains("\"account\":\"admin\"");
            assertThat(app.consoleGet(admin, "/console/api/conversations").statusCode()).isEqualTo(200);
            assertThat(app.get("/api/messages?conversation=abcdefgh").statusCode()).isEqualTo(200);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
