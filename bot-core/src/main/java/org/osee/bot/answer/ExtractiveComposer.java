package org.osee.bot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.osee.bot.answer.PassageUnits.Kind;
import org.osee.knowledge.BadInputException;
import org.osee.knowledge.CollectionName;
import org.osee.knowledge.Passage;

/**
 * The default composer: no model, no network. It scores every quotable unit of the best passages (sentences and
 * list items, see {@link PassageUnits}) by the weighted share of the question's terms it holds (the terms of a
 * message around the question count less) plus the passage's retrieval score and the unit's position. The best
 * unit's passage leads: it is quoted as a coherent excerpt (whole sentences around the best one; a list with its
 * lead-in). At most two supporting excerpts follow, from other documents in the same language that retrieval scored
 * close to the lead's, only when they add terms of the question the lead does not hold; a support is one sentence,
 * with the sentences before it that it leans on. A question the document asks is quoted only with what answers it
 * (see {@link Excerpts}). Every excerpt
 * is followed by its citation number. Every sentence it writes is a sentence of a cited passage, markup removed.
 */
public final class ExtractiveComposer implements Composer {
    private static final int MIN_CHARS = 25;
    private static final int MAX_CHARS = 420;
    private static final int MIN_WORDS = 5;
    private static final double POSITION_WEIGHT = 0.10;
    private static final int LEAD_SENTENCES = 3;
    /** Added to a unit that defines what the question asks to define ({@link Definitions}). */
    static final double DEFINITION_BONUS = 0.3;
    private static final int SUPPORT_SENTENCES = 2;
    private static final int MAX_ITEMS = 8;
    private static final Pattern ANAPHORA = Pattern.compile("^(?!(this|ce|cette|este|esta|esse|essa) (document|guide"
            + "|page|section|chapter|chapitre|article|book|livre|report|rapport|paper|whitepaper|policy|standard|template"
            + "|documento|guia|pagina|seccion|secao|capitulo|articulo|artigo|libro|livro|informe|relatorio)\\b)"
            + "(this|these|that|those|it|they|such|however|also|then"
            + "|but|so|yet|instead|mais|pourtant|pero|sino|porem|therefore|thus|ce|cela|ceci|cette|ces|il(?! y a)|ils"
            + "|elle|elles|cependant|ainsi|donc|esto|esta|este|estos|estas|on the other hand|in any case|in that case"
            + "|moreover|furthermore|otherwise|d.autre part|par ailleurs|en outre|de plus|sinon|por otro lado"
            + "|en todo caso|ademas|de lo contrario|por outro lado|em todo caso|alem disso|caso contrario"
            + "|eso|ello|sin embargo|por lo tanto|asi|isso|isto|esse|essa|estes|no entanto|portanto|assim)\\b");
    /** Navigation and pointers elsewhere ("For more information, visit..."), matched on folded text. */
    private static final Pattern BOILERPLATE = Pattern.compile("(?i)\\b(edit this page|back to top|table of contents"
            + "|skip to (main )?content|read more|next page|previous page|all rights reserved|cookie|subscribe"
            + "|sign up for|follow us|share this|page suivante|page precedente|leer mas|ler mais|for more information"
            + "|more information (is available|can be found)|click here|learn more|pour plus d.informations?"
            + "|para mas informacion|para mais informacoes)\\b");
    /** A bare address after the end of a sentence reads as a fragment in a quoted answer; the citation links. */
    private static final Pattern TRAILING_URL = Pattern.compile("(?<=[.!?])\\s+<?https?://\\S+$");
    private static final Pattern TRAILING_JOINER = Pattern.compile("(\\s*[;,]|\\s+(and|or|et|ou|y|o|e))+\\s*$");
    /** Passages come back often (popular documents, a follow-up); their units are split once. */
    private static final SentenceCache UNITS = new SentenceCache(2_048, ExtractiveComposer::split);

    private final int maxPassages;
    private final int maxChars;
    private final Tuning tuning;
    private final BiFunction<String, String, String> inEnglish;

