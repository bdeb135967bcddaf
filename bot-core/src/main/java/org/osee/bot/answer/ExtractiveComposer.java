package org.osee.bot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osee.knowledge.BadInputException;
import org.osee.knowledge.Passage;
import org.osee.knowledge.text.PlainText;

/**
 * The default composer: no model, no network. It splits the best passages into sentences, scores
 * each by the weighted share of the question's terms it contains plus the passage's retrieval
 * score and the sentence's position, picks a few with diversity (maximal marginal relevance, at
 * most two per source), and
 * writes them grouped by source in their original order, each group followed by its citation
 * number. Every sentence it writes is a sentence of a cited passage, markup removed.
 */
public final class ExtractiveComposer implements Composer {
    private static final int MIN_CHARS = 25;
    private static final int MAX_CHARS = 420;
    private static final int MIN_WORDS = 5;
    private static final double LAMBDA = 0.75;
    private static final double PASSAGE_WEIGHT = 0.6;
    private static final int PER_SOURCE = 2;
    private static final double POSITION_WEIGHT = 0.10;
    private static final double KEEP_RATIO = 0.45;
    private static final double COVERAGE_RATIO = 0.3;
    /** Passages come back often (popular documents, a follow-up); their sentences are split once. */
    private static final SentenceCache SENTENCES = new SentenceCache(2_048, ExtractiveComposer::split);

    private final int maxPassages;
    private final int maxSentences;
    private final int maxChars;

    /** Sentences from the 10 best passages (all the assistant retrieves); at most 5 sentences, 2 per source, 900 characters. */
    public ExtractiveComposer() {
        this(10, 5, 900);
    }

    /**
     * @param maxPassages  how many of the best passages to draw sentences from
     * @param maxSentences at most this many sentences
     * @param maxChars     at most this many characters of sentences (markers not counted)
     */
    public ExtractiveComposer(int maxPassages, int maxSentences, int maxChars) {
        if (maxPassages < 1 || maxSentences < 1 || maxChars < MAX_CHARS) {
            throw new BadInputException("maxPassages and maxSentences must be positive and maxChars at least "
                    + MAX_CHARS + ", were " + maxPassages + ", " + maxSentences + ", " + maxChars);
        }
        this.maxPassages = maxPassages;
        this.maxSentences = maxSentences;
        this.maxChars = maxChars;
    }

    /** One candidate sentence: its share of the question's term weight, and its overall score. */
    record Candidate(int passage, int position, String text, Set<String> terms, double coverage, double score) {
    }

    @Override
    public Composition compose(String question, String language, List<Passage> passages) {
        List<Passage> pool = passages.subList(0, Math.min(maxPassages, passages.size()));
        List<Candidate> chosen = select(scored(question, pool));
        return chosen.isEmpty() ? Composition.none() : write(chosen, pool);
    }

    /**
     * How well the best single sentence of the passages covers the question: the largest share of
     * the question's (locally IDF-weighted) content terms found in one usable sentence, 0..1.
     */
    public static double support(String question, List<Passage> passages) {
        return scored(question, passages).stream().mapToDouble(Candidate::coverage).max().orElse(0);
    }

    static List<Candidate> scored(String question, List<Passage> pool) {
        return pool.isEmpty() ? List.of() : score(Terms.contentTerms(question), candidates(pool), pool);
    }

    private static List<Candidate> candidates(List<Passage> pool) {
        List<Candidate> out = new ArrayList<>();
        for (int p = 0; p < pool.size(); p++) {
            for (Candidate c : SENTENCES.get(pool.get(p))) {
                out.add(new Candidate(p, c.position(), c.text(), c.terms(), 0, 0));
            }
        }
        return out;
    }

