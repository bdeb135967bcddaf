package org.osee.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CompilationsTest {
    private static final List<String> VOCABULARY = List.of("codebase", "policy", "review", "contributors", "licence",
            "publish", "maintain", "document", "standard", "municipality", "version", "release", "security", "test",
            "guideline", "community", "decision", "budget", "vendor", "open", "source", "team", "user", "data",
            "process", "quality", "support", "issue", "tracker", "roadmap", "style", "language", "plain", "reuse");

    /** A paragraph of {@code words} words no other seed writes. */
    private static String prose(long seed, int words) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            out.append(VOCABULARY.get(random.nextInt(VOCABULARY.size()))).append(i % 12 == 11 ? ". " : " ");
        }
        return out.toString();
    }

    /** Six criterion pages, each with its own text and a requirements paragraph. */
    private static Map<String, String> criteria() {
        Map<String, String> docs = new LinkedHashMap<>();
        for (int c = 1; c <= 6; c++) {
            docs.put("criteria/" + c + ".md", prose(100 + c, 300) + "\n\nRequirements: " + requirements(c));
        }
        return docs;
    }

    private static String requirements(int criterion) {
        return prose(200 + criterion, 120);
    }

    @Test
    void a_checklist_that_repeats_every_criterions_requirements_is_a_compilation_and_the_criteria_are_not() {
        Map<String, String> docs = criteria();
        StringBuilder checklist = new StringBuilder("Checklist. " + prose(7, 40));
        for (int c = 1; c <= 6; c++) {
            checklist.append("\n\n[ ] criterion ").append(c).append(" met. ").append(requirements(c));
        }
        docs.put("docs/checklist.html", checklist.toString());

        assertThat(Compilations.find(docs)).containsExactly("docs/checklist.html");
    }

    @Test
    void a_review_template_that_puts_a_verdict_before_each_copied_requirement_is_still_a_compilation() {
        Map<String, String> docs = criteria();
        StringBuilder template = new StringBuilder("Review template. " + prose(13, 40));
        for (int c = 1; c <= 6; c++) {
            template.append("\n\nCriterion ").append(c).append(" Meets Requirement Notes and links ");
            for (String sentence : requirements(c).split("\\. ")) {
                template.append(c % 2 == 0 ? "Ok " : "N/A ").append(sentence).append(". ");
            }
        }
        docs.put("docs/review-template.html", template.toString());

        assertThat(Compilations.find(docs)).containsExactly("docs/review-template.html");
    }

    @Test
    void two_compilations_of_the_same_criteria_are_both_found() {
        Map<String, String> docs = criteria();
        StringBuilder all = new StringBuilder();
        for (int c = 1; c <= 6; c++) {
            all.append(requirements(c)).append("\n\n");
        }
        docs.put("docs/checklist.html", "Checklist. " + all);
        docs.put("docs/review-template.html", "Review template. " + all + prose(8, 30));

        assertThat(Compilations.find(docs)).containsExactlyInAnyOrder("docs/checklist.html",
                "docs/review-template.html");
    }

    @Test
    void a_page_copied_once_is_no_compilation() {
        Map<String, String> docs = criteria();
        docs.put("blog/case-study.md", prose(9, 600));
        docs.put("case-studies/case-study.md", prose(9, 600));

        assertThat(Compilations.find(docs)).isEmpty();
    }

    @Test
    void posts_sharing_a_boilerplate_paragraph_are_no_compilations() {
        Map<String, String> docs = new LinkedHashMap<>();
        String boilerplate = prose(10, 80);
        for (int p = 1; p <= 8; p++) {
            docs.put("blog/" + p + ".md", prose(300 + p, 250) + "\n\n" + boilerplate);
        }

        assertThat(Compilations.find(docs)).isEmpty();
    }

    @Test
    void a_page_that_quotes_a_sentence_from_each_of_many_pages_but_says_mostly_its_own_is_no_compilation() {
        Map<String, String> docs = criteria();
        StringBuilder overview = new StringBuilder(prose(11, 900));
        for (int c = 1; c <= 6; c++) {
            overview.append("\n\n").append(requirements(c), 0, 120);
        }
        docs.put("overview.md", overview.toString());

        assertThat(Compilations.find(docs)).isEmpty();
    }

    @Test
    void runs_are_compared_whatever_the_case_and_punctuation_and_short_texts_have_none() {
        String text = prose(12, 200);

        assertThat(Compilations.sampledRuns(text.toUpperCase().replace(" ", " , ")))
                .containsExactlyInAnyOrder(Compilations.sampledRuns(text));
        assertThat(Compilations.sampledRuns(text)).isNotEmpty();
        assertThat(Compilations.sampledRuns("seven words are too few to compare")).isEmpty();
    }

    @Test
    void a_very_large_knowledge_base_compares_fewer_runs_so_that_memory_stays_bounded() {
        assertThat(Compilations.sampleMask(3_000_000)).isEqualTo(3);
        assertThat(Compilations.sampleMask(Compilations.FULL_SAMPLE_CHARS)).isEqualTo(3);
        assertThat(Compilations.sampleMask(Compilations.FULL_SAMPLE_CHARS + 100)).isEqualTo(7);
        assertThat(Compilations.sampleMask(Compilations.FULL_SAMPLE_CHARS * 2 - 100)).isEqualTo(7);
        assertThat(Compilations.sampleMask(Compilations.FULL_SAMPLE_CHARS * 8 - 100)).isEqualTo(31);
        assertThat(Compilations.sampleMask(Long.MAX_VALUE)).isPositive();
        String text = prose(14, 2_000);
        assertThat(Compilations.sampledRuns(text, 31).length).isLessThan(Compilations.sampledRuns(text, 3).length / 4);
    }
}
