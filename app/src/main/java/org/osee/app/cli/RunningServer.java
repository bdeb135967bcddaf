package org.osee.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osee.app.live.IngestHandoff;
import org.osee.app.live.ServeFile;
import org.osee.knowledge.IngestReport;
import org.osee.knowledge.OseeException;

/**
 * The {@code osee serve} that holds a data folder's index, as seen by the other commands: they hand it their work
 * ({@code ingest}) or say in one line what to do instead of failing on the index lock.
 */
final class RunningServer {
    private RunningServer() {}

    /** What ingest printed: the server's report and its chunk count. */
    record Result(IngestReport report, int chunks) {
    }

    /**
     * Hands the paths to the server holding {@code data}.
     *
     * @throws OseeException in one line when no server can take them
     */
    static Result ingest(Path data, List<Path> paths) {
        ServeFile serve = ServeFile.read(data).orElseThrow(() -> busy(data, null));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(serve.uri(IngestHandoff.PATH))
                .header("Authorization", "Bearer " + serve.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.line(Map.of("paths",
                        paths.stream().map(Path::toString).toList())))).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw busy(data, serve);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OseeException("interrupted while the running server ingested");
        }
        try {
            JsonNode body = Json.mapper().readTree(response.body());
            if (response.statusCode() != 200) {
                throw new OseeException("the running osee serve (pid " + serve.pid() + ") refused the ingest: "
                        + body.path("error").asText("status " + response.statusCode()));
            }
            return new Result(Json.mapper().treeToValue(body.get("report"), IngestReport.class),
                    body.path("chunks").asInt());
        } catch (IOException e) {
            throw new OseeException("the running osee serve (pid " + serve.pid() + ") answered the ingest with "
                    + "something unreadable (status " + response.statusCode() + ")");
        }
    }

    /** The one line search and ask print when a server holds the index. */
    static OseeException busyForQuestions(Path data) {
        Optional<ServeFile> serve = ServeFile.read(data);
        return new OseeException("the data folder " + data + " is in use by a running osee serve"
                + serve.map(s -> " (pid " + s.pid() + ")").orElse("") + "; ask it over HTTP instead: curl -s "
                + serve.map(s -> s.uri("/api/ask").toString()).orElse("http://127.0.0.1:8080/api/ask")
                + " -H 'Content-Type: application/json' -d '{\"question\": \"...\"}'");
    }

    private static OseeException busy(Path data, ServeFile serve) {
        return new OseeException("the data folder " + data + " is in use by a running osee serve"
                + (serve == null ? "" : " (pid " + serve.pid() + ", not answering on port " + serve.port() + ")")
                + " that cannot take the ingest; stop it first, or list the folders under knowledge.folders in its "
                + "configuration so that it ingests them itself");
    }
}
