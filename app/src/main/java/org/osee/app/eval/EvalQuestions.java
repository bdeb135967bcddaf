package org.osee.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.osee.app.cli.BatchFile;
import org.osee.knowledge.BadInputException;

/**
 * Reads an evaluation question file: JSON Lines with id, question, expected sources, scope, language, kind and
 * evidence.
 */
public final class EvalQuestions {
    /**
     * One evaluation question. {@code scope} is "in" (the documents answer it) or "out"; {@code evidence}, empty when
     * not given, quotes the first expected source where it answers the question.
     */
    public record Question(String id, String question, List<String> expected, String scope, String lang, String kind,
                           String evidence) {
        public Question {
            expected = List.copyOf(expected);
        }

        public boolean inScope() {
            return !"out".equals(scope);
        }
    }

    private EvalQuestions() {}

    public static List<Question> read(Path file) {
        List<Question> out = new ArrayList<>();
        for (BatchFile.Entry e : BatchFile.read(file)) {
            if (!e.ok()) {
                throw new BadInputException("question file " + file + ": " + e.error());
            }
            JsonNode raw = e.raw();
            List<String> expected = new ArrayList<>();
            raw.path("expected").forEach(n -> expected.add(n.asText()));
            out.add(new Question(e.id(), e.question(), expected, raw.path("scope").asText("in"),
                    raw.path("lang").asText(""), raw.path("kind").asText(""),
                    raw.path("evidence").asText("")));
        }
        return out;
    }
}
