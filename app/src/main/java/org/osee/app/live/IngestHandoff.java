package org.osee.app.live;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osee.app.cli.Json;
import org.osee.knowledge.BadInputException;
import org.osee.knowledge.IngestListener;
import org.osee.knowledge.IngestReport;
import org.osee.knowledge.KnowledgeBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's side of {@code osee ingest} while serving: {@code POST /internal/ingest} with
 * {@code {"paths": [absolute paths]}} ingests them into the running index and answers with the report. Only from a
 * loopback socket, and only with the token of {@code DATA/serve.json} as a bearer token (that file is readable by the
 * server's owner only, so only that user's commands can hand work over).
 */
public final class IngestHandoff {
    public static final String PATH = "/internal/ingest";
    private static final Logger LOG = LoggerFactory.getLogger(IngestHandoff.class);
    private final KnowledgeBase kb;
    private final byte[] token;

    public IngestHandoff(KnowledgeBase kb, String token) {
        this.kb = kb;
        this.token = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
    }

    public void register(Javalin javalin) {
        javalin.post(PATH, this::ingest);
    }

    private void ingest(Context ctx) {
        if (!fromLoopback(ctx.req().getRemoteAddr())) {
            throw new ForbiddenResponse("only from this machine");
        }
        String auth = ctx.header("Authorization");
        if (auth == null || !MessageDigest.isEqual(auth.getBytes(StandardCharsets.UTF_8), token)) {
            throw new UnauthorizedResponse("the token of serve.json is required");
        }
        JsonNode body;
        try {
            body = Json.mapper().readTree(ctx.body());
        } catch (Exception e) {
            throw new BadInputException("the body must be JSON: {\"paths\": [...]}");
        }
        List<Path> paths = new ArrayList<>();
        for (JsonNode p : body.path("paths")) {
            Path path = Path.of(p.asText());
            if (!path.isAbsolute() || !Files.exists(path)) {
                throw new BadInputException("no such file or folder (give absolute paths): " + p.asText());
            }
            paths.add(path.normalize());
        }
        if (paths.isEmpty()) {
            throw new BadInputException("give at least one folder or file to ingest in \"paths\"");
        }
        LOG.info("Ingesting {} path(s) handed over by osee ingest", paths.size());
        IngestReport report = kb.ingest(paths, IngestListener.NONE);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("report", report);
        out.put("chunks", kb.chunkCount());
        ctx.json(out);
    }

    static boolean fromLoopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
