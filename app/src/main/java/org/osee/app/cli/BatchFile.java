package org.osee.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.osee.knowledge.BadInputException;

/**
 * A JSON Lines question file: one object per line with at least {@code id} and {@code question}; other fields are
 * kept for the evaluation and ignored otherwise. A line that cannot be read becomes an entry with an error, so the
 * output keeps one line per input line, in order.
 */
public final class BatchFile {
    /** One line of a batch file. {@code error} is set when the line could not be read. */
    public record Entry(int line, String id, String question, JsonNode raw, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    private BatchFile() {}

    public static List<Entry> read(Path file) {
        List<String> lines;
        try {
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            try (var reader = new java.io.BufferedReader(
                    new java.io.InputStreamReader(Files.newInputStream(file), decoder))) {
                lines = reader.lines().toList();
            }
        } catch (NoSuchFileException e) {
            throw new BadInputException("batch file not found: " + file);
        } catch (IOException | UncheckedIOException e) {
            throw new BadInputException("cannot read batch file " + file + ": " + e.getMessage(), e);
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (!text.isEmpty()) {
                entries.add(parse(i + 1, text));
            }
        }
        return entries;
    }

    static Entry parse(int lineNumber, String text) {
        JsonNode node;
        try {
            node = Json.mapper().readTree(text);
        } catch (IOException e) {
            return new Entry(lineNumber, null, null, null, "line " + lineNumber + " is not valid JSON");
        }
        if (node == null || !node.isObject()) {
            return new Entry(lineNumber, null, null, node, "line " + lineNumber + " is not a JSON object");
        }
        JsonNode id = node.get("id");
        String idText = id == null || id.isNull() ? null : id.asText();
        JsonNode question = node.get("question");
        if (idText == null) {
            return new Entry(lineNumber, null, null, node, "line " + lineNumber + " has no \"id\"");
        }
        if (question == null || !question.isTextual() || question.asText().isBlank()) {
            return new Entry(lineNumber, idText, null, node, "line " + lineNumber + " has no \"question\" text");
        }
        return new Entry(lineNumber, idText, question.asText(), node, null);
    }
}
