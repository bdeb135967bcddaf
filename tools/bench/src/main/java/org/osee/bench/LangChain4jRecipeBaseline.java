package org.osee.bench;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.loader.FileSystemDocumentLoader;
import dev.langchain4j.data.document.parser.TextDocumentParser;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingStoreIngestor;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.osee.knowledge.Passage;
import org.osee.knowledge.Retriever;

/**
 * Baseline for the evaluation: langchain4j's getting-started RAG recipe. Every file loaded as text, a recursive
 * splitter of 300 characters with 30 of overlap, all-MiniLM-L6-v2 embeddings, an in-memory store, cosine search.
 * Chunks are mapped back to their files and de-duplicated, as the hybrid retriever does.
 */
public final class LangChain4jRecipeBaseline implements Retriever {
    private static final String SOURCE = "osee_source";
    private final EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();
    private final InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();

    public LangChain4jRecipeBaseline(Path root) {
        List<Document> docs = FileSystemDocumentLoader.loadDocumentsRecursively(root, new TextDocumentParser());
        for (Document d : docs) {
            Path file = Path.of(d.metadata().getString(Document.ABSOLUTE_DIRECTORY_PATH),
                    d.metadata().getString(Document.FILE_NAME));
            d.metadata().put(SOURCE, root.toAbsolutePath().relativize(file.toAbsolutePath()).toString().replace('\\', '/'));
        }
        EmbeddingStoreIngestor.builder()
                .documentSplitter(DocumentSplitters.recursive(300, 30))
                .embeddingModel(model)
                .embeddingStore(store)
                .build()
                .ingest(docs);
    }

    @Override
    public List<Passage> retrieve(String query, int top) {
        Embedding q = model.embed(query).content();
        List<EmbeddingMatch<TextSegment>> matches = store.search(EmbeddingSearchRequest.builder()
                .queryEmbedding(q).maxResults(top * 10).build()).matches();
        Set<String> seen = new LinkedHashSet<>();
        List<Passage> out = new ArrayList<>();
        for (EmbeddingMatch<TextSegment> m : matches) {
            String source = m.embedded().metadata().getString(SOURCE);
            if (seen.add(source) && out.size() < top) {
                out.add(new Passage(source, source, "", null, "und", m.embedded().text(), m.score()));
            }
        }
        return out;
    }
}
