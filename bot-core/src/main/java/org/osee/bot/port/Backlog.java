package org.osee.bot.port;

import org.osee.bot.domain.BacklogSnapshot;

/** How much work waits in the pipeline and for staff, for monitoring (all instances together). */
@FunctionalInterface
public interface Backlog {
    /** The counts now; one round trip to the database. */
    BacklogSnapshot snapshot();
}
