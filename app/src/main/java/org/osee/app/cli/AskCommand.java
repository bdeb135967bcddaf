package org.osee.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.osee.app.Assistants;
import org.osee.app.config.LlmSettings;
import org.osee.app.observe.LogSetup;
import org.osee.bot.domain.ConversationSnapshot;
import org.osee.bot.domain.Reply;
import org.osee.bot.port.Assistant;
import org.osee.knowledge.KnowledgeBase;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code osee ask}: the assistant's reply to a question, or to every line of a batch file, each in a fresh
 * conversation. Uses the extractive composer; nothing is stored.
 */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Ask the assistant. Prints the decision (answer, clarify, escalate, decline), the answer, its confidence, "
                + "language and citations. On a data folder with no index, the bundled starter pack is ingested first.")
public final class AskCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--json", description = "Print JSON (JSON Lines with --batch).")
    boolean json;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    /** Exactly one of a question or a batch file. */
    static final class Input {
        @Parameters(paramLabel = "QUESTION", description = "The question.")
        String question;

        @Option(names = "--batch", paramLabel = "FILE", description = "JSON Lines file with id and question per line.")
        java.nio.file.Path batch;
    }

    @Override
    public Integer call() {
        LogSetup.quiet(); // the output is the answer
        try (KnowledgeBase kb = Knowledge.openForQuestions(data.resolve(), true)) {
            Assistant assistant = Assistants.create(kb.retriever(), LlmSettings.none());
            if (input.batch != null) {
                int n = 0;
                for (BatchFile.Entry e : BatchFile.read(input.batch)) {
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("id", e.id());
                    if (e.ok()) {
                        line.putAll(ReplyJson.of(ask(assistant, "batch-" + (++n), e.question())));
                    } else {
                        line.put("error", e.error());
                    }
                    System.out.println(Json.line(line));
                }
            } else {
                Reply reply = ask(assistant, "ask", input.question);
                System.out.println(json ? Json.line(ReplyJson.of(reply)) : text(reply));
            }
        }
        return 0;
    }

    private static Reply ask(Assistant assistant, String id, String question) {
        return assistant.reply(ConversationSnapshot.fresh(id, "console"), question);
    }

    private static String text(Reply r) {
        StringBuilder sb = new StringBuilder(r.text());
        sb.append("\n\n[").append(r.decision().wire()).append(", confidence ")
                .append(String.format("%.2f", r.confidence())).append(", ").append(r.language()).append("]");
        for (int i = 0; i < r.citations().size(); i++) {
            var c = r.citations().get(i);
            sb.append("\n[").append(i + 1).append("] ").append(c.label())
                    .append(" (").append(c.url() != null ? c.url() : c.source()).append(")");
        }
        return sb.toString();
    }
}
