package org.osee.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.Test;

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
            public void consumeTerms(Query q, org.apache.lucene.index.Term... terms) {
                clauses[0] += terms.length;
            }

            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        assertThat(clauses[0]).isPositive().isLessThanOrEqualTo(org.apache.lucene.search.IndexSearcher.getMaxClauseCount());
    }
}
