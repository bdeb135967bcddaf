package org.osee.app.observe;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.util.function.Supplier;
import org.osee.knowledge.IngestReport;

/**
 * Counts and times the ingest runs of a running server (the starter pack on an empty index, staff answers turned
 * into knowledge, folders re-ingested): {@code osee_ingest_runs_total{source, result}} and
 * {@code osee_ingest_duration_seconds{source}}.
 */
public final class IngestRuns {
    private final MeterRegistry registry;

    public IngestRuns(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Runs that are not measured (the command line, tests). */
    public static IngestRuns unmetered() {
        return new IngestRuns(new CompositeMeterRegistry());
    }

    /** Runs {@code ingest}, counting it as ok or failed under {@code source}; its failure is rethrown. */
    public IngestReport run(String source, Supplier<IngestReport> ingest) {
        Timer.Sample sample = Timer.start(registry);
        String result = "failed";
        try {
            IngestReport report = ingest.get();
            result = "ok";
            return report;
        } finally {
            registry.counter("osee.ingest.runs", "source", source, "result", result).increment();
            sample.stop(Timer.builder("osee.ingest.duration").description("Duration of ingest runs")
                    .tag("source", source).register(registry));
        }
    }

    /** Registers the series of {@code source} at zero, so that a rate is defined before its first run. */
    public IngestRuns expect(String source) {
        registry.counter("osee.ingest.runs", "source", source, "result", "ok");
        registry.counter("osee.ingest.runs", "source", source, "result", "failed");
        return this;
    }
}
