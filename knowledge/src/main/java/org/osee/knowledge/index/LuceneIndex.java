package org.osee.knowledge.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.osee.knowledge.OseeException;
import org.osee.knowledge.chunk.Chunk;

/**
 * The one on-disk Lucene index: a single {@link IndexWriter} for ingest and a
 * {@link SearcherManager} handing out searchers to concurrent readers. Writes become visible on
 * {@link #commit()}.
 */
public final class LuceneIndex implements AutoCloseable {
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private static final Set<String> SOURCE_ONLY = Set.of(Fields.SOURCE);
    /** {@link #keysBySource} of each live reader. */
    private final ReaderCache<Map<String, String>> sourceKeys = new ReaderCache<>();

    private LuceneIndex(Directory directory, IndexWriter writer, SearcherManager searchers) {
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
    }

    public static LuceneIndex open(Path dir) {
        Directory directory = null;
        try {
            directory = FSDirectory.open(dir);
            IndexWriterConfig config = new IndexWriterConfig(Analyzers.perField())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64);
            IndexWriter writer = new IndexWriter(directory, config);
            writer.commit();
            return new LuceneIndex(directory, writer, new SearcherManager(writer, null));
        } catch (LockObtainFailedException e) {
            closeQuietly(directory);
            throw new org.osee.knowledge.IndexInUseException(dir, e);
        } catch (IOException e) {
            closeQuietly(directory);
            throw new OseeException("cannot open the index at " + dir + ": " + e.getMessage(), e);
        }
    }

    public SearcherManager searchers() {
        return searchers;
    }

    /** Source path to content hash of every file recorded under the given absolute root. */
    public Map<String, String> fileHashes(String root) {
        Map<String, String> hashes = new HashMap<>();
        BooleanQuery query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_FILE)), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.ROOT, root)), Occur.FILTER)
                .build();
        withSearcher(searcher -> {
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(query, Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs) {
                Document d = stored.document(hit.doc);
                hashes.put(d.get(Fields.SOURCE), d.get(Fields.HASH));
            }
            return null;
        });
        return hashes;
    }

    /** Replaces whatever the index holds for this file by its new hash, chunks and vectors. */
    public void replaceFile(String root, String source, String hash, List<Chunk> chunks, List<float[]> vectors) {
        String key = Fields.key(root, source);
        try {
            writer.deleteDocuments(new Term(Fields.KEY, key));
            Document file = new Document();
            file.add(new StringField(Fields.KIND, Fields.KIND_FILE, Field.Store.NO));
            file.add(new StringField(Fields.KEY, key, Field.Store.NO));
            file.add(new StringField(Fields.ROOT, root, Field.Store.NO));
            file.add(new StoredField(Fields.SOURCE, source));
            file.add(new StoredField(Fields.HASH, hash));
            if (!chunks.isEmpty()) {
                Chunk first = chunks.get(0);
                if (first.translationKey() != null) {
                    file.add(new StringField(Fields.TKEY, first.translationKey(), Field.Store.YES));
                }
                file.add(new StringField(Fields.LANG, first.language(), Field.Store.YES));
                file.add(new StoredField(Fields.TITLE, first.title()));
                String url = first.url() == null ? null : first.url().replaceFirst("#.*$", "");
                if (url != null && !url.isEmpty()) {
                    file.add(new StoredField(Fields.URL, url));
                }
            }
            writer.addDocument(file);
            for (int i = 0; i < chunks.size(); i++) {
                writer.addDocument(chunkDocument(key, chunks.get(i), vectors.get(i)));
            }
        } catch (IOException e) {
            throw new OseeException("cannot write " + source + " to the index: " + e.getMessage(), e);
        }
    }

    /** Forgets a file: its record and its chunks. */
    public void removeFile(String root, String source) {
        try {
            writer.deleteDocuments(new Term(Fields.KEY, Fields.key(root, source)));
        } catch (IOException e) {
            throw new OseeException("cannot remove " + source + " from the index: " + e.getMessage(), e);
        }
    }

    public void commit() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new OseeException("cannot commit the index: " + e.getMessage(), e);
        }
    }

    /**
     * The chunks of an indexed file in reading order, as stored documents; empty when no file has
     * this source (the first ingested root holding it wins when several do).
     */
    public List<Document> chunksOf(String source) {
        return withSearcher(s -> {
            String key = keysBySource(s).get(source);
            if (key == null) {
                return List.of();
            }
            BooleanQuery q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_CHUNK)), Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.KEY, key)), Occur.FILTER).build();
            ScoreDoc[] hits = s.search(q, Math.max(1, s.count(q))).scoreDocs; // no queue sized for the whole index
            Arrays.sort(hits, Comparator.comparingInt(h -> h.doc));
            StoredFields stored = s.storedFields();
            List<Document> chunks = new ArrayList<>(hits.length);
            for (ScoreDoc hit : hits) {
                chunks.add(stored.document(hit.doc));
            }
            return chunks;
        });
    }

    /**
     * Each indexed source's key, read once per reader from the key field's terms (a key is indexed, not stored; each
     * of its documents stores the source): the first indexed root holding a source wins. Looking a source up among
     * the file records instead cost a stored-field read per file and a walk over every key, 4 to 13 ms a call.
     */
    private Map<String, String> keysBySource(IndexSearcher s) throws IOException {
        return sourceKeys.get(s.getIndexReader().getReaderCacheHelper(), () -> readKeysBySource(s));
    }

    private static Map<String, String> readKeysBySource(IndexSearcher s) throws IOException {
        Map<String, String> keys = new HashMap<>();
        Map<String, Integer> firstDoc = new HashMap<>();
        StoredFields stored = s.storedFields();
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(Fields.KEY);
            if (terms == null) {
                continue;
            }
            TermsEnum it = terms.iterator();
            PostingsEnum postings = null;
            Bits live = leaf.reader().getLiveDocs();
            for (BytesRef term = it.next(); term != null; term = it.next()) {
                postings = it.postings(postings, PostingsEnum.NONE);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        int global = leaf.docBase + doc;
                        String source = stored.document(global, SOURCE_ONLY).get(Fields.SOURCE);
                        if (source != null && global < firstDoc.getOrDefault(source, Integer.MAX_VALUE)) {
                            firstDoc.put(source, global);
                            keys.put(source, term.utf8ToString());
                        }
                        break;
                    }
                }
            }
        }
        return keys;
    }

    /** How many files (and documents kept outside files) the index holds. */
    public int fileCount() {
        return withSearcher(s -> s.count(new TermQuery(new Term(Fields.KIND, Fields.KIND_FILE))));
    }

    public int chunkCount() {
        return withSearcher(s -> s.count(new TermQuery(new Term(Fields.KIND, Fields.KIND_CHUNK))));
    }

    /** Runs a read against a fresh searcher and releases it. */
    public <T> T withSearcher(SearcherFunction<T> fn) {
        IndexSearcher searcher = null;
        try {
            searcher = searchers.acquire();
            return fn.apply(searcher);
        } catch (IOException e) {
            throw new OseeException("cannot read the index: " + e.getMessage(), e);
        } finally {
            if (searcher != null) {
                try {
                    searchers.release(searcher);
                } catch (IOException e) {
                    throw new OseeException("cannot release an index searcher", e);
                }
            }
        }
    }

    /** A read that may fail with an {@link IOException}. */
    @FunctionalInterface
    public interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new OseeException("cannot close the index: " + e.getMessage(), e);
        }
    }

    private static Document chunkDocument(String key, Chunk chunk, float[] vector) {
        Document d = new Document();
        d.add(new StringField(Fields.KIND, Fields.KIND_CHUNK, Field.Store.NO));
        d.add(new StringField(Fields.KEY, key, Field.Store.NO));
        d.add(new StoredField(Fields.SOURCE, chunk.source()));
        d.add(new StoredField(Fields.TITLE, chunk.title()));
        d.add(new StoredField(Fields.SECTION, chunk.section()));
        if (chunk.url() != null) {
            d.add(new StoredField(Fields.URL, chunk.url()));
        }
        d.add(new StringField(Fields.LANG, chunk.language(), Field.Store.YES));
        if (chunk.translationKey() != null) {
            d.add(new StringField(Fields.TKEY, chunk.translationKey(), Field.Store.YES));
        }
        d.add(new StoredField(Fields.TEXT, chunk.text()));
        String head = chunk.title() + "\n" + chunk.section();
        d.add(new TextField(Fields.BODY_ALL, chunk.text(), Field.Store.NO));
        d.add(new TextField(Fields.HEAD_ALL, head, Field.Store.NO));
        if (Fields.LANGUAGES.contains(chunk.language())) {
            d.add(new TextField(Fields.body(chunk.language()), chunk.text(), Field.Store.NO));
            d.add(new TextField(Fields.head(chunk.language()), head, Field.Store.NO));
        }
        d.add(new KnnFloatVectorField(Fields.VECTOR, vector, VectorSimilarityFunction.COSINE));
        return d;
    }

    private static void closeQuietly(Directory directory) {
        try {
            if (directory != null) {
                directory.close();
            }
        } catch (IOException ignored) {
            // already failing; the first error is the one reported
        }
    }
}
