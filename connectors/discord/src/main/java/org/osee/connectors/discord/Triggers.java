package org.osee.connectors.discord;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageType;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;

/**
 * Decides which messages the bot answers: direct messages; in allowed servers and channels, messages that mention
 * it; and follow-ups in the threads it started (whose content Discord only shows without a mention when the
 * message-content intent is granted). Never messages of bots, webhooks, the system, or itself.
 */
final class Triggers {
    private static final Pattern OTHER_MENTIONS = Pattern.compile("<(@[!&]?|#)\\d+>");
    private final DiscordConfig config;

    Triggers(DiscordConfig config) {
        this.config = config;
    }

    Optional<Question> question(Message m, long self) {
        User author = m.getAuthor();
        if (author.isBot() || author.isSystem() || m.isWebhookMessage() || author.getIdLong() == self
                || !(m.getType() == MessageType.DEFAULT || m.getType() == MessageType.INLINE_REPLY)) {
            return Optional.empty();
        }
        MessageChannel channel = m.getChannel();
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("message", m.getId());
        meta.put("channel", channel.getId());
        ThreadKey key;
        if (channel.getType() == ChannelType.PRIVATE) {
            key = ThreadKey.dm(author.getIdLong());
        } else if (m.isFromGuild() && guildAllowed(m.getGuild().getIdLong())) {
            meta.put("guild", m.getGuild().getId());
            boolean mentioned = m.getMentions().getUsers().stream().anyMatch(u -> u.getIdLong() == self);
            if (channel instanceof ThreadChannel thread) {
                long parent = thread.getParentChannel().getIdLong();
                if (!channelAllowed(parent)) {
                    return Optional.empty();
                }
                if (thread.getOwnerIdLong() == self) {
                    key = ThreadKey.thread(parent, thread.getIdLong());
                } else if (mentioned) {
                    key = ThreadKey.reply(thread.getIdLong(), author.getIdLong());
                } else {
                    return Optional.empty();
                }
            } else if (mentioned && channelAllowed(channel.getIdLong())) {
                key = config.threads() ? ThreadKey.thread(channel.getIdLong(), m.getIdLong())
                        : ThreadKey.reply(channel.getIdLong(), author.getIdLong());
            } else {
                return Optional.empty();
            }
        } else {
            return Optional.empty();
        }
        String text = clean(m.getContentRaw(), self);
        if (text.isBlank()) {
            return Optional.empty(); // a bare mention, or content Discord hides without the intent
        }
        return Optional.of(new Question(m.getIdLong(), key, author.getIdLong(), author.getEffectiveName(), text,
                m.getTimeCreated().toInstant(), meta));
    }

    boolean guildAllowed(long guild) {
        return config.guilds().isEmpty() || config.guilds().contains(Long.toUnsignedString(guild));
    }

    boolean channelAllowed(long channel) {
        return config.channels().isEmpty() || config.channels().contains(Long.toUnsignedString(channel));
    }

    /** The question without the bot's mention; other mentions, {@code @everyone} and {@code @here} removed. */
    static String clean(String raw, long self) {
        String text = raw.replaceAll("<@!?" + Long.toUnsignedString(self) + ">", " ");
        text = OTHER_MENTIONS.matcher(text).replaceAll(" ");
        text = text.replace("@everyone", " ").replace("@here", " ");
        return text.replaceAll("[ \\t]+", " ").strip();
    }
}
