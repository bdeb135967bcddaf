package org.osee.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.osee.app.observe.LogSetup;
import org.osee.knowledge.BadInputException;
import org.osee.knowledge.KnowledgeBase;
import org.osee.knowledge.Passage;
import org.osee.knowledge.Retriever;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code osee search}: ranked passages for a query, or for every line of a batch file. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the knowledge base. Prints ranked hits, one per document.")
public final class SearchCommand implements Callable<Integer> {
    static final int SNIPPET_CHARS = 300;

    @Mixin
    DataOption data;

    @Option(names = "--json", description = "Print JSON (JSON Lines with --batch).")
    boolean json;

    @Option(names = "--top", defaultValue = "10", paramLabel = "N", description = "Hits to return (default ${DEFAULT-VALUE}).")
    int top;

    @ArgGroup(exclusive = true, multiplicity = "1")
    QueryInput input;

    /** Exactly one of a query or a batch file. */
    static final class QueryInput {
        @Parameters(paramLabel = "QUERY", description = "The query.")
        String query;

        @Option(names = "--batch", paramLabel = "FILE", description = "JSON Lines file with id and question per line.")
        Path batch;
    }

    @Override
    public Integer call() {
        LogSetup.quiet(); // the output is the hits
        if (top < 1 || top > 100) {
            throw new BadInputException("--top must be between 1 and 100, was " + top);
        }
        try (KnowledgeBase kb = Knowledge.openForQuestions(data.resolve(), false)) {
            Retriever retriever = kb.retriever();
            if (input.batch != null) {
                for (BatchFile.Entry e : BatchFile.read(input.batch)) {
                    System.out.println(Json.line(batchLine(retriever, e)));
                }
            } else {
                List<Passage> hits = retriever.retrieve(input.query, top);
                if (json) {
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("query", input.query);
                    out.put("hits", hits.stream().map(SearchCommand::hit).toList());
                    System.out.println(Json.line(out));
                } else {
                    printText(hits);
                }
            }
        }
        return 0;
    }

    private Map<String, Object> batchLine(Retriever retriever, BatchFile.Entry e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", e.id());
        if (!e.ok()) {
            out.put("error", e.error());
            out.put("hits", List.of());
            return out;
        }
        out.put("hits", retriever.retrieve(e.question(), top).stream().map(SearchCommand::hit).toList());
        return out;
    }

    /** The JSON form of a hit, as the command-line contract names its fields. */
    public static Map<String, Object> hit(Passage p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", p.source());
        m.put("title", p.title());
        m.put("section", p.section());
        m.put("url", p.url());
        m.put("score", Math.round(p.score() * 10000) / 10000.0);
        m.put("language", p.language());
        m.put("snippet", p.snippet(SNIPPET_CHARS));
        return m;
    }

    private static void printText(List<Passage> hits) {
        if (hits.isEmpty()) {
            System.out.println("No hits.");
        }
        int rank = 1;
        for (Passage p : hits) {
            System.out.printf("%2d. %.3f  %s%n    %s%s%n    %s%n", rank++, p.score(), p.source(), p.title(),
                    p.section().isEmpty() ? "" : " — " + p.section(), p.snippet(160));
        }
    }
}
