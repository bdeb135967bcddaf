package org.osee.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.osee.knowledge.index.Analyzers;
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
    void the_query_is_one_disjunction_of_single_terms_weighted_by_their_field() {
        Query query = queries.build("Which licence should a ministry choose for software?", "en");

        assertThat(query).isInstanceOf(BooleanQuery.class);
        for (BooleanClause clause : ((BooleanQuery) query).clauses()) {
            assertThat(clause.getOccur()).isEqualTo(Occur.SHOULD);
            assertThat(unboosted(clause)).isInstanceOf(TermQuery.class);
            String field = ((TermQuery) unboosted(clause)).getTerm().field();
            boolean neutral = field.equals(Fields.BODY_ALL) || field.equals(Fields.HEAD_ALL);
            assertThat(boost(clause)).isEqualTo(neutral ? 0.5f : 1f);
        }
    }

    @Test
    void the_flat_query_scores_every_chunk_as_the_sum_of_its_per_field_disjunctions() throws Exception {
        String question = "Which licence should a ministry choose for the software it publishes?";
        try (Directory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Analyzers.perField()))) {
            String[] texts = {"Choose a licence before you publish software.", "The ministry publishes its software.",
                    "Licences: which licence to choose, and why a ministry should care.", "Nothing relevant here."};
            for (String text : texts) {
                Document d = new Document();
                d.add(new TextField(Fields.body("en"), text, Field.Store.NO));
                d.add(new TextField(Fields.BODY_ALL, text, Field.Store.NO));
                d.add(new TextField(Fields.head("en"), "Licensing guide", Field.Store.NO));
                writer.addDocument(d);
            }
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                BooleanQuery flat = (BooleanQuery) queries.build(question, "en");
                Map<String, BooleanQuery.Builder> perField = new LinkedHashMap<>();
                Map<String, Float> boosts = new HashMap<>();
                for (BooleanClause clause : flat.clauses()) {
                    TermQuery term = (TermQuery) unboosted(clause);
                    perField.computeIfAbsent(term.getTerm().field(), f -> new BooleanQuery.Builder())
                            .add(term, Occur.SHOULD);
                    boosts.put(term.getTerm().field(), boost(clause));
                }
                BooleanQuery.Builder nested = new BooleanQuery.Builder();
                perField.forEach((field, b) -> nested.add(new BoostQuery(b.build(), boosts.get(field)), Occur.SHOULD));

                TopDocs a = searcher.search(flat, 10);
                TopDocs b = searcher.search(nested.build(), 10);

                assertThat(a.scoreDocs).hasSameSizeAs(b.scoreDocs).hasSizeGreaterThan(2);
                for (int i = 0; i < a.scoreDocs.length; i++) {
                    assertThat(a.scoreDocs[i].doc).isEqualTo(b.scoreDocs[i].doc);
                    assertThat(a.scoreDocs[i].score).isCloseTo(b.scoreDocs[i].score, within(1e-4f));
                }
            }
        }
    }

    @Test
    void vector_search_asks_for_at_most_fifty_chunks() {
        assertThat(SearchTuning.defaults(300, 0.5).vectorCandidates()).isEqualTo(SearchTuning.MAX_VECTOR_CANDIDATES);
        assertThat(SearchTuning.defaults(20, 0.5).vectorCandidates()).isEqualTo(20);
    }

    private static Query unboosted(BooleanClause clause) {
        return clause.getQuery() instanceof BoostQuery b ? b.getQuery() : clause.getQuery();
    }

    private static float boost(BooleanClause clause) {
        return clause.getQuery() instanceof BoostQuery b ? b.getBoost() : 1f;
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
