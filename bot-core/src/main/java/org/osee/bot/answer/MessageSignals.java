package org.osee.bot.answer;

import java.util.regex.Pattern;

/**
 * Recognises what a message is besides a question, in English, French, Spanish and Portuguese:
 * small talk, a request for a person, a sensitive topic, negative feedback, or a follow-up that
 * leans on the previous question. Patterns run on folded text (lower case, no accents) and are
 * deliberately small and general.
 */
public final class MessageSignals {
    /** What kind of small talk a message is, if any. */
    public enum SmallTalk { NONE, GREETING, THANKS, HELP }

    private static final Pattern GREETING = words(
            "hi", "hello", "hey", "hiya", "howdy", "greetings", "good (morning|afternoon|evening|day)",
            "how are you( doing)?", "bonjour", "bonsoir", "salut", "coucou", "comment (ca va|allez vous)",
            "ca va", "hola", "buen(o|a)s? (dias|tardes|noches)", "buenas", "que tal", "como estas?", "ola", "oi",
            "bom dia", "boa (tarde|noite)", "tudo bem");
    private static final Pattern FILLER = words(
            "everyone", "all", "team", "bot", "assistant", "again", "a lot", "very much", "tout le monde", "todos");
    private static final Pattern THANKS = words(
            "thanks?( you)?( (so|very) much| a lot)?", "thx", "ty", "cheers", "great", "perfect", "awesome",
            "ok(ay)?", "got it", "merci( beaucoup| bien)?", "parfait", "super", "genial", "d accord",
            "(muchas )?gracias", "perfecto", "vale", "(muito )?obrigad(o|a)", "otimo", "perfeito", "valeu",
            "(that|this|it)( s| has| really)? (solved|solves|fixed|fixes|answers|answered|helps|helped|works|worked"
                    + "|clarifies|clarified)( it| that| my (question|problem)| everything| things up)?",
            "(problem|issue) solved", "all (good|set|clear)", "much appreciated", "appreciated", "good to know",
            "ca (m a (bien )?aide|m aide|marche|fonctionne|repond a ma question)", "c est (regle|resolu|clair|note)",
            "(probleme|question) (reglee?|resolue?)", "tres utile", "ca m eclaire",
            "(eso|esto)( me)? (ayudo|ayuda|sirvio|sirve|funciona|funciono|resolvio|resuelve|aclara)",
            "(me )?(ha )?servido", "(me )?sirvio", "resuelto", "problema resuelto", "muy util",
            "isso( me)? (ajudou|ajuda|resolveu|resolve|funciona|funcionou|esclarece)", "(me )?ajudou",
            "resolvido", "problema resolvido", "muito util", "entendi", "entendido", "compris", "understood");
    private static final Pattern HELP = words(
            "/?help", "/start", "/aide", "aide(z moi)?", "/?ayuda", "/?ajuda", "menu", "what can you do",
            "who are you", "how does this work", "que (peux tu|pouvez vous) faire", "qui etes vous",
            "que puedes hacer", "quien eres", "o que (podes|pode|voce pode) fazer", "quem (es|e voce)");

    private static final Pattern PERSON = Pattern.compile(String.join("|",
            "(^|\\s)/(human|humain|humano|person|agent|staff)\\b",
            "^\\s*(a )?(human|humain|humano|humana|humano por favor|person|personne|persona|pessoa|staff)\\s*[.!]*\\s*$",
            "\\b(talk|speak|chat) (to|with) (a |an |some )?(someone|somebody|(real |actual )?person|human|staff"
                    + "|agent|member of staff|staff member|officer|advis[oe]r)\\b",
            "\\b(real|actual|live) (person|human)\\b", "\\bhuman (agent|being|please)\\b",
            "\\b(want|need|get me) (a|an) (human|person)\\s*[.!?]*$", "\\bcontact (a )?(human|person|staff)\\b",
            "\\bparler (a|avec) (quelqu ?un|une (vraie )?personne|un humain|un agent|un conseiller)",
            "\\b(je veux|je voudrais) (un humain|une personne)", "\\bune vraie personne\\b",
            "\\bhablar con (alguien|una persona|un humano|un agente)", "\\bquiero (un humano|una persona)",
            "\\bpersona real\\b", "\\bfalar com (alguem|uma pessoa|um humano|um atendente|um agente)",
            "\\bquero (um humano|uma pessoa)", "\\bpessoa real\\b"));

    private static final Pattern SENSITIVE = Pattern.compile(String.join("|",
            "\\bsuicid\\w*", "\\bkill (myself|me|you|him|her|them|everyone)\\b", "\\bself ?-?harm\\w*",
            "\\bend my life\\b", "\\bhurt (myself|someone|people)\\b", "\\bme (suicider|tuer)\\b",
            "\\bquitarme la vida\\b", "\\bmatarme\\b", "\\bme matar\\b", "\\bbomb(e|a|s)?\\b",
            "\\blawsuits?\\b", "\\b(sue|suing|sued)\\b", "\\blegal action\\b", "\\bpoursui\\w* en justice\\b",
            "\\bdemanda judicial\\b", "\\bprocesso judicial\\b", "\\baccion legal\\b"));

