package org.osee.bot.answer.eval;

import java.util.List;
import java.util.Map;
import org.osee.bot.answer.Terms;

/**
 * Wraps an evaluation question the way people send it by email, as the email connector hands it to the assistant:
 * an informative subject made of the question's first words, a blank line, a greeting, the question, a sign-off,
 * a name and a job title. The wording is picked from the question's language and id, so a run is repeatable.
 */
public final class EmailWrap {
    private static final int SUBJECT_WORDS = 6;
    private static final Map<String, List<String>> GREETINGS = Map.of(
            "en", List.of("Hello,", "Hi team,", "Dear colleagues,", "Good morning,"),
            "fr", List.of("Bonjour,", "Bonjour à tous,", "Madame, Monsieur,", "Bonjour l'équipe,"),
            "es", List.of("Hola,", "Buenos días,", "Estimados colegas:", "Hola equipo,"),
            "pt", List.of("Olá,", "Bom dia,", "Prezados,", "Oi, pessoal,"));
    private static final Map<String, List<String>> SIGN_OFFS = Map.of(
            "en", List.of("Best regards,", "Thanks in advance,", "Kind regards,", "Many thanks,"),
            "fr", List.of("Cordialement,", "Merci d'avance,", "Bien cordialement,", "Merci beaucoup,"),
            "es", List.of("Saludos cordiales,", "Muchas gracias,", "Un saludo,", "Atentamente,"),
            "pt", List.of("Atenciosamente,", "Obrigada desde já,", "Cumprimentos,", "Abraços,"));
    private static final List<String> NAMES = List.of("Alice Martin", "Rahul Desai", "María José Ortega",
            "Jean-Pierre Lefèvre", "Ana Beatriz Souza", "Tom O'Neill");
    private static final Map<String, List<String>> TITLES = Map.of(
            "en", List.of("Senior Policy Analyst, Digital Services Branch", "IT Project Manager",
                    "Head of Procurement, Ministry of Health"),
            "fr", List.of("Chargée de mission numérique, Direction des systèmes d'information", "Chef de projet SI",
                    "Responsable des achats, Ministère de la Santé"),
            "es", List.of("Jefa de Proyecto TIC, Ayuntamiento de Valencia", "Analista de Políticas Digitales",
                    "Responsable de Compras Públicas"),
            "pt", List.of("Gerente de Projetos de TI, Prefeitura de Campinas", "Analista de Políticas Digitais",
                    "Coordenadora de Compras Públicas"));

    private EmailWrap() {
    }

    /** The question as an email: subject, greeting, question, sign-off, name and job title. */
    public static String wrap(String id, String question, String language) {
        String lang = GREETINGS.containsKey(language) ? language : "en";
        int seed = Math.abs(id.hashCode());
        return subject(question) + "\n\n" + pick(GREETINGS.get(lang), seed) + "\n\n" + question.strip() + "\n\n"
                + pick(SIGN_OFFS.get(lang), seed / 3) + "\n" + pick(NAMES, seed / 7) + "\n"
                + pick(TITLES.get(lang), seed / 11);
    }

    /** The question's first words, without punctuation, as people write a subject. */
    static String subject(String question) {
        List<String> words = List.of(question.strip().split("\\s+"));
        String first = String.join(" ", words.subList(0, Math.min(SUBJECT_WORDS, words.size())));
        String cleaned = first.replaceAll("[\\p{P}&&[^'’-]]+$", "").replaceAll("^[¿¡]", "").strip();
        return Terms.tokens(cleaned).isEmpty() ? "Question" : cleaned;
    }

    private static String pick(List<String> options, int seed) {
        return options.get(Math.floorMod(seed, options.size()));
    }
}
