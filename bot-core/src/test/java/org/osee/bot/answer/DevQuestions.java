package org.osee.bot.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.osee.bot.answer.eval.EvalQuestion;

/** Reads a JSON Lines question set (id, question, expected, scope, lang, kind) for the tuning mains. */
final class DevQuestions {
    private DevQuestions() {
    }

    static List<EvalQuestion> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<EvalQuestion> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            List<String> expected = new ArrayList<>();
            node.path("expected").forEach(e -> expected.add(e.asText()));
            out.add(new EvalQuestion(node.path("id").asText(), node.path("question").asText(), expected,
                    !"out".equals(node.path("scope").asText("in")), node.path("lang").asText(null)));
        }
        return out;
    }

    /** The "kind" field of every line, by id. */
    static Map<String, String> kinds(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> out = new TreeMap<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                JsonNode node = json.readTree(line);
                out.put(node.path("id").asText(), node.path("kind").asText(""));
            }
        }
        return out;
    }
}
