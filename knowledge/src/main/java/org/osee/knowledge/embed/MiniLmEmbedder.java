package org.osee.knowledge.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
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
 *
 * <p>The ONNX session runs each text on the calling thread alone: one intra-op thread, and no spinning while it
 * waits for work. With ONNX Runtime's defaults every embedding fanned out to one spinning thread per core, so a
 * single question kept both cores of a small server busy and sixteen concurrent ones fought over them; parallelism
 * comes from the requests and from the batch pool instead (BENCHMARKS.md, "Chat API under load").
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
                    model = new SingleThreadedModel(pool);
                    LOG.info("Embedding model all-MiniLM-L6-v2-q loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
                }
                m = model;
            }
        }
        return m;
    }

    /** The jar's model and tokenizer in a session of our own options. */
    private static final class SingleThreadedModel extends AbstractInProcessEmbeddingModel {
        private static final String MODEL = "all-minilm-l6-v2-q.onnx";
        private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

        private final OnnxBertBiEncoder encoder;

        SingleThreadedModel(ExecutorService pool) {
            super(pool);
            ClassLoader loader = MiniLmEmbedder.class.getClassLoader();
            try (InputStream model = loader.getResourceAsStream(MODEL);
                 InputStream tokenizer = loader.getResourceAsStream(TOKENIZER);
                 OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                if (model == null || tokenizer == null) {
                    throw new OseeException("the embedding model is missing from the class path (" + MODEL + ")");
                }
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                options.addConfigEntry("session.intra_op.allow_spinning", "0");
                options.addConfigEntry("session.inter_op.allow_spinning", "0");
                OrtEnvironment environment = OrtEnvironment.getEnvironment();
                OrtSession session = environment.createSession(model.readAllBytes(), options);
                this.encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
            } catch (IOException | OrtException e) {
                throw new OseeException("cannot load the embedding model: " + e.getMessage(), e);
            }
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSION;
        }
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
