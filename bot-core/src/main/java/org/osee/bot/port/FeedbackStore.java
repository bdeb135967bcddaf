package org.osee.bot.port;

import org.osee.bot.domain.Feedback;

/** Keeps what people think of the replies they got. */
public interface FeedbackStore {
    /** Records the feedback; {@link NotFoundException} when the message is not a message of that conversation. */
    void record(Feedback feedback);
}
