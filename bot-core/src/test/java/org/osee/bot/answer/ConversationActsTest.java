package org.osee.bot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.osee.bot.domain.Author;
import org.osee.bot.domain.ConversationSnapshot;
import org.osee.bot.domain.ConversationStatus;
import org.osee.bot.domain.Decision;
import org.osee.bot.domain.Reply;
import org.osee.bot.domain.Turn;
import org.osee.knowledge.Retriever;

class ConversationActsTest {
    private final Retriever retriever = mock(Retriever.class);
    private final GroundedAssistant assistant = new GroundedAssistant(retriever, new ExtractiveComposer(),
            AnswerPolicy.defaults(), Fixtures.LANGUAGES);

    private static ConversationSnapshot answered(String channel, ConversationStatus status, String language) {
        return new ConversationSnapshot("c1", channel, status, language, List.of(
                new Turn(Author.USER, "Does our public repository need a licence file?", null),
                new Turn(Author.BOT, "Every public repository needs a licence file at its root. [1]", null)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thanks, that solved it!", "thanks, that helps!", "Merci, c'est réglé.",
            "Muchas gracias, eso me ayudó.", "Obrigado, isso resolveu!", "Great, thank you so much!\n\nBest regards,\nAna"})
    void a_thank_you_by_email_gets_no_reply_and_resolves_the_conversation(String message) {
        Reply reply = assistant.reply(answered("email", ConversationStatus.OPEN, "en"), message);

        assertThat(reply.silent()).isTrue();
        assertThat(reply.text()).isEmpty();
        assertThat(reply.resolved()).isTrue();
        verifyNoInteractions(retriever);
    }

    @Test
    void a_thank_you_in_chat_gets_one_short_line_in_the_conversations_language() {
        Reply reply = assistant.reply(answered("web", ConversationStatus.OPEN, "fr"), "Merci beaucoup !");

        assertThat(reply.silent()).isFalse();
        assertThat(reply.text()).isEqualTo(Phrases.get(Phrase.THANKS_SHORT, "fr"));
        assertThat(reply.resolved()).isTrue();
    }

    @Test
    void a_thank_you_while_waiting_for_staff_keeps_the_conversation_in_the_queue() {
        Reply reply = assistant.reply(answered("email", ConversationStatus.ESCALATED, "en"), "Thanks!");

        assertThat(reply.resolved()).isFalse();
        assertThat(reply.decision()).isEqualTo(Decision.ESCALATE);
        assertThat(reply.silent()).isTrue();
    }

    @Test
    void a_short_follow_up_keeps_the_conversations_language() {
        ConversationSnapshot english = new ConversationSnapshot("c1", "email", ConversationStatus.ESCALATED, "en",
                List.of(new Turn(Author.USER, "/human", null), new Turn(Author.BOT, "Of course.", null)));

        Reply reply = assistant.reply(english, "please delete my data");

        assertThat(reply.language()).isEqualTo("en");
        assertThat(reply.text()).isEqualTo(Phrases.get(Phrase.ESCALATED_ACK, "en"));
        assertThat(reply.text()).doesNotContain("again");
    }
}
