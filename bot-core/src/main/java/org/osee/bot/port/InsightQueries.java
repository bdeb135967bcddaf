package org.osee.bot.port;

import java.time.Instant;
import java.util.List;

import org.osee.bot.domain.Activity;
import org.osee.bot.domain.UnansweredQuestion;

/** Read-only figures over the conversations for the staff console's insights: nothing here changes a row. */
public interface InsightQueries {
    /** Decisions per day and channel, feedback and staff reply times for everything in [from, to). */
    Activity activity(Instant from, Instant to);

    /**
     * The newest questions in [from, to), at most {@code limit}, that were escalated (for any reason but a plain
     * request for a person or a follow-up in an already escalated conversation), declined, or answered with a
     * confidence below {@code lowConfidence}.
     */
    List<UnansweredQuestion> unanswered(Instant from, Instant to, double lowConfidence, int limit);
}
