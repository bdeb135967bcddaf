package org.osee.connectors.email;

import java.util.Map;

/**
 * The fixed words of a reply in the languages the assistant answers in (en, fr, es, pt), English otherwise.
 *
 * @param sources      the heading of the numbered sources
 * @param botFooter    the last line of an answer: how to reach a person
 * @param staffFooter  the last line of a staff reply
 * @param subject      the subject when the question's subject is unknown
 */
record ReplyTexts(String sources, String botFooter, String staffFooter, String subject) {
    private static final Map<String, ReplyTexts> BY_LANGUAGE = Map.of(
            "en", new ReplyTexts("Sources",
                    "This answer was written by an automated assistant. Reply with 'human' to reach a member of staff.",
                    "Reply to this email to continue the conversation.", "your question"),
            "fr", new ReplyTexts("Sources",
                    "Cette réponse a été rédigée par un assistant automatique. Répondez « humain » pour joindre"
                    + " un membre de l'équipe.",
                    "Répondez à ce message pour poursuivre la conversation.", "votre question"),
            "es", new ReplyTexts("Fuentes",
                    "Esta respuesta la ha escrito un asistente automático. Responda «humano» para hablar con una"
                    + " persona del equipo.",
                    "Responda a este correo para continuar la conversación.", "su pregunta"),
            "pt", new ReplyTexts("Fontes",
                    "Esta resposta foi escrita por um assistente automático. Responda «humano» para falar com uma"
                    + " pessoa da equipa.",
                    "Responda a este email para continuar a conversa.", "a sua pergunta"));

    /** The texts for an ISO 639-1 code ("fr", "pt-BR"...), English when the language is not one of ours. */
    static ReplyTexts of(String language) {
        String code = language == null || language.length() < 2 ? "en" : language.substring(0, 2).toLowerCase();
        return BY_LANGUAGE.getOrDefault(code, BY_LANGUAGE.get("en"));
    }
}
