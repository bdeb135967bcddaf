package org.osee.connectors.telegram;

import java.util.Locale;
import java.util.Map;

/**
 * The connector's own words in the languages the assistant answers in (en, fr, es, pt), English otherwise.
 *
 * @param welcome    the reply to /start: what the assistant can and cannot do
 * @param askForText the reply to a message without text (a sticker, a photo without caption, a voice note)
 * @param flood      the one notice a chat gets when it sends faster than it is answered
 * @param sources    the heading of the numbered sources
 * @param helpful    the button for "this helped"
 * @param notHelpful the button for "this did not help"
 * @param person     the button that asks for a member of staff
 * @param thanks     the short toast shown after a button press
 * @param commands   descriptions of /ask, /help, /human for the command menu
 */
record TelegramTexts(String welcome, String askForText, String flood, String sources, String helpful,
                     String notHelpful, String person, String thanks, Map<String, String> commands) {
    private static final Map<String, TelegramTexts> BY_LANGUAGE = Map.of(
            "en", new TelegramTexts(
                    "Hello! I am an automated assistant. I answer questions about adopting open-source software in"
                            + " public services (open-source programme offices, licences, procurement, security of"
                            + " dependencies, community, digital public goods) from the organisation's own documents,"
                            + " and I cite them.\n\nI cannot give legal advice, see your files or act for you, and I"
                            + " only know what those documents say. Type /human at any time to reach a member of"
                            + " staff. In groups, mention me or reply to my messages.",
                    "I can only read text. Please type your question as a message.",
                    "You are sending messages faster than I can answer. I will answer what I have; please wait for"
                            + " my reply before sending more.",
                    "Sources", "👍 Helpful", "👎 Not helpful", "🙋 Talk to a person", "Thank you for your feedback.",
                    Map.of("ask", "Ask a question", "help", "How to use this assistant",
                            "human", "Talk to a member of staff")),
            "fr", new TelegramTexts(
                    "Bonjour ! Je suis un assistant automatique. Je réponds aux questions sur l'adoption des logiciels"
                            + " libres dans les services publics (bureau des logiciels libres, licences, achats,"
                            + " sécurité des dépendances, communauté, biens publics numériques) à partir des documents"
                            + " de l'organisation, que je cite.\n\nJe ne donne pas d'avis juridique, je n'ai pas accès"
                            + " à vos dossiers et je ne connais que ce que disent ces documents. Tapez /human à tout"
                            + " moment pour joindre un membre de l'équipe. Dans un groupe, mentionnez-moi ou répondez"
                            + " à mes messages.",
                    "Je ne sais lire que du texte. Merci d'écrire votre question dans un message.",
                    "Vous envoyez des messages plus vite que je ne peux répondre. Je réponds à ceux que j'ai reçus ;"
                            + " merci d'attendre ma réponse avant d'en envoyer d'autres.",
                    "Sources", "👍 Utile", "👎 Pas utile", "🙋 Parler à une personne", "Merci pour votre avis.",
                    Map.of("ask", "Poser une question", "help", "Comment utiliser l'assistant",
                            "human", "Parler à un membre de l'équipe")),
            "es", new TelegramTexts(
                    "¡Hola! Soy un asistente automático. Respondo preguntas sobre la adopción de software de código"
                            + " abierto en los servicios públicos (oficinas de código abierto, licencias, compras,"
                            + " seguridad de las dependencias, comunidad, bienes públicos digitales) a partir de los"
                            + " documentos de la organización, y los cito.\n\nNo doy asesoría jurídica, no veo sus"
                            + " expedientes y solo sé lo que dicen esos documentos. Escriba /human en cualquier"
                            + " momento para hablar con una persona del equipo. En un grupo, mencióneme o responda a"
                            + " mis mensajes.",
                    "Solo puedo leer texto. Escriba su pregunta en un mensaje, por favor.",
                    "Está enviando mensajes más rápido de lo que puedo responder. Responderé a los que tengo; espere"
                            + " mi respuesta antes de enviar más, por favor.",
                    "Fuentes", "👍 Útil", "👎 No útil", "🙋 Hablar con una persona", "Gracias por su opinión.",
                    Map.of("ask", "Hacer una pregunta", "help", "Cómo usar el asistente",
                            "human", "Hablar con una persona del equipo")),
            "pt", new TelegramTexts(
                    "Olá! Sou um assistente automático. Respondo a perguntas sobre a adoção de software de código"
                            + " aberto nos serviços públicos (gabinetes de código aberto, licenças, compras, segurança"
                            + " das dependências, comunidade, bens públicos digitais) a partir dos documentos da"
                            + " organização, que cito.\n\nNão dou aconselhamento jurídico, não vejo os seus processos"
                            + " e só sei o que esses documentos dizem. Escreva /human a qualquer momento para falar"
                            + " com uma pessoa da equipa. Num grupo, mencione-me ou responda às minhas mensagens.",
                    "Só consigo ler texto. Escreva a sua pergunta numa mensagem, por favor.",
                    "Está a enviar mensagens mais depressa do que consigo responder. Respondo às que tenho; aguarde a"
                            + " minha resposta antes de enviar mais, por favor.",
                    "Fontes", "👍 Útil", "👎 Não ajudou", "🙋 Falar com uma pessoa", "Obrigado pela sua opinião.",
                    Map.of("ask", "Fazer uma pergunta", "help", "Como usar o assistente",
                            "human", "Falar com uma pessoa da equipa")));

    /** The texts for an ISO 639-1 code ("fr", "pt-BR"...), English when the language is not one of ours. */
    static TelegramTexts of(String language) {
        String code = language == null || language.length() < 2 ? "en"
                : language.substring(0, 2).toLowerCase(Locale.ROOT);
        return BY_LANGUAGE.getOrDefault(code, BY_LANGUAGE.get("en"));
    }

    /** The languages with their own texts, for the per-language command menus. */
    static Iterable<String> languages() {
        return BY_LANGUAGE.keySet();
    }
}
