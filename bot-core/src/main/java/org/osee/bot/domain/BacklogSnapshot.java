package org.osee.bot.domain;

import java.time.Instant;
import java.util.Map;

/**
 * How much work waits in the database at one moment, for monitoring.
 *
 * @param inbox            messages waiting to be answered (or for their next attempt), by channel
 * @param outbox           replies waiting to be delivered (or for their next attempt), by channel
 * @param deadLetters      given-up deliveries and messages, waiting for staff to retry them
 * @param staffQueue       escalated conversations waiting for staff
 * @param oldestEscalation when the longest-waiting escalated conversation was escalated; {@code null} when none waits
 */
public record BacklogSnapshot(Map<String, Long> inbox, Map<String, Long> outbox, long deadLetters, long staffQueue,
                              Instant oldestEscalation) {
    public BacklogSnapshot {
        inbox = Map.copyOf(inbox);
        outbox = Map.copyOf(outbox);
    }

    /** Nothing waiting. */
    public static BacklogSnapshot empty() {
        return new BacklogSnapshot(Map.of(), Map.of(), 0, 0, null);
    }
}
