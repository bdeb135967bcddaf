package org.osee.bot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osee.bot.answer.MessageSignals.SmallTalk;

class MessageSignalsTest {
    @Test
    void tells_greetings_thanks_and_help_apart() {
        assertThat(MessageSignals.smallTalk("Good morning everyone")).isEqualTo(SmallTalk.GREETING);
        assertThat(MessageSignals.smallTalk("Thank you so much!")).isEqualTo(SmallTalk.THANKS);
        assertThat(MessageSignals.smallTalk("hi, what can you do?")).isEqualTo(SmallTalk.HELP);
        assertThat(MessageSignals.smallTalk("Hi, how do we publish our code?")).isEqualTo(SmallTalk.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"What is a person responsible for in an OSPO?", "Should we talk to vendors first?",
            "Who is the human resources contact for contributors?"})
    void does_not_take_questions_that_mention_people_for_requests_for_a_person(String message) {
        assertThat(MessageSignals.asksForPerson(message)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"human", "Human.", "humain", "humano", "/human", "a person", "personne"})
    void takes_the_one_word_reply_the_email_footer_suggests_for_a_request_for_a_person(String message) {
        assertThat(MessageSignals.asksForPerson(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"That's wrong", "not helpful", "C'est faux", "no me ayuda", "está errado"})
    void recognises_negative_feedback(String message) {
        assertThat(MessageSignals.isNegativeFeedback(message)).isTrue();
    }

    @Test
    void does_not_take_a_long_question_for_feedback() {
        assertThat(MessageSignals.isNegativeFeedback("Is it wrong to publish code without a licence if the "
                + "department has not approved a policy for open source releases yet?")).isFalse();
    }

    @Test
    void recognises_follow_up_openers_but_not_an_email_question() {
        assertThat(MessageSignals.opensLikeFollowUp("And what about municipalities?")).isTrue();
        assertThat(MessageSignals.opensLikeFollowUp("E-mail addresses in commits: which one?")).isFalse();
        assertThat(MessageSignals.opensLikeFollowUp("Y a-t-il une licence recommandée ?")).isFalse();
    }
}