    private static final Pattern NEGATIVE = Pattern.compile(String.join("|",
            "\\b(that s|that is|this is|it s|its) (wrong|incorrect|not (right|helpful|useful|what i asked))\\b",
            "\\bwrong answer\\b", "\\b(not |un)helpful\\b", "\\bnot (useful|right|correct)\\b", "\\buseless\\b",
            "\\b(doesn t|didn t|does not|did not) (help|answer|work)\\b", "\\bnot what i asked\\b",
            "\\bc est (faux|inexact|inutile|pas (ca|utile|juste))\\b", "\\bpas utile\\b", "\\binutile\\b",
            "\\bmauvaise reponse\\b", "\\b(ne|n) (m )?(aide|repond) pas\\b",
            "\\b(es|esta) (incorrecto|mal|equivocado)\\b", "\\bno (me )?(sirve|ayuda|ayudo|responde)\\b",
            "\\brespuesta (incorrecta|equivocada)\\b", "\\binutil\\b", "\\b(esta|isso esta) errad[oa]\\b",
            "\\bresposta errada\\b", "\\bnao (me )?(ajuda|ajudou|responde|serve)\\b"));

    private static final Pattern FOLLOW_UP = Pattern.compile(
            "^(and|also|but|et|mais|aussi|pero|tambien|mas|tambem) \\S|^y (?!a )\\S|^e (?!mail)\\S"
                    + "|^(what|how) about\\b|^what if\\b|^same (for|with)\\b|^qu en est il\\b|^(et|mais) si\\b"
                    + "|^que (hay|pasa) (de|con)\\b|^(e|y) (quanto|que tal)\\b");

    /** Well-known prompt-injection moves, addressed to the assistant rather than asking about the documents. */
    private static final Pattern INJECTION = Pattern.compile(String.join("|",
            "\\b(ignore|disregard|forget|override|bypass) (all |any |the |your |these |those )*(previous |prior |above "
                    + "|earlier |preceding |system )*(instructions|rules|prompts?|guidelines|directions)\\b",
            "\\bsystem prompt\\b", "\\b(reveal|print|show|list|tell me) (me )?(your |the |all |every )*"
                    + "(instructions|rules|configuration|api keys?|passwords?|credentials|secrets)\\b",
            "\\byou are now\\b", "\\bfrom now on,? you\\b", "\\bpretend (to be|you are)\\b", "\\bjailbreak\\w*",
            "\\bdeveloper mode\\b", "\\bdo not (cite|escalate)\\b", "\\bdon t (cite|escalate)\\b",
            "\\bignore[rsz]? (les|toutes les) instructions\\b", "\\bignora[r]? (las|todas las) instrucciones\\b",
            "\\bignor[ae] (as|todas as) instrucoes\\b", "\\bprompt (du )?systeme\\b", "\\bprompt del sistema\\b",
            "\\bprompt do sistema\\b"));
    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?])\\s+|\\n+");

    private static final int FEEDBACK_MAX_TOKENS = 15;

    private MessageSignals() {
    }

    /** Small talk only when nothing else is said: "Hello, how do I publish code?" is a question. */
    public static SmallTalk smallTalk(String message) {
        String text = flat(message);
        if (text.isEmpty()) {
            return SmallTalk.NONE;
        }
        boolean help = HELP.matcher(text).find();
        boolean thanks = THANKS.matcher(text).find();
        boolean greeting = GREETING.matcher(text).find();
        String rest = text;
        for (Pattern pattern : new Pattern[] {HELP, THANKS, GREETING, FILLER}) {
            rest = pattern.matcher(rest).replaceAll(" ");
        }
        if (Terms.contentWordCount(rest) > 0) {
            return SmallTalk.NONE;
        }
        return help ? SmallTalk.HELP : thanks ? SmallTalk.THANKS : greeting ? SmallTalk.GREETING : SmallTalk.NONE;
    }

    /** "/human", "can I talk to someone", "je veux parler à quelqu'un", "quiero hablar con una persona"... */
    public static boolean asksForPerson(String message) {
        return PERSON.matcher(flat(message)).find();
    }

    /** Self-harm, threats of violence, legal disputes: matters for a person, not for the documents. */
    public static boolean isSensitive(String message) {
        return SENSITIVE.matcher(flat(message)).find();
    }

    /** A short message saying the previous answer was wrong or did not help. */
    public static boolean isNegativeFeedback(String message) {
        String text = flat(message);
        return Terms.tokens(text).size() <= FEEDBACK_MAX_TOKENS && NEGATIVE.matcher(text).find();
    }

    /** Starts like a follow-up: "and what about…", "et pour…", "¿y para…", "e quanto a…". */
    public static boolean opensLikeFollowUp(String message) {
        return FOLLOW_UP.matcher(flat(message)).find();
    }

    /** True when the message tries to instruct the assistant ("ignore previous instructions", "system prompt"...). */
    public static boolean looksLikeInjection(String message) {
        return INJECTION.matcher(flat(message)).find();
    }

    /** The message without its sentences that try to instruct the assistant. */
    public static String withoutInjection(String message) {
        StringBuilder out = new StringBuilder();
        for (String sentence : SENTENCES.split(message)) {
            if (!sentence.isBlank() && !looksLikeInjection(sentence)) {
                out.append(sentence.strip()).append(' ');
            }
        }
        return out.toString().strip();
    }

    /** Folded text with punctuation other than "/" turned into single spaces. */
    static String flat(String message) {
        return Terms.fold(message).replaceAll("[^\\p{L}\\p{N}/]+", " ").strip();
    }

    private static Pattern words(String... alternatives) {
        return Pattern.compile("(?<![\\p{L}\\p{N}/])(" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])");
    }
}
