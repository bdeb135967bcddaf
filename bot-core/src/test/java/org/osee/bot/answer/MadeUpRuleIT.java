package org.osee.bot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osee.bot.answer.eval.AnswerHygiene;
import org.osee.bot.answer.eval.EmailWrap;
import org.osee.bot.domain.ConversationSnapshot;
import org.osee.bot.domain.Decision;
import org.osee.bot.domain.Reply;
import org.osee.knowledge.KnowledgeBase;

/**
 * The default assistant over a real index of three small Markdown files about a rule nobody has heard of (so no
 * tuning can have seen it): the answer quotes the sentence that answers, a list comes with its lead-in, and a
 * question sent as an email is answered like the bare one.
 */
class MadeUpRuleIT {
    @TempDir
    static Path dir;
    private static KnowledgeBase kb;
    private static GroundedAssistant assistant;

    @BeforeAll
    static void ingest() throws IOException {
        SmallCorpus corpus = new SmallCorpus(dir);
        corpus.write("harbour-rule/overview.md", """
                # The Harbour Rule

                ## Purpose
                The Harbour Rule was adopted by the town council in 2021 to make the software the town pays for \
                reusable by other towns. It applies to every department that writes or commissions code, and to \
                the contractors who work for them.

                ## Scope
                The rule covers source code, configuration and technical documentation. Personal data and \
                security secrets are never published under it.
                """);
        corpus.write("harbour-rule/approval.md", """
                # Approval under the Harbour Rule

                ## Who decides
                Departments prepare each release and describe what it contains and which licence it uses. \
                The Chief Digital Officer approves every publication under the Harbour Rule, after checking the \
                release with the legal team.

                ## Timing
                A request is answered within ten working days. Urgent security fixes may be published first and \
                approved afterwards.
                """);
        corpus.write("harbour-rule/checklist.md", """
                # Checklist for publication

                ## Repository contents
                Before publication, every repository must contain:

                - a licence file chosen from the town's approved list;
                - a README that names a contact person;
                - a security policy explaining how to report vulnerabilities, and
                - a record of the approval
                """);
        kb = corpus.ingest();
        assistant = new GroundedAssistant(kb.retriever());
    }

    @AfterAll
    static void close() {
        kb.close();
    }

    @Test
    void answers_who_approves_with_the_sentence_that_names_them() {
        Reply reply = assistant.reply(ConversationSnapshot.fresh("r1", "web"),
                "Who approves publication under the Harbour Rule?");

        assertThat(reply.decision()).isEqualTo(Decision.ANSWER);
        assertThat(reply.text()).startsWith("The Chief Digital Officer approves every publication under the Harbour Rule");
        assertThat(reply.citations().get(0).source()).isEqualTo("harbour-rule/approval.md");
        assertThat(AnswerHygiene.hasFragment(reply.text())).isFalse();
    }

    @Test
    void quotes_a_list_with_its_lead_in() {
        Reply reply = assistant.reply(ConversationSnapshot.fresh("r2", "web"),
                "What must a repository contain before publication under the Harbour Rule?");

        assertThat(reply.decision()).isEqualTo(Decision.ANSWER);
        assertThat(reply.text()).contains("Before publication, every repository must contain:\n- A licence file")
                .contains("\n- A README that names a contact person.").contains("\n- A record of the approval.");
        assertThat(AnswerHygiene.hasFragment(reply.text())).isFalse();
    }

    @Test
    void answers_the_question_wrapped_as_an_email_like_the_bare_one() {
        String question = "Who approves publication under the Harbour Rule?";

        Reply bare = assistant.reply(ConversationSnapshot.fresh("r3", "email"), question);
        Reply email = assistant.reply(ConversationSnapshot.fresh("r4", "email"), EmailWrap.wrap("r4", question, "en"));

        assertThat(email.decision()).isEqualTo(bare.decision());
        assertThat(email.text()).isEqualTo(bare.text());
    }
}
