package org.osee.connectors.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteStripperTest {
    @Test
    void strips_an_english_quote_header_and_quoted_lines() {
        String body = "Thanks, and can we use the EUPL?\n\nOn Tue, 24 Nov 2026 at 10:00, OSEE Assistant <opensource@gov.example> wrote:\n> The MIT licence...\n> [1] Licences";

        assertThat(QuoteStripper.strip(body)).isEqualTo("Thanks, and can we use the EUPL?");
    }

    @Test
    void strips_an_english_quote_header_wrapped_over_two_lines() {
        String body = "Follow-up question here.\n\nOn Tue, 24 Nov 2026 at 10:00, OSEE Assistant <\nopensource@gov.example> wrote:\n\nold text";

        assertThat(QuoteStripper.strip(body)).isEqualTo("Follow-up question here.");
    }

    @Test
    void strips_a_french_quote_header() {
        String body = "Merci, et pour les marchés publics ?\n\nLe mar. 24 nov. 2026 à 10:00, Assistant <opensource@gov.example> a écrit :\n> texte cité";

        assertThat(QuoteStripper.strip(body)).isEqualTo("Merci, et pour les marchés publics ?");
    }

    @Test
    void strips_a_spanish_quote_header() {
        String body = "¿Y para la contratación pública?\n\nEl mar, 24 nov 2026 a las 10:00, Asistente (<opensource@gov.example>) escribió:\n> texto";

        assertThat(QuoteStripper.strip(body)).isEqualTo("¿Y para la contratación pública?");
    }

    @Test
    void strips_a_portuguese_quote_header() {
        String body = "E para contratação pública?\n\nEm ter., 24 de nov. de 2026 às 10:00, Assistente <opensource@gov.example> escreveu:\n> texto";

        assertThat(QuoteStripper.strip(body)).isEqualTo("E para contratação pública?");
    }

    @Test
    void strips_outlook_original_message_blocks() {
        String body = "See below, any update?\n\n-----Original Message-----\nFrom: OSEE Assistant\nSent: Tuesday\nSubject: Re: x\n\nold";

        assertThat(QuoteStripper.strip(body)).isEqualTo("See below, any update?");
    }

    @Test
    void strips_outlook_from_sent_blocks_in_other_languages() {
        String en = "New question.\n\n________________________________\nFrom: OSEE Assistant <opensource@gov.example>\nSent: Tuesday, November 24, 2026 10:00\nTo: Me\n\nold";
        String fr = "Nouvelle question.\n\nDe : OSEE Assistant <opensource@gov.example>\nEnvoyé : mardi 24 novembre 2026 10:00\nÀ : Moi\n\nancien";

        assertThat(QuoteStripper.strip(en)).isEqualTo("New question.");
        assertThat(QuoteStripper.strip(fr)).isEqualTo("Nouvelle question.");
    }

    @Test
    void cuts_at_the_signature_delimiter_and_phone_footers() {
        assertThat(QuoteStripper.strip("Question?\n\nBest,\nAna\n-- \nAna Lopez\nCity hall")).isEqualTo("Question?\n\nBest,\nAna");
        assertThat(QuoteStripper.strip("Question?\n\nSent from my iPhone")).isEqualTo("Question?");
    }

    @Test
    void keeps_the_quoted_text_when_nothing_else_is_left() {
        assertThat(QuoteStripper.strip("-- \nonly a signature")).isEqualTo("--\nonly a signature");
    }

    @Test
    void does_not_cut_ordinary_sentences_mentioning_writing() {
        String body = "My colleague wrote a policy.\nWho wrote the GPL?";

        assertThat(QuoteStripper.strip(body)).isEqualTo(body);
    }
}
