package org.osee.connectors.telegram;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.osee.bot.pipeline.Pipeline;
import org.osee.bot.pipeline.PipelineConfig;
import org.osee.bot.port.Assistant;
import org.osee.bot.store.Database;
import org.osee.bot.store.Stores;

/** The real durable pipeline (embedded H2 in a folder) with a Telegram channel, as {@code osee serve} wires it. */
final class TelegramPipeline implements AutoCloseable {
    final Database database;
    final Stores stores;
    final TelegramChannel channel;
    final Pipeline pipeline;

    TelegramPipeline(Path dataFolder, TelegramConfig config, Assistant assistant) {
        database = Database.embedded(dataFolder);
        stores = Stores.of(database);
        channel = new TelegramChannel(config);
        PipelineConfig pipelineConfig = PipelineConfig.defaults().withWorkers(2).withPollInterval(Duration.ofMillis(100))
                .withRetries(30, Duration.ofMillis(200), Duration.ofSeconds(1)).withLease(Duration.ofSeconds(20));
        pipeline = new Pipeline(stores, assistant, List.of(channel), pipelineConfig);
        pipeline.start();
    }

    static TelegramConfig config(BotApiStandIn api) {
        return TelegramConfig.polling("123456:test-token", api.url());
    }

    @Override
    public void close() {
        pipeline.stop();
        database.close();
    }
}
