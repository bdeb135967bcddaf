package org.osee.bot.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.osee.bot.answer.Phrase;
import org.osee.bot.answer.Phrases;
import org.osee.bot.domain.ClaimedMessage;
import org.osee.bot.domain.ConversationStatus;
import org.osee.bot.domain.Decision;
import org.osee.bot.domain.EscalationReason;
import org.osee.bot.domain.InboundMessage;
import org.osee.bot.domain.MessageKind;
import org.osee.bot.domain.Reply;
import org.osee.bot.port.Assistant;
import org.osee.bot.port.FeedbackStore;
import org.osee.bot.port.NotFoundException;
import org.osee.bot.port.EscalationNotifier;
import org.osee.bot.port.PipelineEvents;
import org.osee.bot.port.WorkQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles inbound messages one at a time until stopped: claims one and, by its kind, asks the assistant (text and
 * edits, after a typing signal), hands the conversation to staff (a request for a person, confirmed in the
 * conversation's language) or records feedback on a reply (no answer); then records the outcome. A failure is
 * recorded with the conversation's id and retried later; it never stops the loop.
 */
final class Worker implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Worker.class);

    private final String id;
    private final WorkQueue queue;
    private final Assistant assistant;
    private final FeedbackStore feedback;
    private final BiConsumer<String, String> typing;
    private final PipelineConfig config;
    private final Backoff backoff;
    private final Clock clock;
    private final Wakeup wakeup;
    private final Consumer<ClaimedMessage> onReplyQueued;
    private volatile boolean running = true;
    private volatile ClaimedMessage inHand;
    /** Who holds the claim on the message in hand: this worker, or the instance's hand-off. */
    private volatile String holder;
    private volatile Handoff handoff;
    private volatile EscalationNotifier escalations = EscalationNotifier.NONE;
    private volatile DraftPolicy drafts = DraftPolicy.none();
    private volatile PipelineEvents events = PipelineEvents.NONE;

    /**
     * @param typing        receives (channel name, thread key) before an answer is composed; must not throw
     * @param onReplyQueued receives each message whose reply was recorded for delivery; must not throw
     */
    Worker(String id, WorkQueue queue, Assistant assistant, FeedbackStore feedback, BiConsumer<String, String> typing,
           PipelineConfig config, Clock clock, Wakeup wakeup, Consumer<ClaimedMessage> onReplyQueued) {
        this.id = id;
        this.queue = queue;
        this.assistant = assistant;
        this.feedback = feedback;
        this.typing = typing;
        this.config = config;
        this.backoff = new Backoff(config.backoffBase(), config.backoffMax());
        this.clock = clock;
        this.wakeup = wakeup;
        this.onReplyQueued = onReplyQueued;
    }

    void stop() {
        running = false;
    }

    /**
     * Hands the message in hand (if any) back to the queue at once, for an instance that stops before this worker
     * finished it: another worker takes it now, and this one's late reply is not recorded.
     */
    void releaseClaim() {
        ClaimedMessage claimed = inHand;
        if (claimed == null) {
            return;
        }
        try {
            queue.release(claimed, holder);
            LOG.info("Worker {} handed message {} of conversation {} back unanswered at shutdown", id,
                    claimed.inboxId(), claimed.conversation().id());
        } catch (RuntimeException e) {
            LOG.warn("Worker {} cannot hand message {} back; it is taken over when its lease ends: {}", id,
                    claimed.inboxId(), e.getMessage());
        }
    }

    /** Takes the messages this instance claimed as it stored them before looking in the queue. */
    void takeFrom(Handoff from) {
        this.handoff = from;
    }

    void notifyEscalations(EscalationNotifier notifier) {
        this.escalations = notifier;
    }

    void holdDrafts(DraftPolicy policy) {
        this.drafts = policy;
    }

    void observe(PipelineEvents observer) {
        this.events = observer;
    }

    @Override
    public void run() {
        while (running) {
            try {
                if (!workOnce()) {
                    wakeup.await(config.pollInterval());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("Worker {} cannot reach the work queue: {}", id, e.getMessage());
                pause();
            }
        }
    }

    /** Handles the next due message, if any; returns whether there was one. */
    boolean workOnce() {
        Handoff from = handoff;
        ClaimedMessage handed = from == null ? null : from.poll();
        Optional<ClaimedMessage> next = handed != null ? Optional.of(handed)
                : queue.claim(id, clock.instant().plus(config.lease()));
        next.ifPresent(claimed -> {
            holder = handed != null ? from.claimant() : id;
            inHand = claimed;
            try {
                handle(claimed);
            } finally {
                inHand = null;
            }
        });
        return next.isPresent();
    }

    private void handle(ClaimedMessage claimed) {
        MessageKind kind = claimed.message().kind();
        if (kind.isFeedback()) {
            recordFeedback(claimed);
            return;
        }
        Reply reply;
        try {
            reply = kind == MessageKind.HUMAN ? handOver(claimed) : answer(claimed);
        } catch (RuntimeException e) {
            failed(claimed, e);
            return;
        }
        record(claimed, reply);
    }

    /** A text turn (an edit is one too): the assistant's reply, after telling the channel an answer is coming. */
    private Reply answer(ClaimedMessage claimed) {
        InboundMessage message = claimed.message();
        try {
            typing.accept(message.channel(), message.threadKey());
        } catch (RuntimeException e) {
            LOG.debug("Typing signal on {} failed: {}", message.channel(), e.getMessage());
        }
        return assistant.reply(claimed.conversation(), message.text());
    }

    /** A request for a person: escalated, and confirmed in the conversation's language. */
    static Reply handOver(ClaimedMessage claimed) {
        String language = claimed.conversation().language();
        if (language == null || language.isBlank()) {
            language = claimed.message().languageHint();
        }
        language = Phrases.supported(language);
        if (claimed.conversation().status() == ConversationStatus.ESCALATED) {
            return new Reply(Decision.ESCALATE, Phrases.get(Phrase.ESCALATED_ACK, language), 0, language, List.of(),
                    EscalationReason.ALREADY_ESCALATED, false);
        }
        return new Reply(Decision.ESCALATE, Phrases.get(Phrase.ESCALATE_PERSON, language), 0, language, List.of(),
                EscalationReason.ASKED_FOR_PERSON, false);
    }

    /** Feedback on a reply: stored for staff, no answer. Feedback on an unknown reply is dropped, not retried. */
    private void recordFeedback(ClaimedMessage claimed) {
        InboundMessage message = claimed.message();
        String conversation = claimed.conversation().id();
        try {
            long outboxId = Long.parseLong(String.valueOf(message.refersTo()));
            feedback.recordOnDelivery(conversation, outboxId, message.kind() == MessageKind.HELPFUL, message.text(),
                    message.receivedAt());
            LOG.debug("Feedback {} on reply {} of conversation {}", message.kind(), outboxId, conversation);
        } catch (NumberFormatException | NotFoundException e) {
            LOG.info("Ignored feedback of conversation {} on an unknown reply: {}", conversation,
                    LogSafe.id(String.valueOf(message.refersTo())));
        } catch (RuntimeException e) {
            failed(claimed, e);
            return;
        }
        try {
            queue.done(claimed, holder);
        } catch (RuntimeException e) {
            LOG.warn("Cannot mark feedback {} of conversation {} handled; it is seen again after its lease: {}",
                    claimed.inboxId(), conversation, e.getMessage());
        }
    }

    /**
     * Records the reply, or, when the draft policy holds it, keeps it as a draft and records the acknowledgment
     * instead: either way in one transaction with marking the message done, so a crash loses nothing and sends
     * nothing twice.
     */
    private void record(ClaimedMessage claimed, Reply reply) {
        String conversation = claimed.conversation().id();
        boolean held = drafts.holds(claimed.conversation().channel(), reply);
        Reply sent = held ? DraftPolicy.acknowledgment(reply) : reply;
        boolean completed;
        try {
            completed = held ? queue.hold(claimed, holder, reply, sent) : queue.complete(claimed, holder, reply);
        } catch (RuntimeException e) {
            failed(claimed, e); // the reply was not recorded; retried after a backoff rather than after the lease
            return;
        }
        if (completed) {
            if (held) {
                LOG.info("Answer to message {} of conversation {} held as a draft (confidence {})",
                        claimed.inboxId(), conversation, String.format(Locale.ROOT, "%.2f",
                                reply.confidence()));
            }
            answered(claimed, sent);
        } else {
            LOG.info("Worker {} lost its claim on message {} of conversation {}; another worker answers it", id,
                    claimed.inboxId(), conversation);
        }
    }

    private void answered(ClaimedMessage claimed, Reply reply) {
        String conversation = claimed.conversation().id();
        Duration latency = Duration.between(claimed.message().receivedAt(), clock.instant());
        events.replied(conversation, claimed.conversation().channel(), reply.decision(),
                latency.isNegative() ? Duration.ZERO : latency);
        LOG.debug("Answered message {} of conversation {}: {}", claimed.inboxId(), conversation,
                reply.decision().wire());
        if (reply.decision() == Decision.ESCALATE) {
            LOG.info("Conversation {} escalated: {}", conversation, reply.escalationReason());
            if (reply.escalationReason() != EscalationReason.ALREADY_ESCALATED) escalations.escalated(claimed.conversation(), claimed.message(), reply.escalationReason());
        }
        if (!reply.silent()) {
            onReplyQueued.accept(claimed);
        }
    }

    private void failed(ClaimedMessage claimed, RuntimeException error) {
        boolean last = claimed.attempts() >= config.maxAttempts();
        Instant retryAt = last ? null : clock.instant().plus(backoff.after(claimed.attempts()));
        String message = error.getClass().getSimpleName() + ": " + error.getMessage();
        if (last) {
            LOG.warn("Giving up on message {} of conversation {} after {} attempts: {}",
                    claimed.inboxId(), claimed.conversation().id(), claimed.attempts(), message, error);
        } else {
            LOG.warn("Answering message {} of conversation {} failed (attempt {}), retrying at {}: {}",
                    claimed.inboxId(), claimed.conversation().id(), claimed.attempts(), retryAt, message);
        }
        events.answerFailed(claimed.conversation().id(), claimed.conversation().channel(), last);
        try {
            queue.fail(claimed, holder, message, retryAt);
        } catch (RuntimeException e) {
            LOG.warn("Cannot record the failure of message {} of conversation {}; it is retried when its lease ends:"
                    + " {}", claimed.inboxId(), claimed.conversation().id(), e.getMessage());
        }
    }

    private void pause() {
        try {
            wakeup.await(config.pollInterval());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
