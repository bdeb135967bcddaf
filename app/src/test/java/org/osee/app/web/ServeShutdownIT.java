package org.osee.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osee.app.Main;

/**
 * {@code osee serve} in a child JVM stopped with SIGTERM, as systemd and container runtimes stop it: it stops
 * accepting connections, stops the pipeline, closes the database and the index, and exits with status 0.
 */
class ServeShutdownIT {
    private static final Pattern RUNNING = Pattern.compile("is running on http://localhost:(\\d+)/");

    @TempDir
    Path tmp;
    private Process child;

    @AfterEach
    void kill() throws InterruptedException {
        if (child != null && child.isAlive()) {
            child.destroyForcibly().waitFor();
        }
    }

    @Test
    void sigterm_stops_serving_closes_everything_and_exits_zero() throws Exception {
        Path data = RunningApp.ingestSmallKnowledge(tmp);
        Path log = tmp.resolve("serve.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        child = new ProcessBuilder(java, "-Xmx768m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--data", data.toString(), "--port", "0")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int port = await().atMost(Duration.ofSeconds(120)).until(() -> port(log), p -> p > 0);
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);

        child.destroy(); // SIGTERM

        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("stopped within 60 s").isTrue();
        String output = Files.readString(log);
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("stopped").contains("Stopped");
        assertThat(accepts(port)).isFalse();
    }

    private static int port(Path log) throws IOException {
        Matcher m = RUNNING.matcher(Files.exists(log) ? Files.readString(log) : "");
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
