package org.osee.app.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.osee.app.observe.IngestRuns;
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
    /** The source name of staff answers in the ingest metrics. */
    public static final String SOURCE = "staff-answers";
    private final KnowledgeBase knowledgeBase;
    private final IngestRuns runs;

    public StaffKnowledge(Path folder, KnowledgeBase knowledgeBase) {
        this(folder, knowledgeBase, IngestRuns.unmetered());
    }

    /** With each ingest counted by {@code runs}. */
    public StaffKnowledge(Path folder, KnowledgeBase knowledgeBase, IngestRuns runs) {
        this.folder = folder;
        this.knowledgeBase = knowledgeBase;
        this.runs = runs;
    }

    /** Writes and ingests the answer; returns its source path (relative to the staff-answers folder). */
    public synchronized String add(String conversationId, String title, String question, String answer, String staff) {
        String slug = slug(title);
        Path file = folder.resolve(slug + ".md");
        for (int i = 2; Files.exists(file); i++) {
            file = folder.resolve(slug + "-" + i + ".md");
        }
        String text = "---\ntitle: " + title.replace('\n', ' ') + "\nauthor: " + staff.replace('\n', ' ')
                + "\ndate: " + LocalDate.now() + "\nconversation: " + conversationId + "\n---\n\n# "
                + title.replace('\n', ' ') + "\n\n## Question\n\n" + question + "\n\n## Answer\n\n" + answer + "\n";
        try {
            Files.createDirectories(folder);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new OseeException("cannot write staff answer to " + file + ": " + e.getMessage(), e);
        }
        runs.run(SOURCE, () -> knowledgeBase.ingest(List.of(folder), IngestListener.NONE));
        LOG.info("Staff answer from conversation {} added to the knowledge base as {}", conversationId, file.getFileName());
        return file.getFileName().toString();
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
