package org.osee.connectors.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.osee.bot.domain.InboundMessage;

class InboundMapperTest {
    private final MailParser parser = new MailParser(EmailLimits.defaults());
    private final InboundMapper mapper = new InboundMapper("gov.example");

    @Test
    void a_new_question_starts_its_own_thread_with_subject_and_new_text() {
        InboundMessage in = mapper.toInbound(parser.parse(Fixtures.resource("plain.eml")), "INBOX", 5, 12, null);

        assertThat(in.channel()).isEqualTo("email");
        assertThat(in.platformMessageId()).isEqualTo("<plain-1@city.example>");
        assertThat(in.threadKey()).isEqualTo("<plain-1@city.example>");
        assertThat(in.sender()).isEqualTo("marie@city.example");
        assertThat(in.senderName()).isEqualTo("Marie Dupont");
        assertThat(in.text()).isEqualTo("Choosing a licence for our municipal app\n\nHello,\n\n"
                + "Which licence should we choose when we publish the code of our parking app?\n\nThanks,\nMarie");
        assertThat(in.metadata()).containsEntry("email.uid", "12").containsEntry("email.uidvalidity", "5")
                .containsEntry("email.folder", "INBOX").containsEntry("email.message-id", "<plain-1@city.example>");
    }

    @Test
    void a_reply_joins_the_thread_of_its_root_and_gets_a_language_hint() {
        InboundMessage in = mapper.toInbound(parser.parse(Fixtures.resource("alternative.eml")), "INBOX", 5, 13, null);

        assertThat(in.threadKey()).isEqualTo("<root-1@camara.example>");
        assertThat(in.languageHint()).isEqualTo("pt");
    }

    @Test
    void attachments_are_listed_in_the_metadata() {
        InboundMessage in = mapper.toInbound(parser.parse(Fixtures.resource("attachments.eml")), "INBOX", 5, 14, null);

        assertThat(in.metadata().get("email.attachments")).contains("cahier.pdf (application/pdf", "install.exe");
        assertThat(in.text()).doesNotContain("cahier.pdf");
    }

    @Test
    void a_message_whose_text_cannot_be_read_still_becomes_a_question_that_says_so() {
        ParsedMail tooLarge = parser.parseHeadersOnly(
                "From: a@city.example\r\nSubject: Re: x\r\nMessage-ID: <big@c>\r\n\r\n".getBytes(), 40_000_000);

        InboundMessage in = mapper.toInbound(tooLarge, "INBOX", 1, 2, null);

        assertThat(in.text()).startsWith("[The email's text could not be read: the message is too large");
        assertThat(in.metadata().get("email.problems")).contains("too large");
    }
}
