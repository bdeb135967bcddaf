package org.osee.connectors.telegram;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.osee.bot.channel.FloodGuard;
import org.osee.bot.domain.OutboundMessage;
import org.osee.bot.port.Channel;
import org.osee.bot.port.ChannelException;
import org.osee.bot.port.Inbox;
import org.osee.bot.port.RateLimitedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Telegram as a {@link Channel} named {@code telegram}: private chats and the group messages addressed to the bot
 * become questions, button presses feedback or requests for a person; replies go out in HTML parse mode, split to
 * Telegram's 4,096 characters, with sources as numbered links and a feedback keyboard, within Telegram's rate
 * limits. Updates arrive by long polling (only while this instance leads) or through {@link #webhook()}.
 *
 * <pre>{@code
 * TelegramChannel telegram = new TelegramChannel(config, leadership::isLeader);
 * telegram.start(inbox);              // start-up runs in the background until Telegram answers
 * String id = telegram.deliver(out);  // called by the outbox sender
 * telegram.stop();
 * }</pre>
 */
public final class TelegramChannel implements Channel {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramChannel.class);
    private static final Duration WAIT_IN_PLACE = Duration.ofSeconds(3);
    /** Messages one chat may put to the assistant in a minute; the first one over gets a notice. */
    private static final int FLOOD_PER_MINUTE = 8;

    private final TelegramConfig config;
    private final BooleanSupplier leader;
    private final Clock clock;
    private final BotApi api;
    private final SendLimiter limiter;
    private final FloodGuard flood;
    private final TelegramWebhook webhook;
    private final Map<Long, List<Long>> sentParts = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, List<Long>> eldest) {
            return size() > 10_000;
        }
    };
    private volatile UpdateIntake intake;
    private volatile boolean running;
    private Thread starter;
    private LongPoller poller;

    /** A channel that polls whenever it runs (a single instance). */
    public TelegramChannel(TelegramConfig config) {
        this(config, () -> true, Clock.systemUTC());
    }

    /** A channel that long-polls only while {@code leader} says this instance leads; any instance may deliver. */
    public TelegramChannel(TelegramConfig config, BooleanSupplier leader) {
        this(config, leader, Clock.systemUTC());
    }

    /** As above, with the clock rate limits are measured on. */
    public TelegramChannel(TelegramConfig config, BooleanSupplier leader, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.leader = Objects.requireNonNull(leader, "leader");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.api = new BotApi(config);
        this.limiter = SendLimiter.telegram(clock);
        this.flood = new FloodGuard(FLOOD_PER_MINUTE);
        this.webhook = new TelegramWebhook(this, config);
    }

    @Override
    public String name() {
        return UpdateIntake.CHANNEL;
    }

    /** The webhook handler for the HTTP server; it answers 503 until start-up has finished. */
    public TelegramWebhook webhook() {
        return webhook;
    }

    /** The configuration in use (secrets masked in its string form). */
    public TelegramConfig config() {
        return config;
    }

    @Override
    public synchronized void start(Inbox inbox) {
        Objects.requireNonNull(inbox, "inbox");
        if (running) {
            throw new IllegalStateException("the telegram channel is already started");
        }
        running = true;
        starter = new Thread(() -> startUp(inbox), "telegram-start");
        starter.setDaemon(true);
        starter.start();
    }

    /** Learns who the bot is, sets the command menus, then receives; retried until Telegram answers. */
    private void startUp(Inbox inbox) {
        long pause = 1_000;
        while (running) {
            try {
                BotApi.Identity me = api.getMe();
                setCommands();
                UpdateIntake ready = new UpdateIntake(inbox, new UpdateMapper(me.id(), me.username()), flood, api);
                synchronized (this) {
                    if (!running) {
                        return;
                    }
                    intake = ready;
                    if (config.mode() == TelegramConfig.Mode.WEBHOOK) {
                        api.setWebhook(config.webhookUrl().toString(), config.webhookSecret());
                        LOG.info("telegram: @{} receives through the webhook at {}", me.username(), webhook.path());
                    } else {
                        poller = new LongPoller(config, leader, ready);
                        poller.start();
                        LOG.info("telegram: @{} receives by long polling while this instance leads", me.username());
                    }
                }
                return;
            } catch (RuntimeException e) {
                LOG.warn("telegram: start-up failed, trying again in {} ms: {}", pause, e.getMessage());
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    return;
                }
                pause = Math.min(pause * 2, 60_000);
            }
        }
    }

    private void setCommands() {
        api.setCommands("", TelegramTexts.of("en").commands());
        for (String language : TelegramTexts.languages()) {
            if (!language.equals("en")) {
                api.setCommands(language, TelegramTexts.of(language).commands());
            }
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (starter != null) {
            starter.interrupt();
            starter = null;
        }
        if (poller != null) {
            poller.close();
            poller = null;
        }
        intake = null;
        api.close();
    }

    UpdateIntake intake() {
        return intake;
    }

    /**
     * Sends the reply, split into as many messages as it needs, the feedback keyboard under the last. Parts already
     * sent for this outbox id (by an earlier attempt of this process) are not sent again. A reply that
     * {@linkplain OutboundMessage#replaces() replaces} an earlier one edits that message ({@code editMessageText})
     * with its first part, any further parts following as new messages; when that message is gone, it is sent anew.
     *
     * @return {@code chatId:messageId} of the last message sent
     */
    @Override
    public String deliver(OutboundMessage message) {
        Objects.requireNonNull(message, "message");
        if (!name().equals(message.channel())) {
            throw new ChannelException("the telegram channel cannot deliver a message for channel '"
                    + message.channel() + "'", false);
        }
        Map<String, String> meta = message.replyMetadata();
        String chat = meta.getOrDefault(UpdateMapper.CHAT, UpdateMapper.chatOf(message.threadKey()));
        if (!chat.matches("-?[0-9]{1,20}")) {
            throw new ChannelException("not a Telegram chat: '" + chat + "'", false);
        }
        List<ReplyFormatter.Part> parts = ReplyFormatter.format(message);
        List<Long> sent;
        synchronized (sentParts) {
            sent = new ArrayList<>(sentParts.getOrDefault(message.id(), List.of()));
        }
        Integer replyTo = chat.startsWith("-") ? integer(meta.get(UpdateMapper.MESSAGE)) : null;
        Integer topic = integer(meta.get(UpdateMapper.TOPIC));
        for (int i = sent.size(); i < parts.size(); i++) {
            awaitSlot(chat, i == 0);
            ReplyFormatter.Part part = parts.get(i);
            List<BotApi.Button> keyboard = part.keyboard() ? buttons(message) : List.of();
            long id;
            try {
                Integer edited = i == 0 ? replacedIn(chat, message.replaces()) : null;
                if (edited != null && api.edit(chat, edited, part.html(), keyboard) == BotApi.Edited.EDITED) {
                    id = edited;
                } else {
                    if (edited != null) {
                        LOG.debug("telegram: message {} to replace is gone; sending a new one", edited);
                    }
                    id = api.send(chat, part.html(), i == 0 ? replyTo : null, topic, keyboard);
                }
            } catch (RateLimitedException e) {
                limiter.backOff(chat, e.retryAfter());
                throw e;
            }
            sent.add(id);
            synchronized (sentParts) {
                sentParts.put(message.id(), List.copyOf(sent));
            }
        }
        LOG.debug("telegram: delivered outbox item {} in {} message(s)", message.id(), parts.size());
        return chat + ":" + sent.get(sent.size() - 1);
    }

    /**
     * The message id in {@code chat} of the earlier reply {@code replaces} names ({@code chatId:messageId}, as
     * {@link #deliver} returns it), or {@code null}: the new reply is then sent as a new message.
     */
    static Integer replacedIn(String chat, String replaces) {
        if (replaces == null) {
            return null;
        }
        int colon = replaces.lastIndexOf(':');
        if (colon <= 0 || !replaces.substring(0, colon).equals(chat)) {
            return null;
        }
        return integer(replaces.substring(colon + 1));
    }

    @Override
    public boolean supportsEdits() {
        return true;
    }

    /** Waits for a sending slot in place when it is near, else hands the wait back to the sender. */
    private void awaitSlot(String chat, boolean first) {
        while (true) {
            Duration wait = limiter.reserve(chat);
            if (wait.isZero()) {
                return;
            }
            if (first && wait.compareTo(WAIT_IN_PLACE) > 0) {
                throw Limits.rateLimited("telegram: chat " + chat + " is at its rate limit", wait);
            }
            try {
                Thread.sleep(Math.max(1, wait.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ChannelException("interrupted while waiting to send", true, e);
            }
        }
    }

    private static List<BotApi.Button> buttons(OutboundMessage message) {
        TelegramTexts texts = TelegramTexts.of(message.language());
        return List.of(new BotApi.Button(texts.helpful(), "h:" + message.id()),
                new BotApi.Button(texts.notHelpful(), "n:" + message.id()),
                new BotApi.Button(texts.person(), "p:" + message.id()));
    }

    /** Shows "typing…" in the conversation's chat; best effort, never throws. */
    @Override
    public void typing(String threadKey) {
        try {
            api.typing(UpdateMapper.chatOf(threadKey), null);
        } catch (RuntimeException e) {
            LOG.debug("telegram: typing action failed: {}", e.getMessage());
        }
    }

    private static Integer integer(String value) {
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
