package org.osee.bot.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

import org.osee.bot.domain.ClaimedMessage;
import org.osee.bot.domain.Decision;
import org.osee.bot.domain.Reply;
import org.osee.bot.port.Assistant;
import org.osee.bot.port.WorkQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers inbound messages one at a time until stopped: claims one, asks the assistant, records the reply. A failure
 * is recorded with the conversation's id and retried later; it never stops the loop.
 */
final class Worker implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Worker.class);

    private final String id;
    private final WorkQueue queue;
    private final Assistant assistant;
    private final PipelineConfig config;
    private final Backoff backoff;
    private final Clock clock;
    private final Wakeup wakeup;
    private final Consumer<String> onReplyQueued;
    private volatile boolean running = true;

    /** {@code onReplyQueued} receives the channel name of each reply queued for delivery. */
    Worker(String id, WorkQueue queue, Assistant assistant, PipelineConfig config, Clock clock, Wakeup wakeup,
           Consumer<String> onReplyQueued) {
        this.id = id;
        this.queue = queue;
        this.assistant = assistant;
        this.config = config;
        this.backoff = new Backoff(config.backoffBase(), config.backoffMax());
        this.clock = clock;
        this.wakeup = wakeup;
        this.onReplyQueued = onReplyQueued;
    }

    void stop() {
        running = false;
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
        Optional<ClaimedMessage> next = queue.claim(id, clock.instant().plus(config.lease()));
        next.ifPresent(this::handle);
        return next.isPresent();
    }

    private void handle(ClaimedMessage claimed) {
        String conversation = claimed.conversation().id();
        Reply reply;
        try {
            reply = assistant.reply(claimed.conversation(), claimed.message().text());
        } catch (RuntimeException e) {
            failed(claimed, e);
            return;
        }
        boolean completed;
        try {
            completed = queue.complete(claimed, id, reply);
        } catch (RuntimeException e) {
            failed(claimed, e); // the reply was not recorded; retried after a backoff rather than after the lease
            return;
        }
        if (completed) {
            answered(claimed, reply);
        } else {
            LOG.info("Worker {} lost its claim on message {} of conversation {}; another worker answers it", id,
                    claimed.inboxId(), conversation);
        }
    }

    private void answered(ClaimedMessage claimed, Reply reply) {
        String conversation = claimed.conversation().id();
        LOG.debug("Answered message {} of conversation {}: {}", claimed.inboxId(), conversation,
                reply.decision().wire());
        if (reply.decision() == Decision.ESCALATE) {
            LOG.info("Conversation {} escalated: {}", conversation, reply.escalationReason());
        }
        if (!reply.silent()) {
            onReplyQueued.accept(claimed.conversation().channel());
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
        try {
            queue.fail(claimed, id, message, retryAt);
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
