package org.osee.connectors.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Long polling held by one instance: a session runs only while this instance leads, so two pollers never fight over
 * the token (Telegram answers the loser with 409). Updates are handed over synchronously: the library asks for the
 * next batch, which confirms this one, only after the intake has stored it.
 */
final class LongPoller implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LongPoller.class);
    private static final long CHECK_MS = 2_000;

    private final TelegramConfig config;
    private final BooleanSupplier leader;
    private final UpdateIntake intake;
    private final ScheduledExecutorService watcher;
    private volatile boolean running = true;
    private Session session;

    /** One leadership term's polling: its application, HTTP client and thread. */
    private record Session(TelegramBotsLongPollingApplication app, OkHttpClient http,
                           ScheduledExecutorService executor) {
        void close() {
            try {
                app.close();
            } catch (Exception e) {
                LOG.debug("telegram: closing the poller: {}", e.getMessage());
            }
            executor.shutdownNow();
            http.dispatcher().cancelAll();
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    LongPoller(TelegramConfig config, BooleanSupplier leader, UpdateIntake intake) {
        this.config = config;
        this.leader = leader;
        this.intake = intake;
        this.watcher = Executors.newSingleThreadScheduledExecutor(daemon("telegram-leadership"));
    }

    void start() {
        watcher.scheduleWithFixedDelay(this::check, 0, CHECK_MS, TimeUnit.MILLISECONDS);
    }

    private synchronized void check() {
        if (!running) {
            return;
        }
        boolean leads;
        try {
            leads = leader.getAsBoolean();
        } catch (RuntimeException e) {
            LOG.warn("telegram: cannot tell whether this instance leads: {}", e.getMessage());
            leads = false;
        }
        if (leads && session == null) {
            session = open();
        } else if (!leads && session != null) {
            LOG.info("telegram: no longer leader; long polling stops here");
            session.close();
            session = null;
        }
    }

    private Session open() {
        OkHttpClient http = new OkHttpClient.Builder().connectTimeout(15, TimeUnit.SECONDS)
                .readTimeout(75, TimeUnit.SECONDS).writeTimeout(30, TimeUnit.SECONDS).build();
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(daemon("telegram-polling"));
        TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication(ObjectMapper::new,
                () -> http, () -> executor);
        Session opened = new Session(app, http, executor);
        try {
            app.registerBot(config.token(), () -> BotApi.url(config), new DefaultGetUpdatesGenerator(
                    List.of("message", "edited_message", "callback_query")), this::consume);
            LOG.info("telegram: long polling {}", config.apiUrl());
            return opened;
        } catch (Exception e) {
            LOG.warn("telegram: cannot start long polling, trying again shortly: {}",
                    String.valueOf(e.getMessage()).replace(config.token(), "<token>"));
            opened.close();
            return null;
        }
    }

    /** Called by the library on its polling thread; must not throw, or the library stops polling. */
    private void consume(List<Update> updates) {
        try {
            intake.takeAll(updates, () -> running);
        } catch (Throwable e) {
            LOG.warn("telegram: a batch of {} updates was not stored; it comes again after a restart: {}",
                    updates.size(), e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        running = false;
        watcher.shutdownNow();
        if (session != null) {
            session.close();
            session = null;
        }
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
