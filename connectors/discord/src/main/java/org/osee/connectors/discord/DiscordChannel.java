package org.osee.connectors.discord;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageHistory;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import org.osee.bot.channel.FloodGuard;
import org.osee.bot.domain.ConversationSnapshot;
import org.osee.bot.domain.EscalationReason;
import org.osee.bot.domain.InboundMessage;
import org.osee.bot.domain.OutboundMessage;
import org.osee.bot.port.Channel;
import org.osee.bot.port.EscalationNotifier;
import org.osee.bot.port.Inbox;
import org.osee.bot.port.RateLimitedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Discord channel (JDA). The instance that leads holds the gateway: it receives mentions, DMs, slash commands
 * and button presses, stores them in the inbox, and after every new session reads each allowed channel's recent
 * history to take in what it missed. Delivery goes through the same connection; announces escalations in the staff
 * channel.
 */
public final class DiscordChannel implements Channel, EscalationNotifier {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordChannel.class);
    private final DiscordConfig config;
    private final BooleanSupplier leader;
    private final Triggers triggers;
    private final LastSeen lastSeen = new LastSeen();
    private final DiscordListener listener;
    private final Delivery delivery;
    private final ScheduledExecutorService exec = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "osee-discord");
        t.setDaemon(true);
        return t;
    });
    private volatile Inbox inbox;
    private volatile JDA jda;
    private volatile boolean ready;
    private volatile Instant nextAttempt = Instant.EPOCH;

    /** {@code leader} says whether this instance holds the gateway (the pipeline's leadership). */
    public DiscordChannel(DiscordConfig config, BooleanSupplier leader) {
        this.config = config;
        this.leader = leader;
        this.triggers = new Triggers(config);
        this.listener = new DiscordListener(triggers, new FloodGuard(config.floodLimit()), lastSeen, () -> inbox,
                () -> exec.execute(this::catchUp));
        this.delivery = new Delivery(listener.acknowledgements);
    }

    @Override
    public String name() {
        return Inbounds.CHANNEL;
    }

    @Override
    public void start(Inbox inbox) {
        this.inbox = inbox;
        exec.scheduleWithFixedDelay(this::watch, 0, 2, TimeUnit.SECONDS);
    }

    /** Whether this instance holds a ready gateway session. */
    public boolean connected() {
        return ready && jda != null;
    }

    private void watch() {
        boolean lead;
        try {
            lead = leader.getAsBoolean();
        } catch (RuntimeException e) {
            lead = false;
        }
        if (lead && jda == null && Instant.now().isAfter(nextAttempt)) {
            connect();
        } else if (!lead && jda != null) {
            LOG.info("Discord: leadership lost; closing the gateway");
            disconnect();
        }
    }

    private void connect() {
        EnumSet<GatewayIntent> intents = EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES);
        if (config.messageContent()) {
            intents.add(GatewayIntent.MESSAGE_CONTENT);
        }
        JDABuilder builder = JDABuilder.createLight(config.token(), intents)
                .setRestConfig(new RestConfig().setBaseUrl(config.apiUrl()))
                .setCompression(Compression.NONE)
                .setEnableShutdownHook(false)
                .addEventListeners(listener);
        if (!config.gatewayUrl().isEmpty()) {
            builder.setSessionController(new FixedGateway(config.gatewayUrl()));
        }
        try {
            jda = builder.build();
            jda.awaitReady();
            ready = true;
            LOG.info("Discord: connected as {} to {} servers", jda.getSelfUser().getName(), jda.getGuilds().size());
            registerCommands();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("Discord: cannot connect ({}); trying again in a minute", e.getMessage());
            disconnect();
            nextAttempt = Instant.now().plusSeconds(60);
        }
    }

    private void registerCommands() {
        try {
            if (SlashCommands.changed(jda.retrieveCommands().complete())) {
                jda.updateCommands().addCommands(SlashCommands.definitions()).complete();
                LOG.info("Discord: slash commands registered");
            }
        } catch (RuntimeException e) {
            LOG.warn("Discord: slash commands not registered: {}", e.getMessage());
        }
    }

    private void disconnect() {
        JDA current = jda;
        ready = false;
        jda = null;
        if (current != null) {
            current.shutdown();
            try {
                if (!current.awaitShutdown(10, TimeUnit.SECONDS)) {
                    current.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                current.shutdownNow();
            }
        }
    }

    /**
     * Reads what each allowed channel (and each open thread of the bot) received since the newest message seen, or
     * within the configured window after a restart, and stores the questions among them; those already stored are
     * duplicates and change nothing.
     */
    void catchUp() {
        JDA current = jda;
        if (current == null || config.catchUpLimit() == 0) {
            return;
        }
        long self = current.getSelfUser().getIdLong();
        Instant since = Instant.now().minus(config.catchUp());
        int read = 0;
        int stored = 0;
        for (Guild guild : current.getGuilds()) {
            if (!triggers.guildAllowed(guild.getIdLong())) {
                continue;
            }
            for (GuildMessageChannel channel : catchUpChannels(guild, self)) {
                List<Message> missed = missed(channel, since);
                read += missed.size();
                for (Message m : missed) {
                    lastSeen.saw(channel.getIdLong(), m.getIdLong());
                    stored += listener.receive(m, self, false) ? 1 : 0;
                }
            }
        }
        LOG.info("Discord: catch-up read {} messages, {} to answer or answered before", read, stored);
    }

    private List<GuildMessageChannel> catchUpChannels(Guild guild, long self) {
        List<GuildMessageChannel> out = new ArrayList<>();
        for (TextChannel c : guild.getTextChannels()) {
            if (triggers.channelAllowed(c.getIdLong())) {
                out.add(c);
            }
        }
        for (ThreadChannel t : guild.getThreadChannels()) {
            if (t.getOwnerIdLong() == self && !t.isArchived() && triggers.channelAllowed(t.getParentChannel().getIdLong())) {
                out.add(t);
            }
        }
        out.removeIf(c -> !guild.getSelfMember().hasPermission(c, Permission.VIEW_CHANNEL, Permission.MESSAGE_HISTORY));
        return out;
    }

    private List<Message> missed(GuildMessageChannel channel, Instant since) {
        int limit = Math.min(100, config.catchUpLimit());
        OptionalLong after = lastSeen.of(channel.getIdLong());
        try {
            List<Message> messages = after.isPresent()
                    ? MessageHistory.getHistoryAfter(channel, Long.toUnsignedString(after.getAsLong())).limit(limit)
                            .complete().getRetrievedHistory()
                    : channel.getHistory().retrievePast(limit).complete();
            return messages.stream().filter(m -> !m.getTimeCreated().toInstant().isBefore(since))
                    .sorted(Comparator.comparingLong(Message::getIdLong)).toList();
        } catch (RuntimeException e) {
            LOG.warn("Discord: cannot read the history of channel {}: {}", channel.getId(), e.getMessage());
            return List.of();
        }
    }

    /** An answer to an edited question replaces the earlier answer (see {@link Delivery}). */
    @Override
    public boolean supportsEdits() {
        return true;
    }

    @Override
    public String deliver(OutboundMessage message) {
        JDA current = jda;
        if (current == null || !ready) {
            throw new RateLimitedException("the Discord gateway is held by another instance or not connected yet",
                    java.time.Duration.ofSeconds(5));
        }
        return delivery.deliver(current, message);
    }

    @Override
    public void typing(String threadKey) {
        JDA current = jda;
        ThreadKey key = ThreadKey.parse(threadKey).orElse(null);
        if (current == null || key == null) {
            return;
        }
        try {
            switch (key.kind()) {
                case DM -> current.openPrivateChannelById(key.id()).flatMap(MessageChannel::sendTyping)
                        .queue(ok -> { }, e -> LOG.debug("typing: {}", e.getMessage()));
                case THREAD -> {
                    MessageChannel c = current.getThreadChannelById(key.id());
                    typingIn(c != null ? c : current.getTextChannelById(key.channel()));
                }
                case REPLY -> typingIn(current.getChannelById(GuildMessageChannel.class, key.channel()));
                case ASK -> { } // the deferred reply already shows "thinking"
            }
        } catch (RuntimeException e) {
            LOG.debug("typing in {} failed: {}", threadKey, e.getMessage());
        }
    }

    private static void typingIn(MessageChannel channel) {
        if (channel != null) {
            channel.sendTyping().queue(ok -> { }, e -> LOG.debug("typing: {}", e.getMessage()));
        }
    }

    /** Announces a new escalation in the staff channel, with a link to the conversation in the console. */
    @Override
    public void escalated(ConversationSnapshot conversation, InboundMessage message, EscalationReason reason) {
        JDA current = jda;
        if (config.staffChannel().isEmpty()) {
            return;
        }
        if (current == null) {
            LOG.info("Discord: escalation of {} not announced: this instance does not hold the gateway",
                    conversation.id());
            return;
        }
        try {
            TextChannel staff = current.getTextChannelById(config.staffChannel());
            if (staff == null) {
                LOG.warn("Discord: staff channel {} is unknown or unreadable", config.staffChannel());
                return;
            }
            staff.sendMessage(escalationNotice(conversation, message, reason, config.consoleUrl()))
                    .setAllowedMentions(List.of()).mentionRepliedUser(false)
                    .queue(ok -> { }, e -> LOG.warn("Discord: escalation notice not sent: {}", e.getMessage()));
        } catch (RuntimeException e) {
            LOG.warn("Discord: escalation notice not sent: {}", e.getMessage());
        }
    }

    static String escalationNotice(ConversationSnapshot c, InboundMessage m, EscalationReason reason,
                                   String consoleUrl) {
        String who = m.senderName().isBlank() ? m.sender() : m.senderName();
        return ReplyFormatter.defuse("**Escalated** (" + reason.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + "): " + who + " on " + c.channel() + " is waiting for a member of staff.\n"
                + consoleUrl + "#" + c.id());
    }

    @Override
    public void stop() {
        exec.shutdownNow();
        disconnect();
    }
}
