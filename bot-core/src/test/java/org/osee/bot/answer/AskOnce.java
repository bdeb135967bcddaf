package org.osee.bot.answer;

import java.nio.file.Path;
import org.osee.bot.domain.ConversationSnapshot;
import org.osee.bot.domain.Reply;
import org.osee.knowledge.KnowledgeBase;
import org.osee.knowledge.KnowledgeConfig;

/** Throwaway: asks the default assistant the questions given as arguments and prints the replies. Args: indexDir question... */
public final class AskOnce {
    public static void main(String[] args) {
        try (KnowledgeBase kb = KnowledgeBase.open(KnowledgeConfig.defaults(Path.of(args[0])))) {
            GroundedAssistant assistant = new GroundedAssistant(kb.retriever());
            for (int i = 1; i < args.length; i++) {
                Reply reply = assistant.reply(ConversationSnapshot.fresh("ask", "cli"), args[i]);
                System.out.println("Q: " + args[i]);
                System.out.println(reply.decision() + " " + reply.language() + " conf=" + reply.confidence()
                        + " reason=" + reply.escalationReason());
                System.out.println(reply.text());
                reply.citations().forEach(c -> System.out.println("  - " + c.source() + " | " + c.title() + " | "
                        + c.section() + " | " + c.url()));
                System.out.println();
            }
        }
    }
}
