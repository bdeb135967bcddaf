package org.osee.app.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.osee.app.cli.Json;
import org.osee.app.config.ServerSettings;
import org.osee.bot.port.NotFoundException;
import org.osee.knowledge.BadInputException;
import org.osee.knowledge.OseeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: chat page at {@code /}, JSON API at {@code /api}, staff console at {@code /console}, health at
 * {@code /health}, Prometheus metrics at {@code /metrics}, the ingested documents at {@code /doc/PATH}. Errors map to JSON in one place.
 */
public final class HttpServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);

    private final Javalin javalin;

    /**
     * With the document pages that citations link to ({@code /doc/PATH}, when {@code documents} is not null) and
     * further routes (a platform's webhook) registered by {@code extraRoutes}.
     */
    public HttpServer(ServerSettings settings, ChatApi chat, ConsoleApi console, ConsoleAccess access,
                      HealthCheck health, PrometheusMeterRegistry metrics, Runnable beforeScrape,
                      DocumentPages documents, Consumer<Javalin> extraRoutes) {
        ClientAddress clients = new ClientAddress(settings.trustedProxies());
        javalin = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = settings.maxRequestBytes();
            config.appData(JsonBody.MAX_BYTES, settings.maxRequestBytes());
            config.appData(ClientAddress.KEY, clients);
            config.contextResolver.ip = clients::of;
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
        });
        HostCheck.install(javalin, settings);
        javalin.before(SecurityHeaders::add);
        access.register(javalin, settings.publicUrl(), clients);
        chat.register(javalin);
        console.register(javalin);
        if (documents != null) {
            documents.register(javalin);
        }
        javalin.get("/health", ctx -> {
            Map<String, Object> status = health.status();
            ctx.status("ok".equals(status.get("status")) ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(status);
        });
        javalin.get("/metrics", ctx -> {
            beforeScrape.run();
            ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
        });
        extraRoutes.accept(javalin);
        mapErrors();
        try {
            javalin.start(settings.host(), settings.port());
        } catch (JavalinBindException e) { // the port was free when checked at start-up, then taken
            throw new OseeException("cannot listen on " + settings.host() + ":" + settings.port() + " (address"
                    + " already in use); is another osee serve running? Stop it, or choose another port with --port"
                    + " or server.port", e);
        }
        LOG.info("HTTP server listening on http://{}:{}/", settings.host(), port());
    }

    private void mapErrors() {
        javalin.exception(HttpResponseException.class, (e, ctx) -> error(ctx, HttpStatus.forStatus(e.getStatus()), e.getMessage()));
        javalin.exception(BadInputException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
        javalin.exception(NotFoundException.class, (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND, e.getMessage()));
        javalin.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
        javalin.exception(Exception.class, (e, ctx) -> {
            LOG.error("Request {} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error; the failure was logged");
        });
    }

    static void error(Context ctx, HttpStatus status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("status", status.getCode());
        ctx.status(status).json(body);
    }

    /** Every endpoint as {@code METHOD /path} (not the before/after handlers), so tests can check every route. */
    public List<String> routes() {
        return javalin.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream().map(e -> e.getEndpoint())
                .filter(e -> e.getMethod().isHttpMethod()).map(e -> e.getMethod() + " " + e.getPath()).toList();
    }

    /** The port actually listened on (useful with port 0). */
    public int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        javalin.stop();
    }
}
