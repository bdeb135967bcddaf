package org.osee.knowledge;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a {@link KnowledgeBase}: where the index lives and the tuning knobs of ingest and
 * retrieval. Build it with {@link #defaults(Path)} and adjust with the {@code with...} methods.
 *
 * @param indexDir             folder of the Lucene index (created when missing)
 * @param targetChunkChars     size a chunk aims for when a section must be split
 * @param maxChunkChars        a section up to this size stays one chunk; no chunk is longer
 * @param maxFileBytes         files larger than this are skipped with a reason
 * @param maxChunksPerDocument chunks kept per document at most (protects against enormous files)
 * @param embeddingThreads     threads computing embeddings during ingest
 * @param candidates           chunks fetched from each of BM25 and vector search before fusion
 * @param vectorWeight         share of the vector similarity in the final score (0..1), the rest is BM25
 * @param maxFileTime          reading one file (parsing, extracting its text, chunking) longer than this is stopped
 *                             and the file skipped with the reason (default 60 s)
 * @param maxExtractedChars    a file whose extracted text is longer than this is skipped with the reason (a PDF whose
 *                             compressed streams expand without end); default 20,000,000 characters
 * @param translation          machine translation of questions into English: {@code auto} (the default: Apertium when
 *                             it is installed, see {@code ApertiumTranslator}) or {@code none}
 */
public record KnowledgeConfig(Path indexDir, int targetChunkChars, int maxChunkChars, long maxFileBytes,
                              int maxChunksPerDocument, int embeddingThreads, int candidates,
                              double vectorWeight, Duration maxFileTime, long maxExtractedChars,
                              String translation) {
    /** The values of {@link #translation()}. */
    public static final java.util.Set<String> TRANSLATIONS = java.util.Set.of("auto", "none");

    /**
     * A machine translation setting as people write it (any case, spaces around it; null or blank for the default
     * {@code auto}) as one of {@link #TRANSLATIONS}; null when it is none of them.
     */
    public static String translationSetting(String value) {
        String setting = value == null || value.isBlank() ? "auto" : value.strip().toLowerCase(java.util.Locale.ROOT);
        return TRANSLATIONS.contains(setting) ? setting : null;
    }

    public KnowledgeConfig {
        Objects.requireNonNull(indexDir, "indexDir");
        requirePositive("targetChunkChars", targetChunkChars);
        requirePositive("maxChunksPerDocument", maxChunksPerDocument);
        requirePositive("embeddingThreads", embeddingThreads);
        requirePositive("candidates", candidates);
        if (maxChunkChars < targetChunkChars) {
            throw new BadInputException("maxChunkChars must be >= targetChunkChars (" + targetChunkChars
                    + "), was " + maxChunkChars);
        }
        if (maxFileBytes <= 0) {
            throw new BadInputException("maxFileBytes must be positive, was " + maxFileBytes);
        }
        Objects.requireNonNull(maxFileTime, "maxFileTime");
        if (maxFileTime.isNegative() || maxFileTime.isZero()) {
            throw new BadInputException("maxFileTime must be positive, was " + maxFileTime);
        }
        requirePositive("maxExtractedChars", maxExtractedChars);
        String setting = translationSetting(translation);
        if (setting == null) {
            throw new BadInputException("translation must be auto or none, was " + translation);
        }
        translation = setting;
        if (vectorWeight < 0 || vectorWeight > 1) {
            throw new BadInputException("vectorWeight must be in 0..1, was " + vectorWeight);
        }
    }

    /** Defaults tuned on the development question set. */
    public static KnowledgeConfig defaults(Path indexDir) {
        int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        return new KnowledgeConfig(indexDir, 500, 800, 20L * 1024 * 1024, 2000, threads, 300, 0.5,
                Duration.ofSeconds(60), 20_000_000L, "auto");
    }

    public KnowledgeConfig withChunkSize(int target, int max) {
        return new KnowledgeConfig(indexDir, target, max, maxFileBytes, maxChunksPerDocument, embeddingThreads,
                candidates, vectorWeight, maxFileTime, maxExtractedChars, translation);
    }

    public KnowledgeConfig withMaxFileBytes(long bytes) {
        return new KnowledgeConfig(indexDir, targetChunkChars, maxChunkChars, bytes, maxChunksPerDocument,
                embeddingThreads, candidates, vectorWeight, maxFileTime, maxExtractedChars, translation);
    }

    public KnowledgeConfig withEmbeddingThreads(int threads) {
        return new KnowledgeConfig(indexDir, targetChunkChars, maxChunkChars, maxFileBytes, maxChunksPerDocument,
                threads, candidates, vectorWeight, maxFileTime, maxExtractedChars, translation);
    }

    public KnowledgeConfig withVectorWeight(double weight) {
        return new KnowledgeConfig(indexDir, targetChunkChars, maxChunkChars, maxFileBytes, maxChunksPerDocument,
                embeddingThreads, candidates, weight, maxFileTime, maxExtractedChars, translation);
    }

    /** A copy with another machine translation setting ({@code auto} or {@code none}). */
    public KnowledgeConfig withTranslation(String value) {
        return new KnowledgeConfig(indexDir, targetChunkChars, maxChunkChars, maxFileBytes, maxChunksPerDocument,
                embeddingThreads, candidates, vectorWeight, maxFileTime, maxExtractedChars, value);
    }

    /** A copy with other limits on reading one file: its time and the length of its extracted text. */
    public KnowledgeConfig withFileLimits(Duration time, long extractedChars) {
        return new KnowledgeConfig(indexDir, targetChunkChars, maxChunkChars, maxFileBytes, maxChunksPerDocument,
                embeddingThreads, candidates, vectorWeight, time, extractedChars, translation);
    }

    private static void requirePositive(String name, long value) {
        if (value <= 0) {
            throw new BadInputException(name + " must be positive, was " + value);
        }
    }
}
