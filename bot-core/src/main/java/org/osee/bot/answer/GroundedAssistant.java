package org.osee.bot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.osee.bot.domain.ConversationSnapshot;
import org.osee.bot.domain.ConversationStatus;
import org.osee.bot.domain.Decision;
import org.osee.bot.domain.EscalationReason;
import org.osee.bot.domain.Reply;
import org.osee.bot.domain.RetrievedPassage;
import org.osee.bot.port.Assistant;
import org.osee.knowledge.CollectionName;
import org.osee.knowledge.Passage;
import org.osee.knowledge.Retriever;
import org.osee.knowledge.load.LanguageGuesser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The assistant that answers only from retrieved passages. In order: refuses oversized input;
 * acknowledges once, then stays silent, in escalated conversations; escalates requests for a
 * person, sensitive topics and repeated negative feedback; answers small talk; asks vague first
 * questions to say more; retrieves (joining follow-ups to the previous question); abstains and
 * offers a person when the best passage scores below the policy's threshold; otherwise composes
 * an answer with citations, in the user's language.
 */
public final class GroundedAssistant implements Assistant {
    private static final Logger LOG = LoggerFactory.getLogger(GroundedAssistant.class);
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]");
    private static final int DETECT_PREFIX = 2_000;
    private static final int SUPPORT_PASSAGES = 4;
    private static final int NAME_PASSAGES = 6;
    /** How many of the best documents are looked through for the sentence defining what a question asks about. */
    private static final int DEFINITION_DOCUMENTS = 5;
    private static final int SWITCH_LANGUAGE_TOKENS = 8;

    private final Retriever retriever;
    private final Composer composer;
    private final AnswerPolicy policy;
    private final LanguageGuesser languages;
    private final Consumer<Evidence> tracer;

    /**
     * @param retriever finds passages
     * @param composer  writes answers from passages: an {@link ExtractiveComposer}, or a
     *                  {@link GenerativeComposer} that falls back to one
     * @param policy    thresholds
     * @param languages language detection, shared
     */
    public GroundedAssistant(Retriever retriever, Composer composer, AnswerPolicy policy, LanguageGuesser languages) {
        this(retriever, composer, policy, languages, evidence -> { });
    }

    /**
     * As above, and {@code tracer} is told the evidence of every question that reaches the decision (for
     * calibrating the policy's thresholds).
     */
    public GroundedAssistant(Retriever retriever, Composer composer, AnswerPolicy policy, LanguageGuesser languages,
                             Consumer<Evidence> tracer) {
        this.retriever = Objects.requireNonNull(retriever, "retriever");
        this.composer = Objects.requireNonNull(composer, "composer");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.languages = Objects.requireNonNull(languages, "languages");
        this.tracer = Objects.requireNonNull(tracer, "tracer");
    }

    /** The default set-up: extractive answers and the tuned policy. */
    public GroundedAssistant(Retriever retriever) {
        this(retriever, new ExtractiveComposer(retriever::inEnglish), AnswerPolicy.defaults(), new LanguageGuesser());
    }

    @Override
    public Reply reply(ConversationSnapshot conversation, String message) {
        Objects.requireNonNull(conversation, "conversation");
        String raw = message == null ? "" : message;
        if (raw.length() > policy.maxMessageChars()) {
            String lang = languages.guess(clean(raw.substring(0, DETECT_PREFIX)), conversation.language());
            LOG.debug("conversation {}: message of {} chars refused", conversation.id(), raw.length());
            return say(Decision.CLARIFY, Phrases.get(Phrase.TOO_LONG, lang, policy.maxMessageChars()), lang, null);
        }
        QuestionFocus focus = QuestionFocus.of(clean(raw));
        String lang = language(focus.body(), conversation.language());
        Reply reply = decide(conversation, focus, lang);
        if (reply.decision() == Decision.ESCALATE && reply.escalationReason() != EscalationReason.ALREADY_ESCALATED) {
            LOG.info("conversation {}: escalated ({})", conversation.id(), reply.escalationReason());
        } else {
            LOG.debug("conversation {}: {} confidence {}", conversation.id(), reply.decision(), reply.confidence());
        }
        return reply;
    }

    private Reply decide(ConversationSnapshot conversation, QuestionFocus focus, String lang) {
        String text = focus.body();
        boolean thanks = !text.isBlank() && MessageSignals.smallTalk(text) == MessageSignals.SmallTalk.THANKS;
        if (thanks && (staffAnswered(conversation)
                || !History.previousQuestions(conversation.history(), 1).isEmpty())) {
            return closing(conversation, lang);
        }
        if (withStaff(conversation)) { // a new message for staff, acknowledged once
            return History.acknowledged(conversation.history())
                    ? new Reply(Decision.ESCALATE, "", 0, lang, List.of(), EscalationReason.ALREADY_ESCALATED, true)
                    : say(Decision.ESCALATE, Phrases.get(Phrase.ESCALATED_ACK, lang), lang,
                            EscalationReason.ALREADY_ESCALATED);
        }
        if (text.isBlank()) {
            return say(Decision.ANSWER, Phrases.get(Phrase.HELP, lang), lang, null);
        }
        if (MessageSignals.asksForPerson(text)) {
            return escalate(Phrase.ESCALATE_PERSON, lang, EscalationReason.ASKED_FOR_PERSON);
        }
        if (MessageSignals.isSensitive(text)) {
            return escalate(Phrase.ESCALATE_SENSITIVE, lang, EscalationReason.SENSITIVE_TOPIC);
        }
        if (MessageSignals.isNegativeFeedback(text)) {
            return History.negativeFeedback(conversation.history()) + 1 >= policy.negativeFeedbackLimit()
                    ? escalate(Phrase.ESCALATE_FEEDBACK, lang, EscalationReason.NEGATIVE_FEEDBACK)
                    : say(Decision.CLARIFY, Phrases.get(Phrase.FEEDBACK_SORRY, lang), lang, null);
        }
        switch (MessageSignals.smallTalk(text)) {
            case GREETING: return say(Decision.ANSWER, Phrases.get(Phrase.GREETING, lang), lang, null);
            case THANKS: return say(Decision.ANSWER, Phrases.get(Phrase.THANKS, lang), lang, null);
            case HELP: return say(Decision.ANSWER, Phrases.get(Phrase.HELP, lang), lang, null);
            default: return answer(conversation, focus, lang);
        }
    }

    private Reply answer(ConversationSnapshot conversation, QuestionFocus asked, String lang) {
        String message = asked.body();
        boolean injected = MessageSignals.looksLikeInjection(message);
        QuestionFocus focus = injected ? QuestionFocus.of(MessageSignals.withoutInjection(message)) : asked;
        String text = focus.decisive(policy.minContentWords());
        int words = Terms.contentWordCount(text);
        if (injected && words < policy.minContentWords()) {
            return decline(lang, 0);
        }
        List<String> earlier = History.previousQuestions(conversation.history(), policy.followUpHistoryTurns());
        boolean followUp = !earlier.isEmpty()
                && (MessageSignals.opensLikeFollowUp(text) || words <= policy.shortQuestionWords());
        if (!followUp && words < policy.minContentWords() && !Terms.namesAcronym(text)
                && Definitions.asked(text).isEmpty()) {
            return say(Decision.CLARIFY, Phrases.get(Phrase.CLARIFY, lang), lang, null);
        }
        // A follow-up is searched with the questions before it and its own words twice: they say what it asks, the
        // earlier ones what it is about ("And what about licences?" after questions on leading an OSPO); its answer
        // is composed for its own words, with the earlier questions as context.
        String query = followUp ? String.join("\n", earlier) + "\n" + text : text;
        String search = followUp ? query + "\n" + text : focus.query();
        List<Passage> passages = preferLanguage(retriever.retrieve(search, policy.retrieveTop(), lang), lang);
        double top = passages.stream().mapToDouble(Passage::score).max().orElse(0);
        List<CollectionName> named = passages.isEmpty() ? List.of() : retriever.collectionsNamed(search);
        Evidence evidence = evidence(text, query, followUp ? query : focus.body(), passages, top, lang, named);
        tracer.accept(evidence);
        List<RetrievedPassage> kept = kept(passages);
        if (!policy.grounded(evidence)) {
            return decline(lang, top).withRetrieved(kept);
        }
        String context = followUp ? query : search;
        String asking = followUp && words > 0 ? text : query;
        List<Passage> pool = withDefinitions(passages, Definitions.asked(asking, lang, retriever::inEnglish), lang);
        Composition composition = composer.compose(asking, context, lang, pool, named);
        if (composition.isEmpty()) {
            return decline(lang, top).withRetrieved(kept);
        }
        return new Reply(Decision.ANSWER, withLanguageNote(composition, lang), confidence(composition), lang,
                composition.citations(), null, false, false, kept);
    }

    /**
     * Whether the person's message is for staff: the conversation is escalated, or staff replied last and wait for
     * the person (the reply takes it back to escalated, so it reappears in the staff queue).
     */
    private static boolean withStaff(ConversationSnapshot conversation) {
        return conversation.status() == ConversationStatus.ESCALATED || staffAnswered(conversation);
    }

    /** Staff replied last and wait for the person: a thank-you now closes the conversation. */
    private static boolean staffAnswered(ConversationSnapshot conversation) {
        return conversation.status() == ConversationStatus.WAITING_FOR_USER
                && History.staffWroteLast(conversation.history());
    }

    /** The best passages as kept with the reply for staff: where each came from, its score, its first words. */
    private static List<RetrievedPassage> kept(List<Passage> passages) {
        return passages.stream().limit(RetrievedPassage.MAX_KEPT)
                .map(p -> new RetrievedPassage(p.source(), p.title(), p.section(), clamp(p.score()), p.text()))
                .toList();
    }

    /**
     * What the decision rests on: the best passage's score, whether the question names something no passage
     * mentions, and how much of the question the best excerpt covers: of its asking sentences, or of the whole
     * message when the best excerpt covers that more (an asking sentence that leans on the situation before it,
     * "Did other public bodies share notes on the things to check first?", says little on its own). When the
     * retriever searched with the question's machine translation into English, the translations are measured too
     * and the best cover counts: an answer quoted from an English document holds the translation's words, not the
     * question's. The same measures for every language and every length of question.
     */
    private Evidence evidence(String text, String query, String message, List<Passage> passages, double top,
                              String lang, List<CollectionName> named) {
        List<Passage> best = passages.subList(0, Math.min(NAME_PASSAGES, passages.size()));
        boolean missing = !Grounding.missingNames(text, best, retriever::documentText).isEmpty();
        List<Passage> supporting = passages.subList(0, Math.min(SUPPORT_PASSAGES, passages.size()));
        double support = 0;
        for (String asked : message.equals(query) ? List.of(query) : List.of(query, message)) {
            support = Math.max(support, ExtractiveComposer.support(asked, supporting, named));
            String english = retriever.inEnglish(asked, lang);
            if (english != null) {
                support = Math.max(support, ExtractiveComposer.support(english, supporting, named));
            }
        }
        return new Evidence(top, missing, support);
    }

    /**
     * For a question asking what something is when no passage in the asker's language says it, the passages with,
     * after each of the first {@value #DEFINITION_DOCUMENTS} in the asker's language, the first passage of the same
     * document that does (at its score): retrieval finds a document by the section that names the term most, which
     * is seldom the one sentence defining it ("Qu'est-ce qu'un code de conduite ?" found "Établir un code de
     * conduite", while "Un code de conduite est un document qui ..." opens "Pourquoi un code de conduite"). When no
     * passage is in the asker's language (Portuguese), or none of those documents defines the term ("Qu'est-ce qu'un
     * OSPO ?", which only English documents define), the same in the best passage's language. The passages as they
     * are otherwise: a passage in another language that defines the term is weighed by the composer already, in the
     * question's English too ({@link ExtractiveComposer#ExtractiveComposer(java.util.function.BiFunction)}).
     */
    private List<Passage> withDefinitions(List<Passage> passages, List<Set<String>> defined, String asker) {
        if (defined.isEmpty() || passages.isEmpty()) {
            return passages;
        }
        Set<String> languages = new LinkedHashSet<>();
        if (passages.stream().anyMatch(p -> p.language().equals(asker))) {
            languages.add(asker);
        }
        languages.add(passages.get(0).language());
        for (String lang : languages) {
            if (passages.stream().anyMatch(p -> p.language().equals(lang) && Definitions.passageDefines(p, defined))) {
                return passages;
            }
            List<Passage> out = definitionsIn(passages, defined, lang);
            if (out.size() > passages.size()) {
                return out;
            }
        }
        return passages;
    }

    /** The passages with, after each of the first ones in {@code lang}, its document's first defining passage. */
    private List<Passage> definitionsIn(List<Passage> passages, List<Set<String>> defined, String lang) {
        List<Passage> out = new ArrayList<>(passages.size() + DEFINITION_DOCUMENTS);
        for (int i = 0; i < passages.size(); i++) {
            Passage found = passages.get(i);
            out.add(found);
            if (i < DEFINITION_DOCUMENTS && found.language().equals(lang)) {
                retriever.passagesOf(found.source()).stream()
                        .filter(p -> !p.text().equals(found.text())
                                && Definitions.passageDefines(p, defined))
                        .findFirst()
                        .ifPresent(p -> out.add(new Passage(p.source(), p.title(), p.section(), p.url(), p.language(),
                                p.text(), found.score(), found.versions(), null)));
            }
        }
        return out;
    }

    /** Re-ranks by score plus a small bonus for passages in the user's language; scores stay unchanged. */
    private List<Passage> preferLanguage(List<Passage> passages, String lang) {
        List<Passage> ranked = new ArrayList<>(passages);
        ranked.sort(Comparator.comparingDouble((Passage p) -> p.score()
                + (lang.equals(p.language()) ? policy.sameLanguageBonus() : 0)).reversed());
        return ranked;
    }

    /** Says which language the sources are in when none of the cited passages is in the user's. */
    private static String withLanguageNote(Composition composition, String lang) {
        List<String> others = composition.cited().stream().map(Passage::language).distinct().toList();
        if (others.contains(lang) || !others.stream().allMatch(Phrases.LANGUAGES::contains)) {
            return composition.text();
        }
        String names = String.join(", ", others.stream().map(other -> Phrases.languageName(other, lang)).toList());
        return Phrases.get(Phrase.SOURCES_LANGUAGE, lang, names) + "\n\n" + composition.text();
    }

    /** The best retrieval score among the passages the answer cites. */
    private static double confidence(Composition composition) {
        return clamp(composition.cited().stream().mapToDouble(Passage::score).max().orElse(0));
    }

    private static Reply escalate(Phrase phrase, String lang, EscalationReason reason) {
        return say(Decision.ESCALATE, Phrases.get(phrase, lang), lang, reason);
    }

    private static Reply escalate(Phrase phrase, String lang, EscalationReason reason, double top) {
        return new Reply(Decision.ESCALATE, Phrases.get(phrase, lang), clamp(top), lang, List.of(), reason, false);
    }

    /**
     * A thank-you or "that solved it" after an answer: by email no reply at all, elsewhere one short line. The
     * conversation is resolved by the person, unless it still waits for staff who have not written yet.
     */
    private static Reply closing(ConversationSnapshot conversation, String lang) {
        boolean waiting = conversation.status() == ConversationStatus.ESCALATED
                && !History.staffWroteLast(conversation.history());
        boolean email = "email".equals(conversation.channel());
        Decision decision = waiting ? Decision.ESCALATE : Decision.ANSWER;
        EscalationReason reason = waiting ? EscalationReason.ALREADY_ESCALATED : null;
        return new Reply(decision, email ? "" : Phrases.get(Phrase.THANKS_SHORT, lang), 0, lang, List.of(), reason,
                email, !waiting);
    }

    /**
     * The message's language; a short message in a conversation keeps the conversation's language, since a few
     * words ("please delete my data") are too little to switch on.
     */
    private String language(String text, String conversationLanguage) {
        String guessed = languages.guess(text, conversationLanguage);
        if (conversationLanguage != null && Phrases.LANGUAGES.contains(conversationLanguage)
                && Terms.tokens(text).size() < SWITCH_LANGUAGE_TOKENS) {
            return conversationLanguage;
        }
        return guessed;
    }

    /** Outside the documents' domain: a polite message that offers a person; nothing goes to staff. */
    private static Reply decline(String lang, double top) {
        return new Reply(Decision.DECLINE, Phrases.get(Phrase.DECLINE, lang), clamp(top), lang, List.of(), null, false);
    }

    private static Reply say(Decision decision, String text, String lang, EscalationReason reason) {
        return new Reply(decision, text, 0, lang, List.of(), reason, false);
    }

    private static double clamp(double value) {
        return Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value));
    }

    /** Control and format characters removed (newlines and tabs kept), whitespace runs collapsed. */
    static String clean(String message) {
        return CONTROL.matcher(message).replaceAll("").replaceAll("[ \\t\\x0B\\f\\r]+", " ")
                .replaceAll("\\n{3,}", "\n\n").strip();
    }
}
