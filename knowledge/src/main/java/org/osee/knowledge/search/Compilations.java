package org.osee.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.osee.knowledge.index.Fields;
import org.osee.knowledge.index.ReaderCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The indexed documents that are compilations of other indexed documents: a checklist or a review template that
 * repeats every criterion's requirements word for word, a printable "whole guide" page. Such a page matches a question
 * as well as the page it copies, often better (it holds every criterion's words at once), and an answer quoting it
 * cites a long page instead of the part that says it. Retrieval leaves them out, so that the parts answer.
 *
 * <p>A document is a compilation when at least half of its text is found, word for word, in {@value #MIN_PARTS} or
 * more <em>parts</em>: other documents that each hold a smaller piece of it (less than half of it) and bring a piece of
 * their own (at least {@value #MIN_SHARED} sampled runs that no larger part brought; counted greedily, the largest part
 * first). A copy of one page is no compilation (its original holds all of it, not a part), nor is a post that shares a
 * boilerplate paragraph with many others (the first of them brings the paragraph, the others nothing new), nor is a
 * part (the compilation holds more than half of it). Two compilations of the same parts hold each other whole, so each
 * is still found from its parts. Text is compared in runs of {@value #SHINGLE} words within a sentence (a table row's
 * "Ok" or "N/A" beside a copied requirement does not hide it), about a quarter of them (those whose hash ends in two
 * zero bits, the same ones in every document; fewer in a very large knowledge base, {@link #sampleMask}), which keeps
 * the comparison's memory small. The constants follow from
 * that reasoning, not from a fit: in the development corpus three pages qualify, with 86 to 94% of their text from 16
 * parts each, and no other page has more than three parts.
 *
 * <p>Computed once per index reader from the chunks' stored text. Thread-safe.
 */
final class Compilations {
    private static final Logger LOG = LoggerFactory.getLogger(Compilations.class);
    /** Words per compared run: long enough that two documents share one only by copying. */
    static final int SHINGLE = 8;
    /** Share of a compilation's runs found in its parts. */
    static final double MIN_COPIED_SHARE = 0.5;
    static final int MIN_PARTS = 5;
    /** Sampled runs a part shares with the compilation: about two sentences. */
    static final int MIN_SHARED = 4;
    /** A part holds less than this share of the compilation's runs. */
    static final double MAX_PART_SHARE = 0.5;
    /** Characters of text per run of words, about (a word and its space). */
    private static final int CHARS_PER_RUN = 6;
    static final long FULL_SAMPLE_CHARS = 12_000_000;
    static final long MAX_SAMPLED_RUNS = FULL_SAMPLE_CHARS / CHARS_PER_RUN / 4;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> FIELDS = Set.of(Fields.SOURCE, Fields.TEXT);
    private static final ReaderCache<Set<String>> BY_READER = new ReaderCache<>();

    private Compilations() {
    }

    /** The sources of the compilations among this reader's documents. */
    static Set<String> of(IndexReader reader) {
        try {
            return BY_READER.get(reader.getReaderCacheHelper(), () -> {
                long start = System.nanoTime();
                Map<String, StringBuilder> texts = read(reader);
                Set<String> found = find(texts);
                LOG.debug("Looked for compilations among {} documents in {} ms", texts.size(),
                        (System.nanoTime() - start) / 1_000_000);
                return found;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every document's text: its chunks in index order (their order in the document). */
    private static Map<String, StringBuilder> read(IndexReader reader) throws IOException {
        Map<String, StringBuilder> texts = new LinkedHashMap<>();
        StoredDocs.forEach(reader, FIELDS, doc -> {
            String source = doc.get(Fields.SOURCE);
            String text = doc.get(Fields.TEXT);
            if (source != null && text != null) { // a file's own record has no text
                texts.computeIfAbsent(source, s -> new StringBuilder()).append(text).append('\n');
            }
        });
        return texts;
    }

    /** The compilations among these documents (source → text), each logged. */
    static Set<String> find(Map<String, ? extends CharSequence> texts) {
        List<String> sources = new ArrayList<>(texts.keySet());
        List<long[]> runs = new ArrayList<>(sources.size());
        long mask = sampleMask(texts.values().stream().mapToLong(CharSequence::length).sum());
        Map<Long, Integer> first = new HashMap<>();
        Map<Long, List<Integer>> copies = new HashMap<>(); // a run found in several documents → those documents
        for (int i = 0; i < sources.size(); i++) {
            long[] own = sampledRuns(texts.get(sources.get(i)), mask);
            runs.add(own);
            for (long run : own) {
                Integer earlier = first.putIfAbsent(run, i);
                if (earlier != null) {
                    copies.computeIfAbsent(run, r -> new ArrayList<>(List.of(earlier))).add(i);
                }
            }
        }
        Set<String> found = new TreeSet<>();
        for (int i = 0; i < sources.size(); i++) {
            if (isCompilation(i, runs.get(i), copies, sources)) {
                found.add(sources.get(i));
            }
        }
        return Set.copyOf(found);
    }

    /**
     * Whether a document's copied runs come, at least half of them, from {@value #MIN_PARTS} or more parts that each
     * bring runs of their own (counted greedily, the largest part first): posts that share one boilerplate paragraph
     * with many others get it from one part, however many hold it.
     */
    private static boolean isCompilation(int doc, long[] own, Map<Long, List<Integer>> copies, List<String> sources) {
        Map<Integer, Set<Long>> shared = new TreeMap<>(); // in document order, so that ties sort the same every time
        for (long run : own) {
            for (int other : copies.getOrDefault(run, List.of())) {
                if (other != doc) {
                    shared.computeIfAbsent(other, o -> new HashSet<>()).add(run);
                }
            }
        }
        List<Set<Long>> parts = shared.values().stream()
                .filter(runs -> runs.size() >= MIN_SHARED && runs.size() < own.length * MAX_PART_SHARE)
                .sorted(Comparator.comparingInt((Set<Long> runs) -> runs.size()).reversed()).toList();
        Set<Long> covered = new HashSet<>();
        int contributing = 0;
        for (Set<Long> part : parts) {
            Set<Long> fresh = new HashSet<>(part);
            fresh.removeAll(covered);
            if (fresh.size() >= MIN_SHARED) {
                contributing++;
                covered.addAll(fresh);
            }
        }
        if (contributing < MIN_PARTS || covered.size() < MIN_COPIED_SHARE * own.length) {
            return false;
        }
        LOG.info("Not answering from {}: {}% of it is copied from {} other documents, which answer instead",
                sources.get(doc), Math.round(100.0 * covered.size() / own.length), contributing);
        return true;
    }

    /** The distinct sampled runs of {@value #SHINGLE} words within the sentences of a text, in lower case. */
    static long[] sampledRuns(CharSequence text) {
        return sampledRuns(text, 3);
    }

    /**
     * Which runs are compared: those whose hash has the bits of this mask at zero. A quarter of them up to about
     * {@value #FULL_SAMPLE_CHARS} characters of text in all (some 1,000 guides of 2,000 words), then half as many each time the text
     * doubles, so that the comparison's memory stays under about {@value #MAX_SAMPLED_RUNS} runs, whatever the size of
     * the knowledge base; on a very large one, parts of a few sentences are no longer told apart.
     */
    static long sampleMask(long totalChars) {
        long mask = 3;
        while (mask < Long.MAX_VALUE >> 1 && totalChars / CHARS_PER_RUN / (mask + 1) > MAX_SAMPLED_RUNS) {
            mask = mask << 1 | 1;
        }
        return mask;
    }

    static long[] sampledRuns(CharSequence text, long mask) {
        Set<Long> out = new HashSet<>();
        for (String sentence : SENTENCE_END.split(text)) {
            addRuns(sentence, mask, out);
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    private static void addRuns(String text, long mask, Set<Long> out) {
        List<String> words = new ArrayList<>();
        for (String w : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        for (int start = 0; start + SHINGLE <= words.size(); start++) {
            long h = 1125899906842597L;
            for (int k = start; k < start + SHINGLE; k++) {
                h = 31 * h + words.get(k).hashCode();
            }
            h = mix(h);
            if ((h & mask) == 0) {
                out.add(h);
            }
        }
    }

    /** SplitMix64's finaliser, so that the low bits the sample looks at are well spread. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
