package org.osee.connectors.discord;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/** The newest message id seen in each channel while connected, where the catch-up after an outage starts. */
final class LastSeen {
    private final Map<Long, Long> newest = new ConcurrentHashMap<>();

    void saw(long channel, long message) {
        newest.merge(channel, message, Math::max);
    }

    OptionalLong of(long channel) {
        Long id = newest.get(channel);
        return id == null ? OptionalLong.empty() : OptionalLong.of(id);
    }
}
