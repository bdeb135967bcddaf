package org.osee.bot.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.osee.bot.domain.OutboundMessage;
import org.osee.bot.port.Channel;
import org.osee.bot.port.Inbox;

/** A channel whose deliveries do what the test says (fail, hang, succeed) and whose attempts are recorded. */
final class ScriptedChannel implements Channel {
    private final String name;
    private final Function<Integer, String> onAttempt;
    private final List<Instant> attempts = new ArrayList<>();

    /** {@code onAttempt} gets the attempt's number (1, 2...) and returns a platform id or throws. */
    ScriptedChannel(String name, Function<Integer, String> onAttempt) {
        this.name = name;
        this.onAttempt = onAttempt;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void start(Inbox inbox) {
    }

    @Override
    public void stop() {
    }

    @Override
    public String deliver(OutboundMessage message) {
        int attempt;
        synchronized (attempts) {
            attempts.add(Instant.now());
            attempt = attempts.size();
        }
        return onAttempt.apply(attempt);
    }

    List<Instant> attempts() {
        synchronized (attempts) {
            return List.copyOf(attempts);
        }
    }
}
