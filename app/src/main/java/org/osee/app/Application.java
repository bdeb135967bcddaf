package org.osee.app;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osee.app.cli.Knowledge;
import org.osee.app.config.AppConfig;
import org.osee.app.web.ChatApi;
import org.osee.app.web.ConsoleApi;
import org.osee.app.web.DocumentPages;
import org.osee.app.web.HttpServer;
import org.osee.app.web.LinkingRetriever;
import org.osee.app.web.StaffKnowledge;
import org.osee.app.web.TelegramRoute;
import org.osee.app.web.WebChannel;
import org.osee.bot.pipeline.Pipeline;
import org.osee.bot.pipeline.PipelineConfig;
import org.osee.bot.pipeline.RetentionJob;
import org.osee.bot.port.Channel;
import org.osee.bot.port.Leadership;
import org.osee.bot.store.Database;
import org.osee.bot.store.DatabaseConfig;
import org.osee.bot.store.JdbcReplyFeed;
import org.osee.bot.store.Stores;
import org.osee.connectors.discord.DiscordChannel;
import org.osee.connectors.email.EmailChannel;
import org.osee.connectors.telegram.TelegramChannel;
import org.osee.connectors.telegram.TelegramConfig;
import org.osee.connectors.telegram.TelegramWebhook;
import org.osee.knowledge.KnowledgeBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running assistant: the one place that builds the object graph from the configuration (knowledge base,
 * assistant, database, channels, pipeline, retention, HTTP server) by calling constructors, and tears it down in
 * reverse order.
 */
public final class Application implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Application.class);
    /** Advisory-lock key of the pollers that must run once per deployment ("OSEE" in ASCII). */
    static final long LEADER_LOCK = 0x4F534545L;

    private final List<AutoCloseable> resources = new ArrayList<>();
    private final HttpServer http;
    private final Pipeline pipeline;

    private Application(AppConfig config) {
        Path data = config.data() != null ? config.data().toAbsolutePath().normalize() : Path.of("data").toAbsolutePath();
        LOG.info("Starting OSEE Assistant with data folder {}", data);
        KnowledgeBase kb = keep(Knowledge.openForAnswering(data));
        Database db = keep(config.database().embedded() ? Database.embedded(data)
                : Database.postgres(new DatabaseConfig(config.database().url(), config.database().username(),
                        config.database().password())));
        Stores stores = Stores.of(db);
        Leadership leadership = keep(db.leadership(LEADER_LOCK));
        WebChannel web = new WebChannel(new JdbcReplyFeed(db.dataSource(), Clock.systemUTC()));
        List<Channel> channels = new ArrayList<>(List.of(web));
        if (config.email() != null) {
            channels.add(new EmailChannel(config.email().toConfig(), leadership::isLeader));
        }
        TelegramChannel telegram = null;
        if (config.telegram() != null) {
            telegram = new TelegramChannel(config.telegram(), leadership::isLeader);
            channels.add(telegram);
        }
        TelegramWebhook telegramWebhook = telegram != null
                && config.telegram().mode() == TelegramConfig.Mode.WEBHOOK ? telegram.webhook() : null;
        DiscordChannel discord = config.discord() == null ? null : new DiscordChannel(config.discord(),
                leadership::isLeader);
        if (discord != null) {
            channels.add(discord);
        }
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        LinkingRetriever linked = new LinkingRetriever(kb.retriever(), () -> publicBase(config));
        pipeline = keep(new Pipeline(stores, Assistants.create(linked, config.llm()), channels,
                pipelineConfig(config)));
        if (discord != null) {
            pipeline.notifyEscalations(discord);
        }
        pipeline.start();
        if (config.retention().days() > 0) {
            RetentionJob retention = keep(new RetentionJob(stores.retention(), leadership, RetentionJob.Policy.days(
                    config.retention().days(), config.retention().mode()), Clock.systemUTC()));
            retention.start();
        }
        bindMetrics(metrics, kb);
        http = keep(new HttpServer(config.server(),
                new ChatApi(web, pipeline.inbox(), Duration.ofSeconds(25),
                        config.server().questionsPerMinute(), metrics),
                new ConsoleApi(stores, pipeline::wakeSender, new StaffKnowledge(data.resolve("staff-answers"), kb)),
                () -> health(db, kb), metrics, emailGauges(metrics, channels), new DocumentPages(kb::document),
                javalin -> {
                    if (telegramWebhook != null) {
                        TelegramRoute.register(javalin, telegramWebhook);
                    }
                }));
        LOG.info("Channels: {}; composer: {}", channels.stream().map(Channel::name).toList(), config.llm().provider());
    }

    /** Builds and starts everything from a checked configuration; stop it with {@link #close()}. */
    public static Application start(AppConfig config) {
        return new Application(config);
    }

    public int port() {
        return http.port();
    }

    /** The base of the links to document pages; the configured port until the server has started. */
    private String publicBase(AppConfig config) {
        HttpServer server = http;
        return config.server().publicBase(server == null ? config.server().port() : server.port());
    }

    private static PipelineConfig pipelineConfig(AppConfig config) {
        var p = config.pipeline();
        PipelineConfig defaults = PipelineConfig.defaults();
        return defaults.withWorkers(p.workers())
                .withRetries(p.maxAttempts(), defaults.backoffBase(), defaults.backoffMax())
                .withMaxMessageBytes(p.maxMessageKb() * 1024)
                .withLease(Duration.ofSeconds(p.leaseSeconds()));
    }

    private static void bindMetrics(PrometheusMeterRegistry metrics, KnowledgeBase kb) {
        new JvmMemoryMetrics().bindTo(metrics);
        new JvmThreadMetrics().bindTo(metrics);
        Gauge.builder("osee_knowledge_chunks", kb, KnowledgeBase::chunkCount).register(metrics);
    }

    /** Email counters appear as the connector first counts them, so gauges are added before each scrape. */
    private static Runnable emailGauges(PrometheusMeterRegistry metrics, List<Channel> channels) {
        return () -> {
            for (Channel c : channels) {
                if (c instanceof EmailChannel e) {
                    for (String key : e.stats().keySet()) {
                        Gauge.builder("osee_email_" + key.replaceAll("[^a-zA-Z0-9_]", "_"), e,
                                ch -> ch.stats().getOrDefault(key, 0L)).register(metrics);
                    }
                }
            }
        };
    }

    private static Map<String, Object> health(Database db, KnowledgeBase kb) {
        Map<String, Object> m = new LinkedHashMap<>();
        boolean dbOk;
        try (Connection c = db.dataSource().getConnection()) {
            dbOk = c.isValid(2);
        } catch (Exception e) {
            dbOk = false;
        }
        m.put("status", dbOk ? "ok" : "degraded");
        m.put("database", dbOk ? "ok" : "unreachable");
        m.put("knowledge_chunks", kb.chunkCount());
        return m;
    }

    private <T extends AutoCloseable> T keep(T resource) {
        resources.add(resource);
        return resource;
    }

    @Override
    public void close() {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                LOG.warn("Closing {} failed: {}", resources.get(i).getClass().getSimpleName(), e.toString());
            }
        }
        LOG.info("Stopped");
    }
}
