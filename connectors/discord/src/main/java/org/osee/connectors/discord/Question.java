package org.osee.connectors.discord;

import java.time.Instant;
import java.util.Map;

/**
 * A message the bot must answer, before it becomes an inbound message: where the conversation lives, who asked,
 * and the text with the bot's mention removed.
 */
record Question(long messageId, ThreadKey key, long author, String authorName, String text, Instant at,
                Map<String, String> metadata) {
    Question {
        metadata = Map.copyOf(metadata);
    }
}