    /**
     * How the composer weighs and picks.
     *
     * @param passageWeight weight of the passage's retrieval score (relative to the best) in a unit's score
     * @param languageBonus added to the score of units in the question's language
     * @param keepRatio     a supporting unit scores at least this share of the lead's (0.8: the supports between 0.6
     *                      and 0.8 never cited an expected document of either development set, and 0.85 lost some)
     * @param coverageRatio a supporting unit covers at least this share of what the lead's best unit covers
     * @param newTerms      a supporting unit adds at least this share of the question's term weight
     * @param maxSupports   at most this many supporting excerpts
     * @param contextWeight weight of the terms of the message around the question (a scenario) relative to the
     *                      question's own terms, in a unit's coverage
     * @param supportFloor  a supporting excerpt's passage scores at least this share of the lead passage's
     *                      retrieval score
     */
    record Tuning(double passageWeight, double languageBonus, double keepRatio, double coverageRatio, double newTerms,
                  int maxSupports, double contextWeight, double supportFloor) {
        static final Tuning DEFAULT = new Tuning(1.2, 0.15, 0.8, 0.25, 0.05, 2, 0.4, 0.75);
    }

    /** Units from the 10 best passages (all the assistant retrieves); at most 900 characters. */
    public ExtractiveComposer() {
        this(null);
    }

    /**
     * As {@link #ExtractiveComposer()}, reading what a question in another language asks to define in its English
     * translation too, so that an English passage's "Free software is ..." defines a Portuguese question's "software
     * livre".
     *
     * @param inEnglish a question's English translation by its language ({@code null} when there is none), or
     *                  {@code null} for no translation
     */
    public ExtractiveComposer(BiFunction<String, String, String> inEnglish) {
        this(10, 5, 900, Tuning.DEFAULT, inEnglish);
    }

    /**
     * @param maxPassages  how many of the best passages to draw from
     * @param maxSentences kept for compatibility: the lead holds at most three sentences or one list, each support
     *                     one unit
     * @param maxChars     at most this many characters of quoted text (markers not counted)
     */
    public ExtractiveComposer(int maxPassages, int maxSentences, int maxChars) {
        this(maxPassages, maxSentences, maxChars, Tuning.DEFAULT, null);
    }

    ExtractiveComposer(int maxPassages, int maxSentences, int maxChars, Tuning tuning) {
        this(maxPassages, maxSentences, maxChars, tuning, null);
    }

    private ExtractiveComposer(int maxPassages, int maxSentences, int maxChars, Tuning tuning,
                               BiFunction<String, String, String> inEnglish) {
        if (maxPassages < 1 || maxSentences < 1 || maxChars < MAX_CHARS) {
            throw new BadInputException("maxPassages and maxSentences must be positive and maxChars at least "
                    + MAX_CHARS + ", were " + maxPassages + ", " + maxSentences + ", " + maxChars);
        }
        this.maxPassages = maxPassages;
        this.maxChars = maxChars;
        this.tuning = tuning;
        this.inEnglish = inEnglish;
    }

    /** One quotable unit with its place, its terms, its share of the question's term weight and its score. */
    record Candidate(int passage, int position, int block, Kind kind, String text, Set<String> terms,
                     double coverage, double score) {
        boolean usableAlone() {
            return kind != Kind.LEAD_IN;
        }
    }

    /**
     * The question's terms count fully in a unit's coverage, the other terms of the message around it
     * {@code contextWeight}: a scenario's situation helps pick the sentence without outweighing the question. A name
     * of a collection counts as said by every unit of the collection's passages (see {@link #scored}).
     */
    @Override
    public Composition compose(String question, String context, String language, List<Passage> passages,
                               List<CollectionName> named) {
        List<Passage> pool = passages.subList(0, Math.min(maxPassages, passages.size()));
        Scored scored = scored(question, context, pool, language, tuning, named,
                Definitions.asked(question, language, inEnglish));
        List<Candidate> ranked = scored.candidates().stream().filter(c -> c.usableAlone() && c.coverage() > 0)
                .sorted(Comparator.comparingDouble(Candidate::score).reversed()).toList();
        if (ranked.isEmpty()) {
            return Composition.none();
        }
        for (Candidate best : ranked) {
            List<Candidate> lead = Excerpts.lead(best, scored.candidates(), LEAD_SENTENCES, MAX_ITEMS, maxChars);
            if (!lead.isEmpty()) {
                List<List<Candidate>> excerpts = new ArrayList<>();
                excerpts.add(lead);
                supports(ranked, best, pool, scored, excerpts);
                return write(excerpts, pool);
            }
        }
        return Composition.none();
    }

