package org.osee.knowledge.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.osee.knowledge.OseeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * all-MiniLM-L6-v2 (quantized) run in-process by langchain4j's ONNX runtime; the model ships
 * inside its jar. Loaded on first use; batches are embedded on a fixed pool of threads.
 */
public final class MiniLmEmbedder implements Embedder, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MiniLmEmbedder.class);
    private static final int DIMENSION = 384;

    private final ExecutorService pool;
    private volatile EmbeddingModel model;

    public MiniLmEmbedder(int threads) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "osee-embed");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String t : texts) {
            segments.add(TextSegment.from(t.isBlank() ? "." : t));
        }
        List<Embedding> embeddings;
        try {
            embeddings = model().embedAll(segments).content();
        } catch (RuntimeException e) {
            throw new OseeException("embedding " + texts.size() + " texts failed", e);
        }
        List<float[]> vectors = new ArrayList<>(embeddings.size());
        for (Embedding e : embeddings) {
            vectors.add(normalized(e.vector()));
        }
        return vectors;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    long start = System.nanoTime();
                    model = new AllMiniLmL6V2QuantizedEmbeddingModel(pool);
                    LOG.info("Embedding model all-MiniLM-L6-v2-q loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
                }
                m = model;
            }
        }
        return m;
    }

    static float[] normalized(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm == 0) {
            return v;
        }
        float inv = (float) (1 / Math.sqrt(norm));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * inv;
        }
        return out;
    }
}
