package org.osee.connectors.email;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.osee.bot.pipeline.Pipeline;
import org.osee.bot.pipeline.PipelineConfig;
import org.osee.bot.port.Assistant;
import org.osee.bot.store.Database;
import org.osee.bot.store.Stores;

/** The real durable pipeline (embedded H2 in a folder) with an email channel, as {@code osee serve} wires it. */
final class EmailPipeline implements AutoCloseable {
    final Database database;
    final Stores stores;
    final EmailChannel channel;
    final Pipeline pipeline;

    EmailPipeline(Path dataFolder, EmailConfig config, Assistant assistant) {
        database = Database.embedded(dataFolder);
        stores = Stores.of(database);
        channel = new EmailChannel(config);
        PipelineConfig pipelineConfig = PipelineConfig.defaults().withWorkers(2).withPollInterval(Duration.ofMillis(100))
                .withRetries(20, Duration.ofMillis(200), Duration.ofSeconds(2)).withLease(Duration.ofSeconds(20));
        pipeline = new Pipeline(stores, assistant, List.of(channel), pipelineConfig);
        pipeline.start();
    }

    @Override
    public void close() {
        pipeline.stop();
        database.close();
    }
}
