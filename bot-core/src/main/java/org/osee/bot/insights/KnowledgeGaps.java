package org.osee.bot.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.osee.bot.answer.Terms;
import org.osee.bot.domain.UnansweredQuestion;

/**
 * Groups unanswered questions by topic for the knowledge-gap report. Each question becomes a TF-IDF vector of its
 * content terms, weighted 1 + ln(n / df) ({@link Terms}: accents folded, function words and question scaffolding of the four languages
 * dropped, inflections merged by a light stemmer); IDF is computed over the questions being grouped, so words that
 * every question uses weigh little. Groups are then merged bottom-up (average linkage: the mean cosine similarity
 * between the questions of two groups) while the two closest groups are at least {@link #DEFAULT_SIMILARITY} alike. A group's label is the
 * terms most of its questions share (then the heaviest), shown as people most often wrote them. Deterministic: the same questions give the same groups.
 */
public final class KnowledgeGaps {
    /** How alike (mean cosine between their questions' TF-IDF vectors) two groups must be to merge. */
    public static final double DEFAULT_SIMILARITY = 0.15;
    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int LABEL_TERMS = 3;
    private static final int EXAMPLES = 3;
    private static final int EXAMPLE_CHARS = 240;
    private final double similarity;

    public KnowledgeGaps() {
        this(DEFAULT_SIMILARITY);
    }