    /**
     * How well the best excerpt of the passages covers the question: the largest share of the question's (locally
     * IDF-weighted) content terms found in up to {@value #LEAD_SENTENCES} consecutive units of one paragraph or list
     * (as much as an answer's lead quotes), starting with a usable one, 0..1. A question that asks two things is
     * often answered by two sentences in a row, rarely by one. Numbers do not count: a year or a count ("the 2022
     * final") matches sentences that have nothing to do with the question. The names of collections in
     * {@code named} count as held by their collection's units, as when composing.
     */
    public static double support(String question, List<Passage> passages, List<CollectionName> named) {
        Scored scored = scored(question, question, passages, null, Tuning.DEFAULT, named,
                Definitions.asked(question, null, null));
        Map<String, Double> weight = new HashMap<>(scored.weight());
        weight.keySet().removeIf(ExtractiveComposer::isNumber);
        double total = weight.values().stream().mapToDouble(Double::doubleValue).sum();
        List<Candidate> all = scored.candidates();
        double best = 0;
        for (int i = 0; i < all.size() && total > 0; i++) {
            Candidate first = all.get(i);
            if (!first.usableAlone()) {
                continue;
            }
            Set<String> terms = new HashSet<>();
            for (int j = i; j < Math.min(all.size(), i + LEAD_SENTENCES); j++) {
                Candidate next = all.get(j);
                if (next.passage() != first.passage() || next.block() != first.block()) {
                    break;
                }
                terms.addAll(next.terms());
                best = Math.max(best, weightOf(terms, weight) / total);
            }
        }
        return best;
    }

    /** Candidates with their scores, and the weight of each of the question's terms. */
    record Scored(List<Candidate> candidates, Map<String, Double> weight) {
    }

