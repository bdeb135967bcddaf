package org.osee.connectors.email;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Subject lines: reply prefixes, whether a subject says anything about the question, and the reply's subject. */
final class Subjects {
    private static final Pattern REPLY_PREFIX = Pattern.compile(
            "(?iu)^\\s*(re|aw|sv|antw|réf|ref|rif|r|res|resp)\\s*(\\[\\d+\\]|\\(\\d+\\))?\\s*:\\s*");
    private static final Pattern FORWARD_PREFIX = Pattern.compile(
            "(?iu)^\\s*(fwd?|tr|wg|rv|enc|fw)\\s*(\\[\\d+\\])?\\s*:\\s*");
    private static final Set<String> UNINFORMATIVE = Set.of("", "question", "questions", "a question", "help",
            "hello", "hi", "hey", "query", "info", "information", "request", "urgent", "no subject", "(no subject)",
            "untitled", "test", "demande", "une question", "bonjour", "aide", "sans objet", "(sans objet)", "pregunta",
            "consulta", "hola", "ayuda", "sin asunto", "(sin asunto)", "pergunta", "olá", "ola", "ajuda",
            "sem assunto", "(sem assunto)", "dúvida", "duvida", "duda");

    private Subjects() {
    }

    /** The subject without any chain of reply or forward prefixes ("Re: Fwd: RE: x" becomes "x"). */
    static String bare(String subject) {
        String current = subject == null ? "" : subject.strip();
        while (true) {
            String next = FORWARD_PREFIX.matcher(REPLY_PREFIX.matcher(current).replaceFirst("")).replaceFirst("");
            if (next.equals(current)) {
                return current;
            }
            current = next.strip();
        }
    }

    /** True when the subject is a reply's ("Re: ..."): the question is then in the body, not in the subject. */
    static boolean isReply(String subject) {
        return subject != null && REPLY_PREFIX.matcher(subject).find();
    }

    /** True when the subject adds something to the question: not empty, not "question", not a reply's. */
    static boolean informative(String subject) {
        if (isReply(subject)) {
            return false;
        }
        String bare = bare(subject).toLowerCase(Locale.ROOT).replaceAll("[\\s?!.:]+$", "").strip();
        return !UNINFORMATIVE.contains(bare) && bare.chars().anyMatch(Character::isLetter);
    }

    /** The subject of a reply: "Re: " once, whatever prefixes the original had. */
    static String reply(String original, String fallback) {
        String bare = bare(original);
        return "Re: " + (bare.isEmpty() ? fallback : bare);
    }

    /** The question an email asks: its informative subject, then its new text. */
    static String question(String subject, String newText) {
        String body = newText == null ? "" : newText.strip();
        if (!informative(subject)) {
            return body;
        }
        String bare = bare(subject).strip();
        if (body.toLowerCase(Locale.ROOT).startsWith(bare.toLowerCase(Locale.ROOT))) {
            return body;
        }
        return body.isEmpty() ? bare : bare + "\n\n" + body;
    }
}
