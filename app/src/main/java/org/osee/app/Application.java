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
import java.util.Set;
import org.osee.app.cli.Knowledge;
import org.osee.app.config.AppConfig;
import org.osee.app.web.AccountsApi;
import org.osee.app.live.EntrySync;
import org.osee.app.live.FolderWatcher;
import org.osee.app.live.IngestHandoff;
import org.osee.app.live.LiveKnowledge;
import org.osee.app.live.ServeFile;
import org.osee.app.observe.BacklogGauges;
import org.osee.app.observe.HandledMessageLog;
import org.osee.app.observe.IngestRuns;
import org.osee.app.observe.PipelineMetrics;
import org.osee.app.web.ChatApi;
import org.osee.app.web.ConsoleAccess;
import org.osee.app.web.ConsoleApi;
import org.osee.app.web.DocumentPages;
import org.osee.app.web.DraftsApi;
import org.osee.app.web.HttpServer;
import org.osee.app.web.InsightsApi;
import org.osee.app.web.LinkingRetriever;
import org.osee.app.web.KnowledgeConsole;
import org.osee.app.web.TelegramRoute;
import org.osee.app.web.WebChannel;
import org.osee.app.web.auth.ConsoleAuth;
import org.osee.app.web.auth.FirstAdmin;
import org.osee.bot.pipeline.Pipeline;
import org.osee.bot.pipeline.PipelineConfig;
import org.osee.bot.pipeline.RetentionJob;
import org.osee.bot.port.Channel;
import org.osee.bot.port.EscalationNotifier;
import org.osee.bot.port.Leadership;
import org.osee.bot.port.StaffAccounts;
import org.osee.bot.store.Database;
import org.osee.bot.store.DatabaseConfig;
import org.osee.bot.store.JdbcStaffAccounts;
import org.osee.bot.store.JdbcStaffSessions;
import org.osee.bot.store.JdbcKnowledgeEntries;
import org.osee.bot.store.JdbcDraftDesk;
import org.osee.bot.port.PipelineEvents;
import org.osee.bot.store.JdbcBacklog;
import org.osee.bot.store.JdbcInsightQueries;
import org.osee.bot.store.JdbcReplyFeed;
import org.osee.bot.store.Stores;
import org.osee.connectors.discord.DiscordChannel;
import org.osee.connectors.email.EmailChannel;
import org.osee.connectors.email.EmailEscalationNotifier;
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

    private final List<AutoCloseable> resources;
    private final HttpServer http;
    private final Pipeline pipeline;
    private final StaffAccounts staffAccounts;
    private final Stores stores;

    private Application(AppConfig config, List<AutoCloseable> resources) {
        this.resources = resources;
        Path data = config.data() != null ? config.data().toAbsolutePath().normalize() : Path.of("data").toAbsolutePath();
        StartupChecks.writableDataFolder(data);
        StartupChecks.freePort(config.server().host(), config.server().port());
        LOG.info("Starting OSEE Assistant with data folder {}", data);
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        IngestRuns ingests = new IngestRuns(metrics).expect(Knowledge.STARTER_PACK).expect(FolderWatcher.SOURCE);
        // the database first: a wrong address fails in a second, not after the embedding model has loaded
        Database db = keep(config.database().embedded() ? Database.embedded(data)
                : Database.postgres(new DatabaseConfig(config.database().url(), config.database().username(),
                        config.database().password())));
        String translation = config.knowledge().translation();
        KnowledgeBase kb = keep(config.knowledge().folders().isEmpty()
                ? Knowledge.openForAnswering(data, ingests, translation) : Knowledge.open(data, translation));
        stores = Stores.of(db, Set.of(WebChannel.NAME)); // the web chat's platform is this database
        staffAccounts = new JdbcStaffAccounts(db.dataSource(), Clock.systemUTC());
        ConsoleAuth consoleAuth = new ConsoleAuth(staffAccounts, new JdbcStaffSessions(db.dataSource(),
                Clock.systemUTC()), stores.audit(), Clock.systemUTC());
        FirstAdmin.atStart(staffAccounts, config.server().consolePassword(), stores.audit(), Clock.systemUTC());
        JdbcKnowledgeEntries entries = new JdbcKnowledgeEntries(db.dataSource(), Clock.systemUTC());
        EntrySync entrySync = new EntrySync(entries, kb);
        LiveKnowledge live = keep(LiveKnowledge.start(kb, entrySync, config.knowledge(), ingests));
        String serveToken = ServeFile.newToken();
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
        LinkingRetriever linked = new LinkingRetriever(kb.retriever(), () -> publicBase(config));
        pipeline = keep(new Pipeline(stores, Assistants.create(linked, config.llm()), channels,
                pipelineConfig(config)));
        List<EscalationNotifier> notifiers = new ArrayList<>();
        if (discord != null) {
            notifiers.add(discord);
        }
        pipeline.holdDrafts(config.drafts().policy());
        List<String> names = channels.stream().map(Channel::name).toList();
        pipeline.observe(PipelineEvents.all(List.of(new PipelineMetrics(metrics, names), new HandledMessageLog())));
        if (config.email() != null && config.email().staffAddress() != null) { // email.staff-address
            notifiers.add(keep(new EmailEscalationNotifier(config.email().toConfig(), config.email().staffAddress(),
                    () -> publicBase(config) + "/console/")));
        }
        pipeline.notifyEscalations(EscalationNotifier.all(notifiers));
        pipeline.start();
        if (config.retention().days() > 0) {
            RetentionJob retention = keep(new RetentionJob(stores.retention(), leadership, RetentionJob.Policy.days(
                    config.retention().days(), config.retention().mode()), Clock.systemUTC()));
            retention.start();
        }
        bindMetrics(metrics, kb);
        BacklogGauges.register(metrics, new JdbcBacklog(db.dataSource(), Clock.systemUTC()), names, Clock.systemUTC());
        http = keep(new HttpServer(config.server(),
                new ChatApi(web, pipeline.inbox(), Duration.ofSeconds(25),
                        config.server().questionsPerMinute(), metrics),
                new ConsoleApi(stores, pipeline::wakeSender, new KnowledgeConsole(entries,
                        stores.conversations(), stores.audit(), entrySync)),
                new ConsoleAccess(consoleAuth, new AccountsApi(staffAccounts, consoleAuth, stores.audit(),
                        Clock.systemUTC())),
                () -> health(db, kb, live), metrics, emailGauges(metrics, channels), new DocumentPages(kb::document),
                javalin -> {
                    new IngestHandoff(kb, serveToken).register(javalin);
                    new DraftsApi(new JdbcDraftDesk(db.dataSource(), Clock.systemUTC()), stores.audit(),
                            pipeline::wakeSender).register(javalin);
                    new InsightsApi(new JdbcInsightQueries(db.dataSource(), Clock.systemUTC()), Clock.systemUTC())
                            .register(javalin);
                    if (telegramWebhook != null) {
                        TelegramRoute.register(javalin, telegramWebhook);
                    }
                }));
        ServeFile serveFile = ServeFile.write(data, config.server().host(), http.port(), serveToken);
        resources.add(() -> serveFile.delete(data));
        LOG.info("Channels: {}; composer: {}", channels.stream().map(Channel::name).toList(), config.llm().provider());
        warmUp(kb);
    }

    /**
     * Loads the embedding model and touches the index in the background once the server is ready, so that the first
     * question does not wait for them (the model is loaded on first use: seconds on a small machine).
     */
    private static void warmUp(KnowledgeBase kb) {
        Thread warmUp = new Thread(() -> {
            try {
                kb.retriever().retrieve("open source licence", 1);
            } catch (RuntimeException e) {
                LOG.debug("Warm-up failed; the first question loads the model instead: {}", e.toString());
            }
        }, "osee-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /**
     * Builds and starts everything from a checked configuration; stop it with {@link #close()}. When something fails
     * to start, what was already started is stopped before the failure is thrown.
     */
    public static Application start(AppConfig config) {
        List<AutoCloseable> resources = new ArrayList<>();
        try {
            return new Application(config, resources);
        } catch (RuntimeException | Error e) {
            closeAll(resources);
            throw e;
        }
    }

    /** The stores over this application's database (what the console reads and writes; tests check the audit). */
    public Stores stores() {
        return stores;
    }

    public int port() {
        return http.port();
    }

    /** The HTTP server's endpoints, as {@code METHOD /path}. */
    public List<String> routes() {
        return http.routes();
    }

    /** The staff console's accounts (for the command line and tests that create one). */
    public StaffAccounts staffAccounts() {
        return staffAccounts;
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

    private static Map<String, Object> health(Database db, KnowledgeBase kb, LiveKnowledge live) {
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
        m.put("knowledge", live.health());
        return m;
    }

    private <T extends AutoCloseable> T keep(T resource) {
        resources.add(resource);
        return resource;
    }

    @Override
    public void close() {
        closeAll(resources);
        LOG.info("Stopped");
    }

    private static void closeAll(List<AutoCloseable> resources) {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                LOG.warn("Closing {} failed: {}", resources.get(i).getClass().getSimpleName(), e.toString());
            }
        }
    }
}
