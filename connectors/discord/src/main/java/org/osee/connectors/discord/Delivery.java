package org.osee.connectors.discord;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.components.ActionRow;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.osee.bot.domain.Author;
import org.osee.bot.domain.Decision;
import org.osee.bot.domain.OutboundMessage;
import org.osee.bot.port.ChannelException;
import org.osee.bot.port.RateLimitedException;

/**
 * Sends one outbox item to where its conversation lives: a DM, a thread started from the question (created on the
 * first answer), a reply in a channel, or the response of an {@code /ask} interaction. Runs on the pipeline's sender
 * thread, so waiting for Discord ({@code complete()}) is fine here; JDA's rate limiter paces the requests. Each part
 * carries a nonce derived from the outbox id that Discord enforces, so a retried delivery does not post twice.
 */
final class Delivery {
    private static final java.util.Set<ErrorResponse> GONE = java.util.EnumSet.of(ErrorResponse.UNKNOWN_WEBHOOK,
            ErrorResponse.UNKNOWN_MESSAGE, ErrorResponse.UNKNOWN_INTERACTION, ErrorResponse.INVALID_WEBHOOK_TOKEN);
    /** Interaction tokens last 15 minutes; past that, the answer goes to the channel. */
    private static final Duration TOKEN_LIFE = Duration.ofMinutes(14);
    private final Map<String, CompletableFuture<?>> acknowledgements;

    Delivery(Map<String, CompletableFuture<?>> acknowledgements) {
        this.acknowledgements = acknowledgements;
    }

