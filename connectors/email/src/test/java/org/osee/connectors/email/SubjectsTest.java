package org.osee.connectors.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubjectsTest {
    @Test
    void a_reply_subject_has_one_re_prefix() {
        assertThat(Subjects.reply("Re: RE: Fwd: Licences", "x")).isEqualTo("Re: Licences");
        assertThat(Subjects.reply("AW: Lizenzen", "x")).isEqualTo("Re: Lizenzen");
        assertThat(Subjects.reply("", "your question")).isEqualTo("Re: your question");
    }

    @Test
    void prepends_an_informative_subject_to_the_question() {
        assertThat(Subjects.question("EUPL or GPL?", "We publish a parking app.")).isEqualTo("EUPL or GPL?\n\nWe publish a parking app.");
    }

    @Test
    void ignores_uninformative_and_reply_subjects() {
        assertThat(Subjects.question("Question", "Body")).isEqualTo("Body");
        assertThat(Subjects.question("", "Body")).isEqualTo("Body");
        assertThat(Subjects.question("Re: EUPL or GPL?", "And the AGPL?")).isEqualTo("And the AGPL?");
        assertThat(Subjects.question("Pergunta", "Corpo")).isEqualTo("Corpo");
        assertThat(Subjects.question("(sans objet)", "Corps")).isEqualTo("Corps");
    }

    @Test
    void does_not_repeat_a_subject_the_body_starts_with() {
        assertThat(Subjects.question("EUPL or GPL", "EUPL or GPL: which one?")).isEqualTo("EUPL or GPL: which one?");
    }
}
