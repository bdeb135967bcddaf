package org.osee.bot.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a message asks, found the way a reader would find it in an email: the greeting, the sign-off and the
 * signature (name, job title, contact lines) removed; a one-line subject at the top set apart; the interrogative
 * sentences picked out of the paragraph of context. Works the same in English, French, Spanish and Portuguese and
 * never names a question of any set: only the shape of messages.
 *
 * @param subject  a short first line set apart from the body by a blank line (as the email connector passes an
 *                 informative subject), or empty
 * @param body     the message without greeting, sign-off, signature and subject
 * @param question the interrogative sentences of the body (the whole body when it has none)
 */
public record QuestionFocus(String subject, String body, String question) {
    private static final int SUBJECT_MAX_WORDS = 14;
    private static final int SIGNATURE_MAX_WORDS = 9;
    private static final int GREETING_MAX_WORDS = 6;

    private static final Pattern GREETING = Pattern.compile("^(hi|hello|hey|hiya|dear|greetings|good (morning|afternoon"
            + "|evening|day)|bonjour|bonsoir|salut|cher|chere|madame|monsieur|hola|buen(o|a)s( dias| tardes| noches)?"
            + "|estimad[oa]s?|querid[oa]s?|ola|oi|bom dia|boa (tarde|noite)|prezad[oa]s?|car[oa]s?)\\b");
    /** A greeting at the start of a line that goes on with the question: "Hi team, how do I...". */
    private static final Pattern LEADING_GREETING = Pattern.compile("^(?i)(hi|hello|hey|dear|bonjour|bonsoir|salut|hola"
            + "|buen[oa]s (d[ií]as|tardes)|ol[áa]|oi|bom dia|boa tarde)\\b[^,!:.?\\n]{0,40}[,!:]\\s+");
    private static final Pattern SIGN_OFF = Pattern.compile("^(best|best regards|kind regards|warm regards|regards"
            + "|many thanks|thanks( (a lot|so much|in advance|again|very much))?|thank you( (very much|in advance|again))?"
            + "|cheers|sincerely|yours( sincerely| truly| faithfully)?|all the best|take care|cordialement|bien cordialement"
            + "|salutations|sinceres salutations|meilleures salutations|merci( beaucoup| d avance| par avance)?|bien a vous"
            + "|a bientot|saludos( cordiales)?|un saludo( cordial)?|atentamente|cordialmente|muchas gracias|gracias"
            + "( de antemano| por adelantado)?|abrazos|atenciosamente|cumprimentos|obrigad[oa]( desde ja)?"
            + "|muito obrigad[oa]|abracos|um abraco|grato|grata)$");
    private static final Pattern CONTACT = Pattern.compile("(?i)(@[\\w-]+\\.|https?://|www\\.|\\+?\\d[\\d ().-]{6,}\\d"
            + "|^(tel|phone|mobile|t|m|e|email|courriel|tél|tfno|telefone)\\s*[.:])");
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}¿¡\"'«“(\\d])|\\n+");
    private static final Pattern INTERROGATIVE_START = Pattern.compile("^[¿¡\"'«“(]*(how|what|which|who|whom|whose"
            + "|where|when|why|can|could|should|shall|would|will|do|does|did|is|are|was|were|may|must|have|has"
            + "|comment|quel|quelle|quels|quelles|pourquoi|ou|qui|quand|combien|est ce|puis je|peut on|peut il|dois je"
            + "|doit on|faut il|y a t il|avons nous|sommes nous|como|que|cual|cuales|quien|quienes|donde|cuando"
            + "|por que|cuanto|cuantos|puedo|podemos|debo|debemos|hay|es necesario|qual|quais|quem|onde|quanto"
            + "|posso|devo|devemos|existe|e necessario|e possivel)\\b");
    private static final Pattern ASKING = Pattern.compile("\\b(i would like to know|i d like to know|i m wondering"
            + "|i am wondering|wondering (whether|if)|i want to know|could you (tell|explain|clarify|confirm)|please"
            + " (tell|explain|clarify|confirm|advise)|any (advice|guidance|pointers)|je voudrais savoir|j aimerais savoir"
            + "|je me demande|pourriez vous|pouvez vous|merci de (me )?(dire|preciser|confirmer)|quisiera saber"
            + "|me gustaria saber|quiero saber|podrian|podria (decirme|explicarme|aclarar)|gostaria de saber"
            + "|quero saber|poderiam|poderia (dizer|explicar|esclarecer)|me pergunto)\\b");

    public QuestionFocus {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(question, "question");
    }

    /** The focus of a message (control characters already removed). */
    public static QuestionFocus of(String message) {
        String text = message == null ? "" : message.strip();
        List<String> lines = new ArrayList<>(List.of(text.split("\\R", -1)));
        String subject = takeSubject(lines);
        dropGreeting(lines);
        dropSignOff(lines);
        dropSignature(lines);
        String body = String.join("\n", lines).strip();
        body = LEADING_GREETING.matcher(body).replaceFirst("");
        if (body.isEmpty() && !subject.isEmpty()) {
            return new QuestionFocus("", subject, subject);
        }
        return new QuestionFocus(subject, body, interrogative(body));
    }

    /**
     * The text to retrieve on: the question first, then the body's context, then the subject's words that the body
     * does not already use. The question thus weighs more than the context, and the subject less than the body.
     */
    public String query() {
        StringBuilder out = new StringBuilder(question);
        if (!body.equals(question)) {
            out.append('\n').append(body);
        }
        String extra = subjectExtra();
        if (!extra.isEmpty()) {
            out.append('\n').append(extra);
        }
        return out.toString().strip();
    }

    /**
     * The question; when it says little by itself ("What should we do about it?"), with the subject's new words, and
     * when those are not enough either, with the rest of the body it leans on.
     */
    public String decisive(int minContentWords) {
        if (Terms.contentWordCount(question) >= minContentWords) {
            return question;
        }
        String withSubject = subject.isEmpty() ? question : (question + "\n" + subjectExtra()).strip();
        if (Terms.contentWordCount(withSubject) >= minContentWords || body.equals(question)) {
            return withSubject;
        }
        return (body + (withSubject.equals(question) ? "" : "\n" + subjectExtra())).strip();
    }

    private String subjectExtra() {
        if (subject.isEmpty()) {
            return "";
        }
        Set<String> known = new LinkedHashSet<>(Terms.tokens(body));
        List<String> extra = Terms.tokens(subject).stream().filter(t -> !known.contains(t)).toList();
        return String.join(" ", extra);
    }

    private static String takeSubject(List<String> lines) {
        if (lines.size() < 3 || !lines.get(1).isBlank()) {
            return "";
        }
        String first = lines.get(0).strip();
        int words = Terms.tokens(first).size();
        boolean rest = lines.subList(2, lines.size()).stream().anyMatch(l -> !l.isBlank());
        if (words == 0 || words > SUBJECT_MAX_WORDS || !rest || first.matches(".*[.!?:,;]$")
                || isGreeting(first)) {
            return "";
        }
        lines.remove(0);
        return first;
    }

    private static void dropGreeting(List<String> lines) {
        trimBlank(lines);
        if (!lines.isEmpty() && isGreeting(lines.get(0).strip())) {
            lines.remove(0);
        }
        trimBlank(lines);
    }

    private static boolean isGreeting(String line) {
        String flat = MessageSignals.flat(line);
        return Terms.tokens(line).size() <= GREETING_MAX_WORDS && GREETING.matcher(flat).find()
                && !line.contains("?") && (line.matches(".*[,!:]\\s*$") || Terms.tokens(line).size() <= 3);
    }

    /** Cuts at the last sign-off line ("Best regards,", "Cordialement", "Un saludo") and everything after it. */
    private static void dropSignOff(List<String> lines) {
        for (int i = lines.size() - 1; i >= 1; i--) {
            String line = lines.get(i).strip();
            if (line.equals("--") || line.equals("-- ") || SIGN_OFF.matcher(MessageSignals.flat(line)).matches()
                    && line.length() <= 40 && !line.contains("?")) {
                lines.subList(i, lines.size()).clear();
                trimBlank(lines);
                return;
            }
        }
    }

    /** Drops trailing lines that read as a name, a job title or contact details, never the only content. */
    private static void dropSignature(List<String> lines) {
        trimBlank(lines);
        while (lines.size() > 1 && isSignatureLine(lines.get(lines.size() - 1).strip())) {
            lines.remove(lines.size() - 1);
            trimBlank(lines);
        }
    }

    private static boolean isSignatureLine(String line) {
        if (line.isEmpty()) {
            return true;
        }
        if (CONTACT.matcher(line).find() && Terms.tokens(line).size() <= SIGNATURE_MAX_WORDS) {
            return true;
        }
        int words = Terms.tokens(line).size();
        return words <= SIGNATURE_MAX_WORDS && !line.matches(".*[.?!:;]$") && Character.isUpperCase(line.charAt(0))
                && !INTERROGATIVE_START.matcher(MessageSignals.flat(line)).find()
                && !line.contains("?");
    }

    private static void trimBlank(List<String> lines) {
        while (!lines.isEmpty() && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
    }

    /** The sentences that ask: ending in "?", opening like a question, or saying what the writer wants to know. */
    static String interrogative(String body) {
        List<String> asks = new ArrayList<>();
        for (String sentence : SENTENCE.split(body)) {
            String s = sentence.strip();
            if (s.isEmpty()) {
                continue;
            }
            String flat = MessageSignals.flat(s);
            if (s.endsWith("?") || s.startsWith("¿") || ASKING.matcher(flat).find()
                    || INTERROGATIVE_START.matcher(flat).find() && !s.endsWith(".")) {
                asks.add(s);
            }
        }
        String joined = String.join(" ", asks).strip();
        return joined.isEmpty() ? body : joined;
    }
}
