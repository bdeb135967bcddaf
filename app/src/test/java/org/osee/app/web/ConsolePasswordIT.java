package org.osee.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsolePasswordIT {
    @TempDir
    Path tmp;

    @Test
    void the_console_asks_for_the_staff_password_when_one_is_configured() throws Exception {
        try (RunningApp app = new RunningApp(tmp, "s3cret-pass")) {
            var anonymous = app.get("/console/api/conversations");
            var wrong = app.http.send(HttpRequest.newBuilder(app.uri("/console/api/conversations"))
                    .header("Authorization", basic("staff", "nope")).build(), HttpResponse.BodyHandlers.ofString());
            var right = app.http.send(HttpRequest.newBuilder(app.uri("/console/api/conversations"))
                    .header("Authorization", basic("staff", "s3cret-pass")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(right.statusCode()).isEqualTo(200);
            assertThat(app.get("/api/messages?conversation=abcdefgh").statusCode()).isEqualTo(200);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
