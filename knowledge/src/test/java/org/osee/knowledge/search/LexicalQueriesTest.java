package org.osee.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.Test;
import org.osee.knowledge.index.Fields;

class LexicalQueriesTest {
    private final LexicalQueries queries = new LexicalQueries(SearchTuning.defaults(50, 0.5));

    @Test
    void an_ordinary_question_is_searched_word_for_word() {
        String question = "How do we choose a licence for software the ministry paid for?";

        assertThat(LexicalQueries.boundedWords(question)).isEqualTo(question);
    }

    @Test
    void a_very_long_message_is_cut_to_its_first_distinct_words() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 700; i++) {
            text.append("word").append(i % 250).append(' ');
        }

        String bounded = LexicalQueries.boundedWords(text.toString());

        assertThat(bounded.split(" ")).hasSize(LexicalQueries.MAX_WORDS).startsWith("word0", "word1");
    }

    @Test
    void a_four_thousand_character_message_stays_within_the_clause_limit() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 4096; i++) {
            text.append("licence").append(i).append(' ');
        }

        Query query = queries.build(text.toString(), "en", text.toString(), 2f);

        int[] clauses = {0};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                clauses[0] += terms.length;
            }

            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        assertThat(clauses[0]).isPositive().isLessThanOrEqualTo(org.apache.lucene.search.IndexSearcher.getMaxClauseCount());
    }

    @Test
    void a_question_in_a_recognised_language_searches_its_own_fields_and_the_neutral_ones() {
        Set<String> fields = fields(queries.build("Quelle licence choisir pour un logiciel public ?", "fr"));

        assertThat(fields).containsExactlyInAnyOrder(Fields.body("fr"),
                Fields.head("fr"), Fields.BODY_ALL,
                Fields.HEAD_ALL);
    }

    @Test
    void a_question_in_no_recognised_language_searches_every_language() {
        Set<String> fields = fields(queries.build("licence choice public software", null));

        for (String lang : Fields.LANGUAGES) {
            assertThat(fields).contains(Fields.body(lang));
        }
    }

    @Test
    void vector_search_asks_for_at_most_fifty_chunks() {
        assertThat(SearchTuning.defaults(300, 0.5).vectorCandidates()).isEqualTo(SearchTuning.MAX_VECTOR_CANDIDATES);
        assertThat(SearchTuning.defaults(20, 0.5).vectorCandidates()).isEqualTo(20);
    }

    private static Set<String> fields(Query query) {
        Set<String> fields = new TreeSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                for (Term t : terms) {
                    fields.add(t.field());
                }
            }

            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return fields;
    }
}