    public KnowledgeGaps(double similarity) {
        if (!(similarity > 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity must be in (0, 1], was " + similarity);
        }
        this.similarity = similarity;
    }

    /** The groups, largest first (then most recent); {@code questions} newest first as the store returns them. */
    public List<GapGroup> group(List<UnansweredQuestion> questions) {
        List<Map<String, Integer>> termCounts = new ArrayList<>();
        Map<String, Map<String, Integer>> surfaces = new HashMap<>();
        Map<String, Integer> df = new HashMap<>();
        for (UnansweredQuestion q : questions) {
            Map<String, Integer> tf = terms(q.text(), surfaces);
            termCounts.add(tf);
            tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        int n = questions.size();
        List<Cluster> clusters = new ArrayList<>();
        List<Map<String, Double>> vectors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Double> v = new TreeMap<>();
            termCounts.get(i).forEach((t, c) -> v.put(t, c * (1.0 + Math.log((double) n / df.get(t)))));
            vectors.add(normalise(v));
            clusters.add(new Cluster(i, vectors.get(i)));
        }
        merge(clusters, vectors);
        List<GapGroup> groups = new ArrayList<>();
        for (Cluster c : clusters) {
            groups.add(describe(c, questions, termCounts, surfaces));
        }
        groups.sort(Comparator.comparingInt(GapGroup::count).reversed()
                .thenComparing(GapGroup::lastAsked, Comparator.reverseOrder()).thenComparing(GapGroup::label));
        return groups;
    }

    /** Stemmed content terms with their counts; records how each stem was written. */
    private static Map<String, Integer> terms(String text, Map<String, Map<String, Integer>> surfaces) {
        Map<String, Integer> tf = new TreeMap<>();
        for (String word : WORD_SPLIT.split(text.toLowerCase(Locale.ROOT))) {
            String folded = Terms.fold(word);
            if (folded.length() < 3 || Terms.isStopWord(folded) || folded.chars().allMatch(Character::isDigit)) {
                continue;
            }
            String stem = Terms.stem(folded);
            tf.merge(stem, 1, Integer::sum);
            surfaces.computeIfAbsent(stem, s -> new TreeMap<>()).merge(word, 1, Integer::sum);
        }
        return tf;
    }

    /**
     * Merges the two most alike clusters until none are alike enough. Alike is average linkage: the mean cosine
     * between the questions of one cluster and those of the other, kept in a matrix and updated by the
     * Lance-Williams formula, so a large cluster does not swallow questions that resemble only a few of its members.
     */
    private void merge(List<Cluster> clusters, List<Map<String, Double>> vectors) {
        int n = clusters.size();
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                sim[i][j] = cosine(vectors.get(i), vectors.get(j));
                sim[j][i] = sim[i][j];
            }
        }
        while (clusters.size() > 1) {
            int bestA = -1;
            int bestB = -1;
            double best = similarity;
            for (int a = 0; a < clusters.size(); a++) {
                double[] row = sim[clusters.get(a).slot];
                for (int b = a + 1; b < clusters.size(); b++) {
                    double s = row[clusters.get(b).slot];
                    if (s > best || (s == best && bestA < 0)) {
                        best = s;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            if (bestA < 0) {
                return;
            }
            Cluster kept = clusters.get(bestA);
            Cluster gone = clusters.remove(bestB);
            double wk = kept.members.size();
            double wg = gone.members.size();
            for (Cluster other : clusters) {
                if (other != kept) {
                    double s = (wk * sim[kept.slot][other.slot] + wg * sim[gone.slot][other.slot]) / (wk + wg);
                    sim[kept.slot][other.slot] = s;
                    sim[other.slot][kept.slot] = s;
                }
            }
            kept.absorb(gone);
        }
    }

    private static GapGroup describe(Cluster c, List<UnansweredQuestion> questions,
                                     List<Map<String, Integer>> termCounts, Map<String, Map<String, Integer>> surfaces) {
        c.members.sort(null); // input order: newest first
        Map<String, Integer> shared = new HashMap<>(); // in how many of the group's questions each term occurs
        for (int i : c.members) {
            termCounts.get(i).keySet().forEach(t -> shared.merge(t, 1, Integer::sum));
        }
        int needed = c.members.size() > 1 ? 2 : 1; // a group is named by what its questions share
        List<String> top = c.sum.entrySet().stream().filter(e -> shared.get(e.getKey()) >= needed)
                .sorted(Comparator.<Map.Entry<String, Double>>comparingInt(e -> -shared.get(e.getKey()))
                        .thenComparing(Map.Entry.<String, Double>comparingByValue().reversed())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(LABEL_TERMS).map(e -> mostCommon(surfaces.get(e.getKey()))).toList();
        Map<String, Integer> byKind = new LinkedHashMap<>();
        List<String> examples = new ArrayList<>();
        for (int i : c.members) {
            UnansweredQuestion q = questions.get(i);
            byKind.merge(q.gapKind(), 1, Integer::sum);
            String text = q.text().strip().replaceAll("\\s+", " ");
            text = text.length() > EXAMPLE_CHARS ? text.substring(0, EXAMPLE_CHARS) + "…" : text;
            if (examples.size() < EXAMPLES && !examples.contains(text)) { // the same question asked twice shows once
                examples.add(text);
            }
        }
        String label = top.isEmpty() ? "(no key terms)" : String.join(" · ", top);
        return new GapGroup(label, top, c.members.size(), byKind, examples, questions.get(c.members.get(0)).at());
    }

    private static String mostCommon(Map<String, Integer> written) {
        // the most frequent spelling; on a tie the accented one ("sécurité" over "securite"), then the first
        return written.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(e -> !e.getKey().equals(Terms.fold(e.getKey())))
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
    }

    private static Map<String, Double> normalise(Map<String, Double> v) {
        double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
        if (norm > 0) {
            v.replaceAll((k, x) -> x / norm);
        }
        return v;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double other = large.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        return dot; // both are unit vectors
    }

    /** Members by their index in the input; {@code sum} adds their unit vectors, {@code slot} indexes the matrix. */
    private static final class Cluster {
        final int slot;
        final List<Integer> members = new ArrayList<>();
        final Map<String, Double> sum;

        Cluster(int index, Map<String, Double> vector) {
            this.slot = index;
            this.members.add(index);
            this.sum = new HashMap<>(vector);
        }

        void absorb(Cluster other) {
            members.addAll(other.members);
            other.sum.forEach((t, x) -> sum.merge(t, x, Double::sum));
        }

    }
}
