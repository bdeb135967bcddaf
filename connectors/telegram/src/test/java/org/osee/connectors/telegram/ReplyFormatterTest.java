package org.osee.connectors.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osee.bot.domain.Author;
import org.osee.bot.domain.Citation;
import org.osee.bot.domain.Decision;
import org.osee.bot.domain.InboundMessage;
import org.osee.bot.domain.OutboundMessage;

class ReplyFormatterTest {
    private static OutboundMessage answer(String text, List<Citation> citations, Map<String, String> meta,
                                          String language) {
        InboundMessage question = new InboundMessage("telegram", "msg:42:1", "42", "42", "Ana", "q", language, null,
                meta);
        return new OutboundMessage(7, "telegram", "c1", "42", "42", Author.BOT, text, citations, Decision.ANSWER,
                language, question);
    }

    private static final Citation LICENCES = new Citation("licences.md", "Licences & <terms>", "Choosing",
            "https://osee.example/licences?a=1&b=2");

    @Test
    void escapes_everything_from_people_and_documents_and_numbers_the_sources_as_links() {
        String hostile = "<b>bold?</b> R&D > 2 && a<b *_[]()~`>#+-=|{}.! &amp; &#60;";
        List<ReplyFormatter.Part> parts = ReplyFormatter.format(answer(hostile, List.of(LICENCES, new Citation(
                "x.md", "No link", "", null)), Map.of(), "en"));

        assertThat(parts).hasSize(1);
        String html = parts.get(0).html();
        assertThat(TelegramHtml.parse(html)).startsWith(hostile)
                .contains("Sources\n1. Licences & <terms> — Choosing\n2. No link");
        assertThat(html).contains("<a href=\"https://osee.example/licences?a=1&amp;b=2\">")
                .contains("<b>Sources</b>");
        assertThat(parts.get(0).keyboard()).isTrue();
    }

    @Test
    void splits_a_long_answer_on_paragraph_boundaries_within_4096_characters_with_the_keyboard_last() {
        String paragraph = "Open source & <public> services. ".repeat(70).strip(); // about 2,300 characters
        String text = String.join("\n\n", paragraph + " one", paragraph + " two", paragraph + " three");
        List<ReplyFormatter.Part> parts = ReplyFormatter.format(answer(text, List.of(LICENCES), Map.of(), "en"));

        assertThat(parts).hasSizeGreaterThanOrEqualTo(2);
        for (ReplyFormatter.Part part : parts) {
            assertThat(TelegramHtml.parse(part.html()).length()).isLessThanOrEqualTo(4096);
        }
        assertThat(TelegramHtml.parse(parts.get(0).html())).endsWith(" one");
        assertThat(parts).extracting(ReplyFormatter.Part::keyboard).containsOnlyOnce(true).last().isEqualTo(true);
        String all = String.join("\n\n", parts.stream().map(p -> TelegramHtml.parse(p.html())).toList());
        assertThat(all).startsWith(text).contains("1. Licences");
    }

    @Test
    void cuts_a_single_paragraph_without_breaks_and_keeps_surrogate_pairs_whole() {
        String text = "😀".repeat(3000); // 6,000 UTF-16 units, no spaces
        List<ReplyFormatter.Part> parts = ReplyFormatter.format(answer(text, List.of(), Map.of(), "en"));
        assertThat(parts).hasSize(2);
        assertThat(parts).allSatisfy(p -> assertThat(TelegramHtml.parse(p.html()).length()).isLessThanOrEqualTo(4096));
        assertThat(parts.get(0).html() + parts.get(1).html()).isEqualTo(text);
        assertThat(parts.get(1).keyboard()).isFalse(); // no sources, no feedback buttons
    }

    @Test
    void answers_start_with_the_welcome_and_textless_messages_with_a_request_for_text_in_the_users_language() {
        assertThat(ReplyFormatter.format(answer("help text", List.of(), Map.of("command", "start"), "fr")).get(0)
                .html()).startsWith("Bonjour").contains("/human");
        assertThat(ReplyFormatter.format(answer("help text", List.of(), Map.of("content", "none"), "es")).get(0)
                .html()).contains("Solo puedo leer texto");
        assertThat(ReplyFormatter.format(answer("help text", List.of(), Map.of("notice", "flood"), "en")).get(0)
                .html()).contains("faster than I can answer");
        assertThat(ReplyFormatter.format(answer("help text", List.of(), Map.of(), "xx")).get(0).html())
                .isEqualTo("help text");
    }
}
