package org.osee.bot.port;

import java.util.List;

import org.osee.bot.domain.DeadLetter;
import org.osee.bot.domain.Rejection;

/** What the pipeline gave up on or refused, for staff to see and retry. */
public interface DeadLetters {
    /** Dead-lettered deliveries and messages the assistant failed on, newest first. */
    List<DeadLetter> list(int limit);

    /**
     * Queues a dead letter again with a fresh count of attempts.
     *
     * @return {@code false} when there is no such dead letter (any more)
     */
    boolean retry(DeadLetter.Kind kind, long id);

    /** Inbound messages refused at the door, newest first. */
    List<Rejection> rejections(int limit);
}