    /**
     * Every unit of the pool scored for the question. The words of a collection's name the question uses count as
     * held by every unit of that collection's passages: the page that answers seldom repeats the name its overview
     * pages are full of, and the question asks about the collection, not about its name.
     */
    static Scored scored(String question, String context, List<Passage> pool, String language, Tuning tuning,
                         List<CollectionName> named, List<Set<String>> defined) {
        if (pool.isEmpty()) {
            return new Scored(List.of(), Map.of());
        }
        List<Candidate> all = new ArrayList<>();
        Map<String, Set<String>> acronyms = Acronyms.spelledIn(pool);
        for (int p = 0; p < pool.size(); p++) {
            Set<String> said = namedIn(pool.get(p), named);
            for (Candidate c : UNITS.get(pool.get(p))) {
                Set<String> terms = Acronyms.expand(c.terms(), acronyms);
                if (!said.isEmpty()) {
                    terms = new HashSet<>(terms);
                    terms.addAll(said);
                }
                all.add(new Candidate(p, c.position(), c.block(), c.kind(), c.text(), terms, 0, 0));
            }
        }
        Map<String, Integer> df = new HashMap<>();
        all.forEach(c -> c.terms().forEach(t -> df.merge(t, 1, Integer::sum)));
        int n = Math.max(1, all.size());
        Map<String, Double> weight = new HashMap<>();
        double total = 0;
        Set<String> definedTerms = new LinkedHashSet<>();
        defined.forEach(definedTerms::addAll);
        // asked what something is, the question's other words ("qué significa", "mean") ask, they are not asked about
        Set<String> asked = definedTerms.isEmpty() ? Terms.contentTerms(question) : definedTerms;
        Set<String> terms = new LinkedHashSet<>(Terms.contentTerms(context));
        terms.removeAll(Terms.contentTerms(question)); // the asking words again, in the message around the question
        terms.addAll(asked);
        for (String t : terms) {
            double w = Math.log(1 + (n + 1.0) / (df.getOrDefault(t, 0) + 0.5))
                    * (asked.contains(t) ? 1 : tuning.contextWeight());
            weight.put(t, w);
            total += w;
        }
        double top = Math.max(1e-9, pool.get(0).score());
        List<Candidate> out = new ArrayList<>(all.size());
        Set<List<Integer>> definingLists = new HashSet<>(); // (passage, block) of each list whose lead-in defines
        for (Candidate c : all) {
            if (c.kind() == Kind.LEAD_IN && defines(c, pool.get(c.passage()), defined)) {
                definingLists.add(List.of(c.passage(), c.block()));
            }
        }
        for (Candidate c : all) {
            Passage p = pool.get(c.passage());
            // a list's items say what its lead-in defines ("An OSPO is designed to do the following:")
            boolean definition = defines(c, p, defined)
                    || c.kind() == Kind.ITEM && definingLists.contains(List.of(c.passage(), c.block()));
            // a glossary entry's first sentence defines its heading's term without repeating it
            Set<String> held = definition ? union(c.terms(), definedTerms) : c.terms();
            double coverage = total == 0 ? 0 : weightOf(held, weight) / total;
            double prior = tuning.passageWeight() * p.score() / top + POSITION_WEIGHT / (1 + c.position())
                    + (language != null && language.equals(p.language()) ? tuning.languageBonus() : 0)
                    + (definition ? DEFINITION_BONUS : 0);
            out.add(new Candidate(c.passage(), c.position(), c.block(), c.kind(), c.text(), c.terms(), coverage,
                    coverage + prior));
        }
        return new Scored(out, weight);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }

    /** Whether the unit says what the question asks to define ({@link Definitions#unitDefines}). */
    private static boolean defines(Candidate unit, Passage passage, List<Set<String>> defined) {
        return Definitions.unitDefines(unit.text(), unit.position(), passage.section(), defined);
    }

    /** The words of the names of the passage's collection. */
    private static Set<String> namedIn(Passage passage, List<CollectionName> named) {
        Set<String> out = new HashSet<>();
        for (CollectionName name : named) {
            if (name.holds(passage.source())) {
                out.addAll(Terms.contentTerms(name.name()));
            }
        }
        return out;
    }

    private static boolean isNumber(String term) {
        return !term.isEmpty() && term.chars().allMatch(Character::isDigit);
    }

    private static double weightOf(Set<String> terms, Map<String, Double> weight) {
        double sum = 0;
        for (String t : terms) {
            sum += weight.getOrDefault(t, 0.0);
        }
        return sum;
    }

    /**
     * Adds up to two supporting excerpts ({@link Excerpts#support}: one sentence, with what it leans on or what
     * answers it) from other documents in the lead's language that bring question terms it lacks.
     */
    private void supports(List<Candidate> ranked, Candidate best, List<Passage> pool, Scored scored,
                          List<List<Candidate>> excerpts) {
        Map<String, Double> weight = scored.weight();
        double total = weight.values().stream().mapToDouble(Double::doubleValue).sum();
        Set<String> covered = new HashSet<>();
        excerpts.get(0).forEach(c -> covered.addAll(c.terms()));
        Set<String> sources = new HashSet<>(List.of(pool.get(best.passage()).source()));
        String language = pool.get(best.passage()).language();
        int chars = excerpts.get(0).stream().mapToInt(c -> c.text().length()).sum();
        for (Candidate c : ranked) {
            if (excerpts.size() > tuning.maxSupports() || total == 0) {
                return;
            }
            Passage p = pool.get(c.passage());
            Set<String> fresh = new HashSet<>(c.terms());
            fresh.removeAll(covered);
            fresh.retainAll(weight.keySet());
            if (p.score() < pool.get(best.passage()).score() * tuning.supportFloor()
                    || c.score() < best.score() * tuning.keepRatio()
                    || c.coverage() < best.coverage() * tuning.coverageRatio()
                    || sources.contains(p.source()) || !language.equals(p.language()) || c.kind() == Kind.ITEM
                    || weightOf(fresh, weight) / total < tuning.newTerms()) {
                continue;
            }
            List<Candidate> excerpt = Excerpts.support(c, scored.candidates(), SUPPORT_SENTENCES, maxChars - chars);
            if (excerpt.isEmpty()) {
                continue;
            }
            excerpts.add(excerpt);
            sources.add(p.source());
            excerpt.forEach(u -> covered.addAll(u.terms()));
            chars += excerpt.stream().mapToInt(u -> u.text().length()).sum();
        }
    }

