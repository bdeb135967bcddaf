package org.osee.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.osee.knowledge.Passage;
import org.osee.knowledge.Retriever;

/**
 * Baseline for the evaluation: plain Lucene BM25 (StandardAnalyzer, default similarity) over whole files, one
 * document per file, the way a user would index a folder with no further thought.
 */
public final class WholeFileBm25Baseline implements Retriever, AutoCloseable {
    private final Directory dir = new ByteBuffersDirectory();
    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    public WholeFileBm25Baseline(Path root) {
        try {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer));
                 Stream<Path> files = Files.walk(root)) {
                for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    Document d = new Document();
                    d.add(new StringField("source", root.relativize(f).toString().replace('\\', '/'), Field.Store.YES));
                    d.add(new TextField("text", new String(Files.readAllBytes(f), StandardCharsets.UTF_8), Field.Store.NO));
                    w.addDocument(d);
                }
            }
            reader = DirectoryReader.open(dir);
            searcher = new IndexSearcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Passage> retrieve(String query, int top) {
        try {
            var parsed = new QueryParser("text", analyzer).parse(QueryParser.escape(query));
            List<Passage> out = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(parsed, top).scoreDocs) {
                String source = searcher.storedFields().document(sd.doc).get("source");
                out.add(new Passage(source, source, "", null, "und", "", Math.min(1, sd.score / 100)));
            }
            return out;
        } catch (ParseException | IOException e) {
            throw new IllegalStateException("baseline search failed for query of " + query.length() + " chars", e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        dir.close();
    }
}
