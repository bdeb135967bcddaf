package org.osee.connectors.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MailParserTest {
    private final MailParser parser = new MailParser(EmailLimits.defaults());

    @Test
    void reads_a_plain_message_and_its_headers() {
        ParsedMail mail = parser.parse(Fixtures.resource("plain.eml"));

        assertThat(mail.messageId()).isEqualTo("<plain-1@city.example>");
        assertThat(mail.fromAddress()).isEqualTo("marie@city.example");
        assertThat(mail.fromName()).isEqualTo("Marie Dupont");
        assertThat(mail.subject()).isEqualTo("Choosing a licence for our municipal app");
        assertThat(mail.body()).contains("Which licence should we choose");
        assertThat(mail.sentAt()).isNotNull();
        assertThat(mail.problems()).isEmpty();
    }

    @Test
    void prefers_text_plain_in_multipart_alternative_and_decodes_charsets_and_encoded_words() {
        ParsedMail mail = parser.parse(Fixtures.resource("alternative.eml"));

        assertThat(mail.subject()).isEqualTo("Política de código aberto");
        assertThat(mail.body()).isEqualTo("Como publicamos o código da nossa aplicação?");
        assertThat(mail.inReplyTo()).isEqualTo("<root-1@camara.example>");
        assertThat(mail.references()).containsExactly("<root-1@camara.example>", "<mid-2@gov.example>");
        assertThat(mail.header("content-language")).isEqualTo("pt-PT");
    }

    @Test
    void decodes_encoded_words_in_unknown_charsets_leniently_in_subject_name_and_file_name() {
        String raw = "From: =?x-unknown-1?Q?Ana_Lima?= <ana@city.example>\r\nTo: opensource@gov.example\r\n"
                + "Subject: =?x-unknown-9?Q?Licence_question?= =?x-unknown-9?B?" + java.util.Base64.getEncoder()
                .encodeToString(" for caf\u00e9".getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "?=\r\n"
                + "Message-ID: <cs@city.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=x-klingon\r\n\r\n"
                + "Which licence?\r\n";

        ParsedMail mail = parser.parse(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(mail.subject()).isEqualTo("Licence question for caf\u00e9");
        assertThat(mail.fromName()).isEqualTo("Ana Lima");
        assertThat(mail.body()).contains("Which licence?");
    }

    @Test
    void converts_html_to_text_without_scripts_styles_images_or_quotes() {
        ParsedMail mail = parser.parse(Fixtures.resource("html-only.eml"));

        assertThat(mail.body()).contains("¿Cómo revisamos la seguridad de las dependencias?", "- npm", "- Maven");
        assertThat(mail.body()).doesNotContain("alert", "evil", "color", "tracker", "texto citado", "quoted old");
    }

    @Test
    void lists_attachments_without_opening_them() {
        ParsedMail mail = parser.parse(Fixtures.resource("attachments.eml"));

        assertThat(mail.subject()).isEqualTo("Procédure d'achat");
        assertThat(mail.body()).isEqualTo("Voici notre cahier des charges, est-il compatible avec le logiciel libre ?");
        assertThat(mail.attachments()).extracting(ParsedMail.Attachment::name, ParsedMail.Attachment::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cahier.pdf", "application/pdf"),
                        org.assertj.core.groups.Tuple.tuple("install.exe", "application/x-msdownload"));
        assertThat(mail.attachments().get(0).toString()).startsWith("cahier.pdf (application/pdf, ");
    }

    @Test
    void survives_malformed_headers_invalid_charsets_and_bad_base64() {
        ParsedMail mail = parser.parse(Fixtures.resource("malformed.eml"));

        assertThat(mail.body()).contains("Café question: do we need a CLA?");
        assertThat(mail.messageId()).isEmpty();
        assertThat(mail.platformId()).startsWith("sha256:");
        assertThat(mail.sentAt()).isNull();
    }

    @Test
    void falls_back_to_iso_8859_1_when_an_unknown_charset_hides_latin_bytes() {
        byte[] raw = ("From: a@b.example\r\nSubject: x\r\nContent-Type: text/plain; charset=\"no-such\"\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] body = "Ol\u00e1 c\u00f3digo".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[raw.length + body.length];
        System.arraycopy(raw, 0, all, 0, raw.length);
        System.arraycopy(body, 0, all, raw.length, body.length);

        assertThat(parser.parse(all).body()).isEqualTo("Olá código");
    }

    @Test
    void garbage_bytes_still_give_a_parsed_mail() {
        byte[] garbage = new byte[5000];
        new java.util.Random(7).nextBytes(garbage);

        ParsedMail mail = parser.parse(garbage);

        assertThat(mail.platformId()).startsWith("sha256:");
        assertThat(mail.fromAddress()).isEmpty();
    }

    @Test
    void a_20_mb_message_is_read_in_bounded_time_with_its_text_capped() {
        byte[] raw = Fixtures.huge(20);

        ParsedMail mail = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parser.parse(raw));

        assertThat(mail.body()).startsWith("Is the EUPL compatible with the GPL?");
        assertThat(mail.body().length()).isLessThanOrEqualTo(EmailLimits.defaults().maxTextChars());
    }

    @Test
    void ten_thousand_parts_are_read_up_to_the_part_limit() {
        byte[] raw = Fixtures.manyParts(10_000);

        ParsedMail mail = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> parser.parse(raw));

        assertThat(mail.body()).startsWith("part 0");
        assertThat(mail.problems()).anyMatch(p -> p.contains("MIME parts"));
    }

    @Test
    void messages_nested_a_hundred_deep_are_read_to_the_depth_limit() {
        byte[] raw = Fixtures.nestedMessages(100);

        ParsedMail mail = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parser.parse(raw));

        assertThat(mail.fromAddress()).isEqualTo("level99@city.example");
        assertThat(mail.problems()).anyMatch(p -> p.contains("nested deeper"));
    }

    @Test
    void multiparts_nested_a_hundred_deep_do_not_crash() {
        byte[] raw = Fixtures.nestedMultiparts(100);

        ParsedMail mail = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parser.parse(raw));

        assertThat(mail.problems()).anyMatch(p -> p.contains("nested deeper"));
        assertThat(parser.parse(Fixtures.nestedMultiparts(5)).body()).isEqualTo("deep text");
    }

    @Test
    void a_forward_without_text_of_its_own_is_read_from_the_attached_message() {
        assertThat(parser.parse(Fixtures.nestedMessages(1)).body()).isEqualTo("the innermost text");
    }

    @Test
    void the_same_message_with_different_trace_headers_has_the_same_fallback_id() {
        String body = "From: a@b.example\r\nSubject: s\r\nDate: Tue, 24 Nov 2026 10:00:00 +0000\r\n\r\nhello\r\n";
        ParsedMail once = parser.parse(("Received: from x\r\n" + body).getBytes(StandardCharsets.UTF_8));
        ParsedMail twice = parser.parse(("Received: from y\r\nDelivered-To: z\r\n" + body).getBytes(StandardCharsets.UTF_8));

        assertThat(once.platformId()).isEqualTo(twice.platformId()).startsWith("sha256:");
    }
}
