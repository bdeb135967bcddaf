package org.osee.connectors.email;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.osee.bot.domain.Author;
import org.osee.bot.domain.Citation;
import org.osee.bot.domain.Decision;
import org.osee.bot.domain.InboundMessage;
import org.osee.bot.domain.OutboundMessage;

class MailComposerTest {
    private final MailComposer composer = new MailComposer("gov.example");

    static InboundMessage question(String messageId, String references, String subject) {
        return new InboundMessage("email", messageId, "<root@city.example>", "ana@city.example", "Ana", "q", null,
                null, Map.of(MailComposer.META_MESSAGE_ID, messageId, MailComposer.META_REFERENCES, references,
                MailComposer.META_SUBJECT, subject, InboundMapper.META_UID, "7", InboundMapper.META_UIDVALIDITY, "1"));
    }

    static OutboundMessage answer(long id, Author author, String language, InboundMessage inReplyTo) {
        return new OutboundMessage(id, "email", "conv-1", "<root@city.example>", "ana@city.example", author,
                "Use the EUPL <it> & publish on a public forge.",
                List.of(new Citation("licences.md", "Licences", "Choosing", "https://osee.example/licences#choosing"),
                        new Citation("forge.md", "Forges", "", null)),
                author == Author.BOT ? Decision.ANSWER : null, language, inReplyTo);
    }

    @Test
    void a_reply_is_threaded_on_the_question() {
        InboundMessage q = question("<q2@city.example>", "<root@city.example> <a1@gov.example>", "RE: Re: Licences");

        ComposedReply reply = composer.compose(answer(42, Author.BOT, "en", q));

        assertThat(reply.subject()).isEqualTo("Re: Licences");
        assertThat(reply.inReplyTo()).isEqualTo("<q2@city.example>");
        assertThat(reply.references()).containsExactly("<root@city.example>", "<a1@gov.example>", "<q2@city.example>");
        assertThat(reply.to()).isEqualTo("ana@city.example");
    }

    @Test
    void the_message_id_is_derived_from_the_outbox_id_and_carries_the_thread() {
        ComposedReply reply = composer.compose(answer(42, Author.BOT, "en", question("<q@c>", "", "s")));

        assertThat(reply.messageId()).startsWith("<osee-out-42.").endsWith("@gov.example>");
        assertThat(composer.compose(answer(42, Author.BOT, "en", null)).messageId()).isEqualTo(reply.messageId());
        assertThat(MessageIds.threadKeyOf(reply.messageId(), "gov.example")).contains("<root@city.example>");
        assertThat(MessageIds.threadKey(List.of(), reply.messageId(), "<new@c>", "gov.example"))
                .isEqualTo("<root@city.example>");
        assertThat(MessageIds.threadKey(List.of("<root@city.example>", reply.messageId()), reply.messageId(),
                "<new@c>", "gov.example")).isEqualTo("<root@city.example>");
    }

    @Test
    void bot_answers_are_marked_auto_submitted_and_staff_replies_are_not() {
        ComposedReply bot = composer.compose(answer(1, Author.BOT, "en", null));
        ComposedReply staff = composer.compose(answer(2, Author.STAFF, "en", null));

        assertThat(bot.headers()).containsEntry("Auto-Submitted", "auto-replied")
                .containsEntry("X-Auto-Response-Suppress", "All");
        assertThat(staff.headers()).doesNotContainKey("Auto-Submitted").containsEntry("X-Auto-Response-Suppress", "All");
        assertThat(staff.text()).contains("Reply to this email to continue the conversation.");
    }

    @Test
    void a_staff_reply_without_a_question_goes_to_the_thread_root() {
        ComposedReply staff = composer.compose(answer(2, Author.STAFF, "fr", null));

        assertThat(staff.inReplyTo()).isEqualTo("<root@city.example>");
        assertThat(staff.references()).containsExactly("<root@city.example>");
        assertThat(staff.subject()).isEqualTo("Re: votre question");
    }

    @Test
    void lists_sources_as_numbered_links_and_ends_with_the_footer_in_the_reply_language() {
        String en = composer.compose(answer(1, Author.BOT, "en", null)).text();
        String fr = composer.compose(answer(1, Author.BOT, "fr", null)).text();
        String es = composer.compose(answer(1, Author.BOT, "es", null)).text();
        String pt = composer.compose(answer(1, Author.BOT, "pt", null)).text();

        assertThat(en).contains("Sources:\n[1] Licences — Choosing: https://osee.example/licences#choosing\n[2] Forges\n")
                .endsWith("-- \nThis answer was written by an automated assistant. Reply with 'human' to reach a member of staff.\n");
        assertThat(fr).contains("Répondez « humain »");
        assertThat(es).contains("Fuentes:").contains("Responda «humano»");
        assertThat(pt).contains("Fontes:").contains("Responda «humano»");
    }

    @Test
    void the_html_alternative_is_escaped_and_has_no_remote_content() {
        String html = composer.compose(answer(1, Author.BOT, "en", null)).html();

        assertThat(html).contains("Use the EUPL &lt;it&gt; &amp; publish")
                .contains("<a href=\"https://osee.example/licences#choosing\">")
                .doesNotContain("<img", "<script", "<it>");
    }

    @Test
    void the_mime_message_keeps_the_derived_id_and_has_both_alternatives() throws Exception {
        ComposedReply reply = composer.compose(answer(9, Author.BOT, "en", question("<q@c>", "", "Licences")));

        MimeMessage mime = MimeReplies.toMime(reply, "opensource@gov.example", "OSEE Assistant",
                Session.getInstance(new Properties()));
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        mime.writeTo(raw);
        MimeMessage read = new MimeMessage(null, new java.io.ByteArrayInputStream(raw.toByteArray()));

        assertThat(read.getMessageID()).isEqualTo(reply.messageId());
        assertThat(read.getHeader("In-Reply-To", null)).isEqualTo("<q@c>");
        assertThat(read.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
        assertThat(read.getFrom()[0].toString()).isEqualTo("OSEE Assistant <opensource@gov.example>");
        MimeMultipart alternative = (MimeMultipart) read.getContent();
        assertThat(alternative.getContentType()).startsWith("multipart/alternative");
        assertThat(alternative.getBodyPart(0).getContentType()).startsWith("text/plain; charset=UTF-8");
        assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html; charset=UTF-8");
    }
}
