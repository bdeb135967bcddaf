package org.osee.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A checklist that repeats every criterion's requirements is not answered from; the criteria are. */
class CompilationsIT {
    private static final Map<String, String[]> CRITERIA = Map.of(
            "code-in-the-open", new String[] {"Code in the open",
                "Publishing code from the start builds trust with residents and lets other administrations learn.",
                "All source code for any software in use must be published and publicly accessible. The codebase must"
                        + " not contain sensitive information regarding users, their organisation or third parties."
                        + " Any source code not currently in use should be published as well."},
            "version-control", new String[] {"Maintain version control",
                "Version control keeps the history of every decision and makes it easy to undo a mistake.",
                "The community must have a way to maintain version control for the code. All files in the codebase"
                        + " must be version controlled, and contributors must document the reasons for every"
                        + " significant change in clear commit messages that others can understand later."},
            "review", new String[] {"Require review of contributions",
                "Peer review catches defects early and spreads knowledge of the code across the team.",
                "All contributions that are accepted or committed to release versions of the codebase must be"
                        + " reviewed by another contributor. Reviews must include source, policy, tests and"
                        + " documentation, and reviewers must provide feedback on all decisions to not accept a"
                        + " contribution."},
            "plain-english", new String[] {"Use plain English",
                "Plain language lets people who are not specialists understand what the software does and why.",
                "All codebase documentation must be in English, and all source code must be in English except"
                        + " where policy is machine interpreted as code. Any translation must be up to date with the"
                        + " English version and vice versa, and jargon should be avoided or explained."},
            "continuous-integration", new String[] {"Use continuous integration",
                "Automated checks give contributors fast feedback and keep the main branch working.",
                "All functionality in the source code must have automated tests, and contributions must pass all"
                        + " automated tests before they are admitted into the codebase. The codebase must have"
                        + " guidelines explaining how to structure contributions and active contributors who review"
                        + " them."},
            "open-standards", new String[] {"Use open standards",
                "Open standards keep data portable and let any vendor build a compatible implementation.",
                "For features of the codebase that facilitate the exchange of data the codebase must use an open"
                        + " standard that meets the Open Source Initiative definition. Any non-open standards chosen"
                        + " for use within the codebase must be listed in the documentation with a link."});

    @TempDir
    static Path shared;
    private static KnowledgeBase kb;

    @BeforeAll
    static void ingest() throws IOException {
        Path corpus = shared.resolve("standard");
        StringBuilder checklist = new StringBuilder("# Checklist\n\nTick each requirement the codebase meets.\n");
        for (Map.Entry<String, String[]> c : CRITERIA.entrySet()) {
            String[] page = c.getValue();
            TestCorpus.write(corpus, "criteria/" + c.getKey() + ".md", "# " + page[0] + "\n\n" + page[1]
                    + "\n\n## Requirements\n\n" + page[2] + "\n\n## Why this is important\n\n" + page[1] + " "
                    + page[0] + " is the criterion that reviewers read first.\n");
            checklist.append("\n## [ ] ").append(page[0]).append("\n\n").append(page[2]).append('\n');
        }
        TestCorpus.write(corpus, "docs/checklist.md", checklist.toString());
        kb = TestCorpus.ingested(shared, corpus);
    }

    @AfterAll
    static void close() {
        kb.close();
    }

    @Test
    void a_question_in_the_words_of_a_requirement_is_answered_from_its_criterion_not_from_the_checklist() {
        List<Passage> found = kb.retriever().retrieve(
                "Must every contribution pass the automated tests before it is admitted into the codebase?", 10, "en");

        assertThat(found.get(0).source()).isEqualTo("criteria/continuous-integration.md");
        assertThat(found).extracting(Passage::source).doesNotContain("docs/checklist.md");
    }

    @Test
    void the_checklist_stays_indexed_and_every_criterion_can_still_be_found() {
        assertThat(kb.fileCount()).isEqualTo(CRITERIA.size() + 1);
        assertThat(kb.document("docs/checklist.md")).isPresent();
        for (String[] page : CRITERIA.values()) {
            List<Passage> found = kb.retriever().retrieve(page[2], 10, "en");
            assertThat(found).extracting(Passage::source).doesNotContain("docs/checklist.md");
            assertThat(found.get(0).title()).isEqualTo(page[0]);
        }
    }
}
