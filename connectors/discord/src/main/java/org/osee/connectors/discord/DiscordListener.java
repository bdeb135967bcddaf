package org.osee.connectors.discord;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.message.MessageUpdateEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.osee.bot.channel.FloodGuard;
import org.osee.bot.domain.InboundMessage;
import org.osee.bot.port.Inbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives Discord events on JDA's event thread and turns the ones to answer into inbound messages, stored in the
 * inbox before anything else; everything sent back from here is queued, never awaited ({@code complete()} would
 * block the event thread).
 */
final class DiscordListener extends ListenerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordListener.class);
    static final String FLOOD_NOTICE = "You are sending questions faster than I can answer them. I will answer "
            + "the first ones; please wait a minute before asking more.";

    private final Triggers triggers;
    private final FloodGuard flood;
    private final LastSeen lastSeen;
    private final Supplier<Inbox> inbox;
    private final Runnable onSession;
    /** Deferred replies of interactions, so a delivery never edits a response Discord has not acknowledged yet. */
    final Map<String, CompletableFuture<?>> acknowledgements = new ConcurrentHashMap<>();

    DiscordListener(Triggers triggers, FloodGuard flood, LastSeen lastSeen, Supplier<Inbox> inbox, Runnable onSession) {
        this.triggers = triggers;
        this.flood = flood;
        this.lastSeen = lastSeen;
        this.inbox = inbox;
        this.onSession = onSession;
    }

    @Override
    public void onReady(ReadyEvent event) {
        onSession.run();
    }

    @Override
    public void onSessionRecreate(SessionRecreateEvent event) {
        onSession.run();
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        Message m = event.getMessage();
        long self = event.getJDA().getSelfUser().getIdLong();
        lastSeen.saw(m.getChannel().getIdLong(), m.getIdLong());
        receive(m, self, true);
    }

    /**
     * An edited question (one the bot would answer as it now reads) is asked again as an EDIT turn; its answer
     * replaces the earlier one. Updates without an edit time (Discord adding a link preview) are not edits.
     */
    @Override
    public void onMessageUpdate(MessageUpdateEvent event) {
        Message m = event.getMessage();
        if (m.getTimeEdited() == null) {
            return;
        }
        triggers.question(m, event.getJDA().getSelfUser().getIdLong())
                .ifPresent(q -> store(Inbounds.edit(q, m.getTimeEdited().toInstant())));
    }

    /**
     * Handles one message, live or from a catch-up (which sends no flood notice: that goes to the flooder's next live
     * message); returns whether it was stored.
     */
    boolean receive(Message m, long self, boolean live) {
        Optional<Question> question = triggers.question(m, self);
        if (question.isEmpty()) {
            return false;
        }
        Question q = question.get();
        FloodGuard.Verdict verdict = flood(q.author(), q.messageId(), q.at(), live);
        if (verdict == FloodGuard.Verdict.NOTICE) {
            m.getChannel().sendMessage(FLOOD_NOTICE).setMessageReference(m).failOnInvalidReply(false)
                    .setAllowedMentions(java.util.List.of()).mentionRepliedUser(false)
                    .queue(ok -> { }, e -> LOG.debug("Flood notice not sent: {}", e.getMessage()));
        }
        if (verdict != FloodGuard.Verdict.ALLOW) {
            LOG.debug("Dropped message {} of user {}: over the flood limit", q.messageId(), q.author());
            return false;
        }
        return store(Inbounds.text(q));
    }

    /**
     * The flood guard's verdict on one message of one user, seen live or read late by a catch-up (Discord ids are
     * unsigned 64-bit numbers).
     */
    private FloodGuard.Verdict flood(long user, long messageId, Instant at, boolean live) {
        String sender = Long.toUnsignedString(user);
        String id = Long.toUnsignedString(messageId);
        return live ? flood.check(sender, id, at) : flood.checkLate(sender, id, at);
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        String name = event.getName();
        if (!name.equals(SlashCommands.ASK) && !name.equals(SlashCommands.HUMAN)) {
            return;
        }
        User user = event.getUser();
        long channel = event.getChannelIdLong();
        boolean dm = event.getChannelType() == ChannelType.PRIVATE;
        if (!dm && (event.getGuild() == null || !triggers.guildAllowed(event.getGuild().getIdLong())
                || !triggers.channelAllowed(channel))) {
            event.reply("I do not answer in this channel.").setEphemeral(true).queue(ok -> { }, this::ackFailed);
            return;
        }
        ThreadKey key = dm ? ThreadKey.dm(user.getIdLong()) : ThreadKey.ask(channel, user.getIdLong());
        Instant at = event.getTimeCreated().toInstant();
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("channel", Long.toUnsignedString(channel));
        meta.put("interaction", event.getId());
        meta.put("interaction-token", event.getToken());
        meta.put("interaction-at", Long.toString(at.toEpochMilli()));
        InboundMessage inbound;
        if (name.equals(SlashCommands.HUMAN)) {
            inbound = Inbounds.human(event.getIdLong(), key, user.getIdLong(), user.getEffectiveName(), at, meta);
        } else {
            OptionMapping option = event.getOption(SlashCommands.QUESTION);
            String text = option == null ? "" : Triggers.clean(option.getAsString(), event.getJDA().getSelfUser()
                    .getIdLong());
            if (text.isBlank()) {
                event.reply("Please write your question after /ask.").setEphemeral(true)
                        .queue(ok -> { }, this::ackFailed);
                return;
            }
            if (flood(user.getIdLong(), event.getIdLong(), at, true) != FloodGuard.Verdict.ALLOW) {
                event.reply(FLOOD_NOTICE).setEphemeral(true).queue(ok -> { }, this::ackFailed);
                return;
            }
            inbound = Inbounds.text(new Question(event.getIdLong(), key, user.getIdLong(), user.getEffectiveName(),
                    text, at, meta));
        }
        // acknowledged before storing, so that no answer can try to edit a response Discord does not know yet
        acknowledgements.put(event.getToken(), event.deferReply().submit()
                .whenComplete((ok, e) -> { if (e != null) ackFailed(e); }));
        if (!store(inbound)) {
            event.getHook().editOriginal("Sorry, I could not take this question. Please try again later.")
                    .queue(ok -> { }, this::ackFailed);
        }
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        Optional<Buttons.Press> press = Buttons.parse(event.getComponentId());
        if (press.isEmpty()) {
            return;
        }
        Buttons.Press p = press.get();
        User user = event.getUser();
        if (user.getIdLong() != p.asker()) {
            event.reply("Only the person who asked can use these buttons.").setEphemeral(true)
                    .queue(ok -> { }, this::ackFailed);
            return;
        }
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("channel", event.getChannelId());
        meta.put("message", event.getMessageId());
        meta.put("refers-to", Long.toString(p.outboxId()));
        Instant at = event.getTimeCreated().toInstant();
        boolean stored = store(p.action() == Buttons.Action.HUMAN
                ? Inbounds.human(event.getIdLong(), p.key(), user.getIdLong(), user.getEffectiveName(), at, meta)
                : Inbounds.feedback(event.getIdLong(), p, user.getIdLong(), user.getEffectiveName(), at, meta));
        if (!stored) {
            event.reply("Sorry, that did not work. Please try again later.").setEphemeral(true)
                    .queue(ok -> { }, this::ackFailed);
        } else if (p.action() == Buttons.Action.HUMAN) {
            event.deferEdit().queue(ok -> { }, this::ackFailed); // the confirmation arrives as a message
        } else {
            event.reply(thanks(event.getUserLocale())).setEphemeral(true).queue(ok -> { }, this::ackFailed);
        }
    }

    static String thanks(DiscordLocale locale) {
        return switch (locale.getLocale().substring(0, 2)) {
            case "fr" -> "Merci pour votre avis.";
            case "de" -> "Danke für Ihre Rückmeldung.";
            case "es" -> "Gracias por su opinión.";
            case "nl" -> "Bedankt voor uw feedback.";
            default -> "Thank you for your feedback.";
        };
    }

    /** Stores one inbound message; a duplicate counts as stored. False when the inbox refused or failed. */
    private boolean store(InboundMessage message) {
        Inbox target = inbox.get();
        if (target == null) {
            return false;
        }
        try {
            if (!target.accept(message)) {
                LOG.debug("Discord message {} was stored before", message.platformMessageId());
            }
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Discord message {} not stored: {}", message.platformMessageId(), e.getMessage());
            return false;
        }
    }

    private void ackFailed(Throwable e) {
        LOG.warn("Discord interaction not acknowledged: {}", e.getMessage());
    }
}
