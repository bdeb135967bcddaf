package org.osee.bot.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

import org.osee.bot.domain.OutboundMessage;
import org.osee.bot.port.Channel;
import org.osee.bot.port.Inbox;

/**
 * A channel whose deliveries do what the test says per message (rate limit, fail, hang, succeed), with every attempt
 * recorded: which reply, of which conversation, when, and whether it went through.
 */
final class ConversationScriptedChannel implements Channel {
    /** One delivery attempt. */
    record Attempt(long outboxId, String threadKey, String answers, Instant at, boolean delivered) { }

    private final String name;
    private final BiFunction<OutboundMessage, Integer, String> script;
    private final Map<Long, Integer> attemptsPerItem = new ConcurrentHashMap<>();
    private final List<Attempt> attempts = new ArrayList<>();
    private final List<String> begun = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** {@code script} gets the message and its attempt number (1, 2...) and returns a platform id or throws. */
    ConversationScriptedChannel(String name, BiFunction<OutboundMessage, Integer, String> script) {
        this.name = name;
        this.script = script;
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
        int attempt = attemptsPerItem.merge(message.id(), 1, Integer::sum);
        String answers = message.inReplyTo() == null ? "" : message.inReplyTo().platformMessageId();
        begun.add(message.threadKey());
        try {
            String id = script.apply(message, attempt);
            record(new Attempt(message.id(), message.threadKey(), answers, Instant.now(), true));
            return id;
        } catch (RuntimeException e) {
            record(new Attempt(message.id(), message.threadKey(), answers, Instant.now(), false));
            throw e;
        }
    }

    private void record(Attempt attempt) {
        synchronized (attempts) {
            attempts.add(attempt);
        }
    }

    List<Attempt> attempts() {
        synchronized (attempts) {
            return List.copyOf(attempts);
        }
    }

    /** Thread keys of the attempts begun so far, finished or not. */
    List<String> begun() {
        return List.copyOf(begun);
    }

    List<Attempt> delivered() {
        return attempts().stream().filter(Attempt::delivered).toList();
    }

    List<Attempt> attemptsIn(String threadKey) {
        return attempts().stream().filter(a -> a.threadKey().equals(threadKey)).toList();
    }
}
