package org.osee.connectors.telegram;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.osee.bot.channel.FloodGuard;
import org.osee.bot.domain.InboundMessage;
import org.osee.bot.port.Inbox;
import org.osee.knowledge.BadInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Where every update goes first, from long polling or the webhook: it is mapped and stored in the inbox before
 * anything else happens (a repeated update is a no-op there), then a button press is acknowledged. Only once a batch
 * is stored may Telegram be told it was received, so a crash loses nothing and repeats nothing.
 */
final class UpdateIntake {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateIntake.class);
    static final String CHANNEL = "telegram";

    private final Inbox inbox;
    private final UpdateMapper mapper;
    private final FloodGuard flood;
    private final BotApi api;
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong ignored = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();

    UpdateIntake(Inbox inbox, UpdateMapper mapper, FloodGuard flood, BotApi api) {
        this.inbox = inbox;
        this.mapper = mapper;
        this.flood = flood;
        this.api = api;
    }

    /**
     * Takes a batch, retrying the store (with a pause) while it fails and {@code running} says so: the batch is not
     * confirmed to Telegram until this returns.
     */
    void takeAll(List<Update> updates, BooleanSupplier running) {
        for (Update update : updates) {
            long pause = 200;
            while (true) {
                try {
                    take(update);
                    break;
                } catch (RuntimeException e) {
                    if (!running.getAsBoolean()) {
                        throw e;
                    }
                    LOG.warn("telegram: cannot store update {} yet, retrying: {}", update.getUpdateId(),
                            e.getMessage());
                    sleep(pause);
                    pause = Math.min(pause * 2, 10_000);
                }
            }
        }
    }

    /**
     * Stores one update when it is for the assistant.
     *
     * @return whether it was stored now (false: ignored, dropped, refused or a duplicate)
     * @throws RuntimeException when it could not be stored (the caller must not confirm it)
     */
    boolean take(Update update) {
        Optional<UpdateMapper.Received> mapped = mapper.map(update);
        if (mapped.isEmpty()) {
            ignored.incrementAndGet();
            if (update.hasCallbackQuery()) {
                acknowledge(update.getCallbackQuery().getId(), "");
            }
            return false;
        }
        UpdateMapper.Received received = mapped.get();
        if (received.callbackId() == null) {
            switch (flood.check(received.threadKey(), received.platformId(), received.receivedAt())) {
                case DROP -> {
                    dropped.incrementAndGet();
                    LOG.debug("telegram: dropped message {} of a flooding chat", received.platformId());
                    return false;
                }
                case NOTICE -> received = received.withNotice("flood");
                default -> { }
            }
        }
        boolean isNew;
        try {
            isNew = inbox.accept(inbound(received));
        } catch (BadInputException e) {
            LOG.debug("telegram: update {} refused: {}", update.getUpdateId(), e.getMessage());
            isNew = false;
        }
        if (isNew) {
            stored.incrementAndGet();
        }
        if (received.callbackId() != null) {
            acknowledge(received.callbackId(), TelegramTexts.of(received.languageHint()).thanks());
        }
        return isNew;
    }

    static InboundMessage inbound(UpdateMapper.Received r) {
        return new InboundMessage(CHANNEL, r.platformId(), r.threadKey(), r.sender(), r.senderName(), r.text(),
                r.languageHint(), r.receivedAt(), r.metadata(), r.kind(), r.refersTo());
    }

    /** Telegram shows a spinner on the button until it is answered; answering is best effort. */
    private void acknowledge(String callbackId, String text) {
        try {
            api.answerCallback(callbackId, text);
        } catch (RuntimeException e) {
            LOG.debug("telegram: answerCallbackQuery failed: {}", e.getMessage());
        }
    }

    long stored() {
        return stored.get();
    }

    long ignored() {
        return ignored.get();
    }

    long dropped() {
        return dropped.get();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying", e);
        }
    }
}
