package org.osee.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.osee.knowledge.index.Analyzers;
import org.osee.knowledge.index.Fields;

class LexiconTest {
    /** One chunk: file, language, translation key, section, text. */
    private record Chunk(String source, String lang, String key, String section, String text) {
    }

    private static Lexicon learn(List<Chunk> chunks) throws IOException {
        try (Directory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Analyzers.perField()))) {
            java.util.Set<String> files = new java.util.HashSet<>();
            for (Chunk c : chunks) {
                if (files.add(c.source())) { // the file's own record, as the index keeps one
                    Document file = new Document();
                    file.add(new StringField(Fields.KIND, Fields.KIND_FILE, Field.Store.NO));
                    file.add(new StoredField(Fields.SOURCE, c.source()));
                    file.add(new StringField(Fields.LANG, c.lang(), Field.Store.YES));
                    file.add(new StringField(Fields.TKEY, c.key(), Field.Store.YES));
                    writer.addDocument(file);
                }
                Document d = new Document();
                d.add(new StringField(Fields.KIND, Fields.KIND_CHUNK, Field.Store.NO));
                d.add(new StoredField(Fields.SOURCE, c.source()));
                d.add(new StringField(Fields.LANG, c.lang(), Field.Store.YES));
                d.add(new StringField(Fields.TKEY, c.key(), Field.Store.YES));
                d.add(new StoredField(Fields.SECTION, c.section()));
                d.add(new StoredField(Fields.TEXT, c.text()));
                writer.addDocument(d);
            }
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                return Lexicon.learn(reader);
            }
        }
    }

    private static String term(String lang, String word) {
        Analyzer analyzer = Analyzers.forLanguage(lang);
        return Analyzers.terms(analyzer, "", word).iterator().next();
    }

    private static List<Chunk> planningPair(String spanishSecondSection) {
        List<Chunk> chunks = new ArrayList<>();
        chunks.add(new Chunk("en/plan.md", "en", "plan", "Annual budget", "The annual budget is approved in January."));
        chunks.add(new Chunk("en/plan.md", "en", "plan", "Budget review",
                "The budget review happens in June.\n\nThe review is public."));
        chunks.add(new Chunk("es/plan.md", "es", "plan", "Presupuesto anual", "El presupuesto anual se aprueba en enero."));
        chunks.add(new Chunk("es/plan.md", "es", "plan", "Revisión del presupuesto", spanishSecondSection));
        return chunks;
    }

    @Test
    void words_of_aligned_sections_and_paragraphs_are_translated() throws IOException {
        Lexicon lexicon = learn(planningPair("La revisión del presupuesto ocurre en junio.\n\nLa revisión es pública."));

        assertThat(lexicon.translations("es", term("es", "presupuestos")))
                .extracting(Lexicon.Translation::term).first().isEqualTo(term("en", "budget"));
        assertThat(lexicon.translations("es", term("es", "revisión")))
                .extracting(Lexicon.Translation::term).contains(term("en", "review"));
        assertThat(lexicon.translations("es", term("es", "presupuesto")))
                .allSatisfy(t -> assertThat(t.weight()).isBetween(Lexicon.MIN_DICE, 1.0));
        assertThat(lexicon.translations("es", term("es", "enero"))).as("seen in one unit only").isEmpty();
        assertThat(lexicon.size("fr")).isZero();
    }

    @Test
    void versions_linked_by_their_content_teach_too() throws IOException {
        List<Chunk> chunks = planningPair("La revisión del presupuesto ocurre en junio.\n\nLa revisión es pública.")
                .stream().map(c -> new Chunk(c.source(), c.lang(),
                        c.lang().equals("en") ? "path:plan/annual-plan" : "path:plan/plan-anual", c.section(), c.text()))
                .toList();

        Lexicon lexicon = learn(chunks);

        assertThat(lexicon.translations("es", term("es", "presupuestos")))
                .extracting(Lexicon.Translation::term).first().isEqualTo(term("en", "budget"));
    }

    @Test
    void versions_whose_sections_do_not_line_up_teach_nothing() throws IOException {
        List<Chunk> chunks = planningPair("La revisión del presupuesto ocurre en junio.");
        chunks.add(new Chunk("es/plan.md", "es", "plan", "Calendario", "El calendario del presupuesto es público."));

        Lexicon lexicon = learn(chunks);

        assertThat(lexicon.isEmpty("es")).isTrue();
    }

    @Test
    void a_spanish_question_also_searches_the_english_translations_of_its_words() throws IOException {
        Lexicon lexicon = learn(planningPair("La revisión del presupuesto ocurre en junio.\n\nLa revisión es pública."));
        LexicalQueries queries = new LexicalQueries(SearchTuning.defaults(50, 0.5));
        Query plain = queries.build("¿Cuándo se aprueba el presupuesto?", "es");

        Query translated = queries.withTranslations(plain, "¿Cuándo se aprueba el presupuesto?", "es",
                () -> lexicon);

        assertThat(terms(translated)).contains(new Term(Fields.body("en"), term("en", "budget")),
                new Term(Fields.head("en"), term("en", "budget")));
        assertThat(queries.withTranslations(plain, "When is the budget approved?", "en", () -> lexicon)).isSameAs(plain);
        assertThat(new LexicalQueries(SearchTuning.defaults(50, 0.5).withTranslationWeight(0))
                .withTranslations(plain, "¿Cuándo se aprueba el presupuesto?", "es", () -> lexicon)).isSameAs(plain);
        assertThat(queries.withTranslations(plain, "¿Cuándo se aprueba el presupuesto?", "fr", () -> lexicon))
                .as("no French versions, no French lexicon").isSameAs(plain);
    }

    private static List<Term> terms(Query query) {
        List<Term> out = new ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                out.addAll(List.of(terms));
            }

            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return out;
    }
}