    String deliver(JDA jda, OutboundMessage msg) {
        ThreadKey key = ThreadKey.parse(msg.threadKey()).orElseThrow(() -> new ChannelException(
                "not a Discord conversation: " + msg.threadKey(), false));
        List<String> parts = ReplyFormatter.format(msg.text(), msg.citations());
        ActionRow row = msg.author() == Author.BOT && msg.decision() != Decision.ESCALATE && isId(msg.recipient())
                ? Buttons.row(msg.id(), Long.parseUnsignedLong(msg.recipient()), key) : null;
        try {
            if (interactionOpen(msg)) {
                try {
                    return respond(jda, parts, row, msg);
                } catch (ErrorResponseException e) {
                    if (!GONE.contains(e.getErrorResponse())) {
                        throw e;
                    } // the interaction response is gone: the answer goes to the channel instead
                }
            }
            MessageChannel target = switch (key.kind()) {
                case DM -> jda.openPrivateChannelById(key.id()).complete();
                case THREAD -> thread(jda, key, msg);
                case REPLY, ASK -> guildChannel(jda, key.channel());
            };
            if (isId(msg.replaces()) && edit(target, msg.replaces(), parts, row)) {
                return parts.size() == 1 ? msg.replaces() : send(target, parts.subList(1, parts.size()), row, msg.id(),
                        null);
            }
            return send(target, parts, row, msg.id(), key.kind() == ThreadKey.Kind.REPLY ? replyTo(msg) : null);
        } catch (ErrorResponseException e) {
            throw translate(e);
        } catch (InsufficientPermissionException e) {
            throw new ChannelException("missing Discord permission " + e.getPermission() + " in " + key, false, e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ChannelException("Discord refused the message for " + key + ": " + e.getMessage(), false, e);
        }
    }

    private static String send(MessageChannel channel, List<String> parts, ActionRow row, long outboxId,
                               String replyTo) {
        String last = null;
        for (int i = 0; i < parts.size(); i++) {
            MessageCreateAction action = channel.sendMessage(parts.get(i)).setAllowedMentions(List.of())
                    .mentionRepliedUser(false).setNonce("o" + outboxId + "." + i);
            if (i == 0 && replyTo != null) {
                action = action.setMessageReference(replyTo).failOnInvalidReply(false);
            }
            if (i == parts.size() - 1 && row != null) {
                action = action.setComponents(row);
            }
            last = action.complete().getId();
        }
        return last;
    }

    /**
     * Replaces the earlier answer {@code messageId} with the first part (its buttons too when it is the only part, else
     * none: the old ones are for the old answer). False when that message is gone or not the bot's to edit (a slash
     * command's response), so the answer is sent as a new message.
     */
    private static boolean edit(MessageChannel channel, String messageId, List<String> parts, ActionRow row) {
        try {
            channel.editMessageById(messageId, parts.get(0)).setAllowedMentions(List.of())
                    .setComponents(parts.size() == 1 && row != null ? List.of(row) : List.of()).complete();
            return true;
        } catch (ErrorResponseException e) {
            if (e.getErrorResponse() == ErrorResponse.UNKNOWN_MESSAGE
                    || e.getErrorResponse() == ErrorResponse.INVALID_AUTHOR_EDIT) {
                return false;
            }
            throw e;
        }
    }

    /** Whether the message answers a slash command whose response can still be edited. */
    private static boolean interactionOpen(OutboundMessage msg) {
        Map<String, String> meta = msg.replyMetadata();
        long at = parseLong(meta.get("interaction-at"));
        return meta.get("interaction-token") != null && Instant.ofEpochMilli(at).plus(TOKEN_LIFE).isAfter(Instant.now());
    }

    /** Edits the deferred response of the slash command; further parts follow up on it. */
    private String respond(JDA jda, List<String> parts, ActionRow row, OutboundMessage msg) {
        String token = msg.replyMetadata().get("interaction-token");
        awaitAcknowledged(token);
        InteractionHook hook = InteractionHook.from(jda, token);
        MessageEditData first = MessageEditData.fromCreateData(MessageCreateData.fromContent(parts.get(0)));
        var edit = hook.editOriginal(first).setAllowedMentions(List.of());
        if (parts.size() == 1 && row != null) {
            edit = edit.setComponents(row);
        }
        Message last = edit.complete();
        for (int i = 1; i < parts.size(); i++) {
            var follow = hook.sendMessage(parts.get(i)).setAllowedMentions(List.of());
            if (i == parts.size() - 1 && row != null) {
                follow = follow.setComponents(row);
            }
            last = follow.complete();
        }
        return last.getId();
    }

    private void awaitAcknowledged(String token) {
        CompletableFuture<?> ack = acknowledgements.remove(token); // put before the question was stored
        if (ack != null) {
            try {
                ack.get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                // the edit tells whether the response exists
            }
        }
    }

    private static MessageChannel thread(JDA jda, ThreadKey key, OutboundMessage msg) {
        ThreadChannel thread = jda.getThreadChannelById(key.id());
        if (thread != null) {
            return thread;
        }
        TextChannel parent = jda.getTextChannelById(key.channel());
        if (parent == null) {
            throw new ChannelException("unknown or unreadable Discord channel " + key.channel(), false);
        }
        try {
            return parent.createThreadChannel(threadName(msg), key.id()).complete();
        } catch (ErrorResponseException e) {
            if (e.getErrorCode() == 160004) { // made by an earlier attempt; its THREAD_CREATE may still be on its way
                ThreadChannel made = jda.getThreadChannelById(key.id());
                if (made != null) {
                    return made;
                }
                throw new ChannelException("thread " + key.id() + " exists but is not known yet", true, e);
            }
            if (e.getErrorResponse() == ErrorResponse.UNKNOWN_MESSAGE) {
                return parent; // the question was deleted: answer in the channel
            }
            throw e;
        }
    }

    static String threadName(OutboundMessage msg) {
        String q = msg.inReplyTo() == null ? "" : msg.inReplyTo().text().replaceAll("\\s+", " ").strip();
        q = ReplyFormatter.defuse(q);
        if (q.isEmpty()) {
            return "Question";
        }
        return q.length() <= 90 ? q : q.substring(0, 89).strip() + "\u2026";
    }

    private static GuildMessageChannel guildChannel(JDA jda, long id) {
        GuildMessageChannel channel = jda.getChannelById(GuildMessageChannel.class, id);
        if (channel == null) {
            throw new ChannelException("unknown or unreadable Discord channel " + id, false);
        }
        return channel;
    }

    private static String replyTo(OutboundMessage msg) {
        String id = msg.replyMetadata().get("message");
        return isId(id) ? id : null;
    }

    static ChannelException translate(ErrorResponseException e) {
        int status = e.getResponse() == null ? 0 : e.getResponse().code;
        String what = "Discord error " + e.getErrorCode() + " (HTTP " + status + "): " + e.getMeaning();
        if (status == 429) {
            return new RateLimitedException(what, Duration.ofSeconds(5), e);
        }
        boolean retriable = status == 0 || status >= 500 || status == 408;
        return new ChannelException(what, retriable, e);
    }

    private static boolean isId(String value) {
        return value != null && value.matches("\\d{1,20}");
    }

    private static long parseLong(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
