package org.osee.bot.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osee.bot.channel.LoopbackChannel;
import org.osee.bot.domain.InboundMessage;
import org.osee.bot.store.Database;
import org.osee.bot.store.Stores;
import org.osee.bot.store.TestDatabase;

/**
 * Messages per second from accept to delivered reply, with the deterministic assistant and the in-memory loopback
 * channel. Not a test: run it by hand.
 *
 * <p>Arguments: {@code h2|postgres [messages=2000] [workers=4]}.
 */
public final class PipelineBenchmark {
    private PipelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String engine = args.length > 0 ? args[0] : "h2";
        int messages = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int workers = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        Path folder = Files.createTempDirectory("osee-benchmark");
        TestDatabase db = engine.equals("postgres") ? TestDatabase.postgres() : TestDatabase.h2(folder);
        try {
            run(db.database(), engine, messages, workers);
        } finally {
            db.close();
        }
    }

    private static void run(Database database, String engine, int messages, int workers) {
        LoopbackChannel console = new LoopbackChannel("console");
        PipelineConfig config = PipelineConfig.defaults().withWorkers(workers);
        try (Pipeline pipeline = new Pipeline(Stores.of(database), new DeterministicAssistant(), List.of(console),
                config)) {
            pipeline.start();
            measure(console, "warmup", 200);
            Result result = measure(console, "run", messages);
            System.out.printf(Locale.ROOT, "%s, %d messages, %d workers: %.0f messages/s accept to delivered"
                            + " (%.1f s); accept alone %.0f/s; latency p50 %d ms, p95 %d ms, max %d ms%n",
                    engine, messages, workers, messages / seconds(result.total()), seconds(result.total()),
                    messages / seconds(result.accepting()), result.p50(), result.p95(), result.max());
        }
    }

    private record Result(Duration total, Duration accepting, long p50, long p95, long max) {
    }

    private static Result measure(LoopbackChannel console, String prefix, int count) {
        int already = console.deliveries().size();
        Map<String, Instant> acceptedAt = new HashMap<>();
        Instant start = Instant.now();
        for (int i = 0; i < count; i++) {
            String id = prefix + "-" + i;
            acceptedAt.put(id, Instant.now());
            console.receive(new InboundMessage("console", id, "thread-" + id, "bench", "", "question " + i, "en",
                    null, null));
        }
        Duration accepting = Duration.between(start, Instant.now());
        while (console.deliveries().size() < already + count) {
            Thread.onSpinWait();
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        Duration total = Duration.between(start, Instant.now());
        List<Long> latencies = new ArrayList<>();
        for (LoopbackChannel.Delivery delivery : console.deliveries().subList(already, already + count)) {
            Instant accepted = acceptedAt.get(delivery.message().inReplyTo().platformMessageId());
            latencies.add(Duration.between(accepted, delivery.at()).toMillis());
        }
        Collections.sort(latencies);
        return new Result(total, accepting, latencies.get(count / 2), latencies.get(count * 95 / 100),
                latencies.get(count - 1));
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