    /** The quotable units of one passage, with their terms; passage index left at 0. */
    private static List<Candidate> split(Passage passage) {
        List<Candidate> out = new ArrayList<>();
        Map<Integer, Set<String>> leadIns = new HashMap<>();
        for (PassageUnits.Unit u : PassageUnits.of(passage)) {
            String bare = TRAILING_URL.matcher(u.text()).replaceAll("").strip();
            String text = u.kind() == Kind.ITEM ? asItem(bare) : bare;
            if (!isUsable(text, u.kind())) {
                continue;
            }
            Set<String> terms = new java.util.LinkedHashSet<>(Terms.contentTerms(text));
            if (u.kind() == Kind.LEAD_IN) {
                leadIns.put(u.block(), Set.copyOf(terms));
            } else if (u.kind() == Kind.ITEM) {
                terms.addAll(leadIns.getOrDefault(u.block(), Set.of())); // an item is read with its lead-in
            }
            out.add(new Candidate(0, u.position(), u.block(), u.kind(), text, Set.copyOf(terms), 0, 0));
        }
        return List.copyOf(out);
    }

    /** A list item as a sentence of its own: no trailing ";" or "and", a capital and a full stop. */
    static String asItem(String text) {
        String t = TRAILING_JOINER.matcher(text.strip()).replaceAll("").strip();
        if (t.isEmpty()) {
            return t;
        }
        t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
        return withStop(t);
    }

    private static boolean isUsable(String sentence, Kind kind) {
        if (sentence.isEmpty() || BOILERPLATE.matcher(Terms.fold(sentence)).find()) {
            return false;
        }
        long letters = sentence.codePoints().filter(Character::isLetter).count();
        int first = sentence.codePointAt(0);
        boolean opens = !Character.isLowerCase(first);
        boolean sized = sentence.length() <= MAX_CHARS && letters >= sentence.length() * 0.6;
        return switch (kind) {
            case ITEM -> sized && (Terms.tokens(sentence).size() >= 2 || opens && !Character.isDigit(first));
            case LEAD_IN -> sized && opens;
            case SENTENCE -> sized && opens && sentence.length() >= MIN_CHARS
                    && Terms.tokens(sentence).size() >= MIN_WORDS && !sentence.endsWith(":")
                    && !sentence.endsWith(",") && !sentence.endsWith(";");
        };
    }

    /**
     * Whether a sentence opens leaning on the one before it ("This...", "It...", "But...", "Cependant..."); not when it
     * names the document it is in ("This guide...", "Ce document...").
     */
    public static boolean isAnaphoric(String sentence) {
        return ANAPHORA.matcher(Terms.fold(sentence)).find();
    }

    private static Composition write(List<List<Candidate>> excerpts, List<Passage> pool) {
        StringBuilder text = new StringBuilder();
        List<Passage> cited = new ArrayList<>();
        for (List<Candidate> excerpt : excerpts) {
            cited.add(pool.get(excerpt.get(0).passage()));
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(Excerpts.render(excerpt)).append(" [").append(cited.size()).append(']');
        }
        return new Composition(text.toString(), cited, true);
    }

    static String withStop(String sentence) {
        char last = sentence.charAt(sentence.length() - 1);
        return ".!?…)\"»”:".indexOf(last) >= 0 ? sentence : sentence + ".";
    }
}
