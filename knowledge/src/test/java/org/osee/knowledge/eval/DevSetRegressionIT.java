package org.osee.knowledge.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.osee.knowledge.KnowledgeBase;
import org.osee.knowledge.KnowledgeConfig;
import org.osee.knowledge.translate.ApertiumTranslator;

/**
 * Retrieval regression on the dev question set, pinned in {@code retrieval-baseline.properties}.
 * Opt-in because it ingests the whole corpus (about a minute of CPU on two cores): set
 * {@code OSEE_DEVSET_DIR} to the folder holding {@code corpus/} and {@code eval/dev-questions.jsonl}; when
 * {@code eval/dev-questions-2.jsonl} is there too, its pins ({@code set2.*}) are checked as well. The pins are measured
 * with machine translation (Apertium's Debian packages, which .ci/run installs).
 */
@EnabledIfEnvironmentVariable(named = "OSEE_DEVSET_DIR", matches = ".+")
class DevSetRegressionIT {
    @TempDir
    Path index;

    @Test
    void dev_set_metrics_stay_within_tolerance_of_the_baseline() throws IOException {
        Path dir = Path.of(System.getenv("OSEE_DEVSET_DIR"));
        Properties baseline = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/retrieval-baseline.properties")) {
            baseline.load(in);
        }
        double tolerance = Double.parseDouble(baseline.getProperty("tolerance"));
        assertThat(java.nio.file.Files.isReadable(ApertiumTranslator.DEFAULT_MODES.resolve("spa-eng.mode")))
                .as("the pins are measured with machine translation: install apertium, apertium-eng-spa, apertium-es-pt "
                        + "and apertium-fr-es (.ci/run does)").isTrue();

        EvalReport report;
        EvalReport second = null;
        Path secondSet = dir.resolve("eval/dev-questions-2.jsonl");
        try (KnowledgeBase kb = KnowledgeBase.open(KnowledgeConfig.defaults(index))) {
            kb.ingest(List.of(dir.resolve("corpus")), null);
            report = RetrievalEvaluator.evaluate(kb.retriever(), DevSetRunner.read(dir.resolve("eval/dev-questions.jsonl")));
            if (java.nio.file.Files.exists(secondSet)) {
                second = RetrievalEvaluator.evaluate(kb.retriever(), DevSetRunner.read(secondSet));
            }
        }

        check(baseline, "", report, tolerance);
        if (second != null) {
            check(baseline, "set2.", second, tolerance);
        }
    }

    private static void check(Properties baseline, String prefix, EvalReport report, double tolerance) {
        Map<String, Double> actual = Map.of("hitAt1", report.hitAt1(), "hitAt5", report.hitAt5(),
                "hitAt10", report.hitAt10(), "mrrAt10", report.mrrAt10(), "ndcgAt10", report.ndcgAt10());
        actual.forEach((metric, value) -> {
            String pinned = baseline.getProperty(prefix + metric);
            if (pinned != null) {
                assertThat(value).as(prefix + metric + " (" + report.summary() + ")")
                        .isGreaterThanOrEqualTo(Double.parseDouble(pinned) - tolerance);
            }
        });
    }
}
