package org.osee.bot.answer;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.osee.bot.answer.eval.EvalQuestion;
import org.osee.knowledge.KnowledgeBase;
import org.osee.knowledge.KnowledgeConfig;
import org.osee.knowledge.Passage;

/** Throwaway: prints retrieval and term-coverage signals per question, to choose abstention signals. */
public final class ScopeProbe {
    public static void main(String[] args) throws Exception {
        List<EvalQuestion> questions = DevQuestions.read(Path.of(args[0]));
        try (KnowledgeBase kb = KnowledgeBase.open(KnowledgeConfig.defaults(Path.of(args[1])))) {
            for (EvalQuestion q : questions) {
                long t0 = System.nanoTime();
                List<Passage> found = kb.retriever().retrieve(q.question(), Integer.getInteger("top", 6));
                long ms = (System.nanoTime() - t0) / 1_000_000;
                String hits = found.stream().map(p -> q.expected().contains(p.source()) ? "+" : "-")
                        .reduce("", String::concat);
                Set<String> qt = Terms.contentTerms(q.question());
                Set<String> all = new LinkedHashSet<>();
                found.forEach(p -> all.addAll(Terms.contentTerms(p.title() + " " + p.section() + " " + p.text())));
                Set<String> first = found.isEmpty() ? Set.of()
                        : Terms.contentTerms(found.get(0).title() + " " + found.get(0).section() + " " + found.get(0).text());
                Set<String> missing = new LinkedHashSet<>(qt);
                missing.removeAll(all);
                long in1 = qt.stream().filter(first::contains).count();
                System.out.printf(Locale.ROOT, "%s %-3s %3dms %-6s top=%.3f cov6=%.2f cov1=%.2f n=%d names=%s missingNames=%s%n", q.id(),
                        q.inScope() ? "in" : "OUT", ms, hits, found.isEmpty() ? 0 : found.get(0).score(),
                        qt.isEmpty() ? 0 : (qt.size() - missing.size()) / (double) qt.size(),
                        qt.isEmpty() ? 0 : in1 / (double) qt.size(), qt.size(), Grounding.names(q.question()), Grounding.missingNames(q.question(), found));
            }
        }
    }
}
