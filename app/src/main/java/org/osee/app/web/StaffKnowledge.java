package org.osee.app.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.osee.knowledge.IngestListener;
import org.osee.knowledge.KnowledgeBase;
import org.osee.knowledge.OseeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a staff answer into knowledge: a Markdown guide under {@code DATA/staff-answers}, ingested at once, so the
 * assistant can cite it the next time someone asks.
 */
public final class StaffKnowledge {
    private static final Logger LOG = LoggerFactory.getLogger(StaffKnowledge.class);
    private final Path folder;
    private final KnowledgeBase knowledgeBase;

    public StaffKnowledge(Path folder, KnowledgeBase knowledgeBase) {
        this.folder = folder;
        this.knowledgeBase = knowledgeBase;
    }

    /** Writes and ingests the answer; returns its source path (relative to the staff-answers folder). */
    public synchronized String add(String conversationId, String title, String question, String answer, String staff) {
        String slug = slug(title);
        Path file = folder.resolve(slug + ".md");
        for (int i = 2; Files.exists(file); i++) {
            file = folder.resolve(slug + "-" + i + ".md");
        }
        String text = "---\ntitle: " + oneLine(title) + "\nauthor: " + oneLine(staff)
                + "\ndate: " + LocalDate.now() + "\nconversation: " + oneLine(conversationId) + "\n---\n\n# "
                + oneLine(title) + "\n\n## Question\n\n" + question + "\n\n## Answer\n\n" + answer + "\n";
        try {
            Files.createDirectories(folder);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new OseeException("cannot write staff answer to " + file + ": " + e.getMessage(), e);
        }
        knowledgeBase.ingest(List.of(folder), IngestListener.NONE);
        LOG.info("Staff answer from conversation {} added to the knowledge base as {}", conversationId, file.getFileName());
        return file.getFileName().toString();
    }

    /** A front-matter value on one line: every control character (CR, LF, NEL...) and line separator a space. */
    static String oneLine(String value) {
        return value.replaceAll("[\\p{Cntrl}\\u0085\\u2028\\u2029]", " ");
    }

    static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (s.isEmpty()) {
            s = "staff-answer";
        }
        return s.length() > 60 ? s.substring(0, 60) : s;
    }
}