    /** The usable sentences of one passage, with their terms; passage index left at 0. */
    private static List<Candidate> split(Passage passage) {
        List<Candidate> out = new ArrayList<>();
        List<String> sentences = PlainText.sentences(passage.text(), passage.language());
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            if (isUsable(s)) {
                out.add(new Candidate(0, i, s, Terms.contentTerms(s), 0, 0));
            }
        }
        return List.copyOf(out);
    }

    private static boolean isUsable(String sentence) {
        long letters = sentence.codePoints().filter(Character::isLetter).count();
        return sentence.length() >= MIN_CHARS && sentence.length() <= MAX_CHARS
                && Terms.tokens(sentence).size() >= MIN_WORDS && letters >= sentence.length() * 0.6
                && !sentence.endsWith(":") && !sentence.endsWith(",");
    }

    private static List<Candidate> score(Set<String> query, List<Candidate> candidates, List<Passage> pool) {
        Map<String, Integer> df = new HashMap<>();
        candidates.forEach(c -> c.terms().forEach(t -> df.merge(t, 1, Integer::sum)));
        int n = Math.max(1, candidates.size());
        Map<String, Double> weight = new HashMap<>();
        double total = 0;
        for (String t : query) {
            double w = Math.log(1 + (n + 1.0) / (df.getOrDefault(t, 0) + 0.5));
            weight.put(t, w);
            total += w;
        }
        double top = Math.max(1e-9, pool.get(0).score());
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : candidates) {
            double overlap = 0;
            for (String t : c.terms()) {
                overlap += weight.getOrDefault(t, 0.0);
            }
            double coverage = total == 0 ? 0 : overlap / total;
            double prior = PASSAGE_WEIGHT * pool.get(c.passage()).score() / top
                    + POSITION_WEIGHT / (1 + c.position());
            out.add(new Candidate(c.passage(), c.position(), c.text(), c.terms(), coverage, coverage + prior));
        }
        return out;
    }

    private List<Candidate> select(List<Candidate> candidates) {
        List<Candidate> remaining = new ArrayList<>(candidates);
        remaining.sort(Comparator.comparingDouble(Candidate::score).reversed());
        List<Candidate> chosen = new ArrayList<>();
        if (remaining.isEmpty()) {
            return chosen;
        }
        double floor = remaining.get(0).score() * KEEP_RATIO;
        double coverageFloor = remaining.stream().mapToDouble(Candidate::coverage).max().orElse(0) * COVERAGE_RATIO;
        int chars = 0;

        while (chosen.size() < maxSentences && !remaining.isEmpty()) {
            Candidate best = null;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (Candidate c : remaining) {
                double value = LAMBDA * c.score() - (1 - LAMBDA) * maxSimilarity(c, chosen);
                if (value > bestValue) {
                    bestValue = value;
                    best = c;
                }
            }
            remaining.remove(best);
            final Candidate pick = best;
            if (best.score() < floor || best.coverage() < coverageFloor || chars + best.text().length() > maxChars || isNearCopy(best, chosen)
                    || chosen.stream().filter(c -> c.passage() == pick.passage()).count() >= PER_SOURCE) {
                continue;
            }
            chosen.add(best);
            chars += best.text().length() + 1;
        }
        return chosen;
    }

    private static double maxSimilarity(Candidate c, List<Candidate> chosen) {
        double max = 0;
        for (Candidate other : chosen) {
            max = Math.max(max, jaccard(c.terms(), other.terms()));
        }
        return max;
    }

    private static boolean isNearCopy(Candidate c, List<Candidate> chosen) {
        return chosen.stream().anyMatch(o -> jaccard(c.terms(), o.terms()) > 0.7);
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long common = a.stream().filter(b::contains).count();
        return common / (double) (a.size() + b.size() - common);
    }

    private static Composition write(List<Candidate> chosen, List<Passage> pool) {
        Map<Integer, List<Candidate>> groups = new LinkedHashMap<>();
        for (Candidate c : chosen) {
            groups.computeIfAbsent(c.passage(), k -> new ArrayList<>()).add(c);
        }
        StringBuilder text = new StringBuilder();
        List<Passage> cited = new ArrayList<>();
        for (Map.Entry<Integer, List<Candidate>> group : groups.entrySet()) {
            cited.add(pool.get(group.getKey()));
            List<Candidate> sentences = new ArrayList<>(group.getValue());
            sentences.sort(Comparator.comparingInt(Candidate::position));
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            for (Candidate c : sentences) {
                text.append(withStop(c.text())).append(' ');
            }
            text.append('[').append(cited.size()).append(']');
        }
        return new Composition(text.toString(), cited, true);
    }

    private static String withStop(String sentence) {
        char last = sentence.charAt(sentence.length() - 1);
        return ".!?…)\"»”".indexOf(last) >= 0 ? sentence : sentence + ".";
    }
}
