package org.osee.bot.port;

import java.time.Instant;

import org.osee.bot.domain.RetentionMode;

/** Forgets old conversations, as the organisation's retention policy says. */
public interface Retention {
    /**
     * Deletes or anonymises conversations not updated since {@code before} (skipping any with work still pending)
     * and deletes older rejections.
     *
     * @return how many conversations were deleted or anonymised
     */
    int apply(Instant before, RetentionMode mode);
}
