package org.osee.bot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.osee.bot.domain.ConversationSnapshot;
import org.osee.bot.domain.ConversationStatus;
import org.osee.bot.domain.Decision;
import org.osee.bot.domain.EscalationReason;
import org.osee.bot.domain.Reply;
import org.osee.bot.port.Assistant;
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

    private final Retriever retriever;
    private final Composer composer;
    private final AnswerPolicy policy;
    private final LanguageGuesser languages;

    /**
     * @param retriever finds passages
     * @param composer  writes answers from passages: an {@link ExtractiveComposer}, or a
     *                  {@link GenerativeComposer} that falls back to one
     * @param policy    thresholds
     * @param languages language detection, shared
     */
    public GroundedAssistant(Retriever retriever, Composer composer, AnswerPolicy policy, LanguageGuesser languages) {
        this.retriever = Objects.requireNonNull(retriever, "retriever");
        this.composer = Objects.requireNonNull(composer, "composer");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.languages = Objects.requireNonNull(languages, "languages");
    }

    /** The default set-up: extractive answers and the tuned policy. */
    public GroundedAssistant(Retriever retriever) {
        this(retriever, new ExtractiveComposer(), AnswerPolicy.defaults(), new LanguageGuesser());
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
        String text = clean(raw);
        String lang = languages.guess(text, conversation.language());
        Reply reply = decide(conversation, text, lang);
        if (reply.decision() == Decision.ESCALATE && reply.escalationReason() != EscalationReason.ALREADY_ESCALATED) {
            LOG.info("conversation {}: escalated ({})", conversation.id(), reply.escalationReason());
        } else {
            LOG.debug("conversation {}: {} confidence {}", conversation.id(), reply.decision(), reply.confidence());
        }
        return reply;
    }

    private Reply decide(ConversationSnapshot conversation, String text, String lang) {
        if (conversation.status() == ConversationStatus.ESCALATED) {
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
            default: return answer(conversation, text, lang);
        }
    }

    private Reply answer(ConversationSnapshot conversation, String message, String lang) {
        String text = MessageSignals.looksLikeInjection(message) ? MessageSignals.withoutInjection(message) : message;
        int words = Terms.contentWordCount(text);
        if (!text.equals(message) && words < policy.minContentWords()) {
            return escalate(Phrase.ABSTAIN, lang, EscalationReason.LOW_CONFIDENCE, 0);
        }
        List<String> earlier = History.previousQuestions(conversation.history(), policy.followUpHistoryTurns());
        boolean followUp = !earlier.isEmpty()
                && (MessageSignals.opensLikeFollowUp(text) || words <= policy.shortQuestionWords());
        if (!followUp && words < policy.minContentWords()) {
            return say(Decision.CLARIFY, Phrases.get(Phrase.CLARIFY, lang), lang, null);
        }
        String query = followUp ? String.join("\n", earlier) + "\n" + text : text;
        List<Passage> passages = preferLanguage(retriever.retrieve(query, policy.retrieveTop()), lang);
        double top = passages.stream().mapToDouble(Passage::score).max().orElse(0);
        double judged = Math.min(1, top / policy.scale(lang));
        if (judged >= policy.minTopScore() && judged < policy.confidentScore() && !followUp
                && words <= policy.shortQuestionWords()) {
            return new Reply(Decision.CLARIFY, Phrases.get(Phrase.CLARIFY, lang), clamp(top), lang, List.of(), null,
                    false);
        }
        if (!isGrounded(text, query, passages, judged)) {
            return escalate(Phrase.ABSTAIN, lang, EscalationReason.LOW_CONFIDENCE, top);
        }
        Composition composition = composer.compose(query, lang, passages);
        if (composition.isEmpty()) {
            return escalate(Phrase.ABSTAIN, lang, EscalationReason.LOW_CONFIDENCE, top);
        }
        return new Reply(Decision.ANSWER, withLanguageNote(composition, lang), confidence(composition), lang,
                composition.citations(), null, false);
    }

    /**
     * Calibrated abstention: the best passage must score at least the threshold; names in the
     * question that no passage mentions need a high score; and a middling score needs one sentence
     * that covers enough of the question.
     */
    private boolean isGrounded(String text, String query, List<Passage> passages, double top) { // top: scaled to English
        if (top < policy.minTopScore()) {
            return false;
        }
        List<Passage> best = passages.subList(0, Math.min(NAME_PASSAGES, passages.size()));
        if (top < policy.nameOverrideScore() && !Grounding.missingNames(text, best).isEmpty()) {
            return false;
        }
        return top >= policy.confidentScore() || ExtractiveComposer.support(query,
                passages.subList(0, Math.min(SUPPORT_PASSAGES, passages.size()))) >= policy.minSupport();
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
