package org.osee.connectors.discord.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** The Discord objects the stand-in sends, shaped as Discord sends them (only the fields JDA reads, and then some). */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final long DISCORD_EPOCH = 1420070400000L;
    private static final AtomicLong LAST = new AtomicLong();

    private Json() {}

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static JsonNode parse(String text) {
        try {
            return text == null || text.isBlank() ? object() : MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new snowflake: time-ordered and unique, like Discord's ids. */
    static long snowflake() {
        long now = (System.currentTimeMillis() - DISCORD_EPOCH) << 22;
        return LAST.accumulateAndGet(now, (last, candidate) -> Math.max(last + 1, candidate));
    }

    static Instant timeOf(long snowflake) {
        return Instant.ofEpochMilli((snowflake >>> 22) + DISCORD_EPOCH);
    }

    static String timestamp(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC).toString();
    }

    static ObjectNode user(long id, String name, boolean bot) {
        ObjectNode u = object();
        u.put("id", Long.toString(id));
        u.put("username", name);
        u.put("global_name", name);
        u.put("discriminator", "0");
        u.putNull("avatar");
        u.put("bot", bot);
        u.put("public_flags", 0);
        return u;
    }

    static ObjectNode member(ObjectNode user, String permissions) {
        ObjectNode m = object();
        if (user != null) {
            m.set("user", user);
        }
        m.set("roles", array());
        m.put("joined_at", timestamp(Instant.parse("2024-01-01T00:00:00Z")));
        m.put("deaf", false);
        m.put("mute", false);
        m.put("flags", 0);
        m.put("pending", false);
        if (permissions != null) {
            m.put("permissions", permissions);
        }
        return m;
    }

    static ObjectNode textChannel(long id, long guildId, String name, int position) {
        ObjectNode c = object();
        c.put("id", Long.toString(id));
        c.put("type", 0);
        c.put("guild_id", Long.toString(guildId));
        c.put("name", name);
        c.put("position", position);
        c.set("permission_overwrites", array());
        c.putNull("parent_id");
        c.putNull("topic");
        c.put("nsfw", false);
        c.put("rate_limit_per_user", 0);
        c.putNull("last_message_id");
        return c;
    }

    static ObjectNode thread(long id, long guildId, long parentId, long ownerId, String name) {
        ObjectNode c = object();
        c.put("id", Long.toString(id));
        c.put("type", 11);
        c.put("guild_id", Long.toString(guildId));
        c.put("parent_id", Long.toString(parentId));
        c.put("owner_id", Long.toString(ownerId));
        c.put("name", name);
        c.put("message_count", 0);
        c.put("member_count", 1);
        c.put("total_message_sent", 0);
        c.put("rate_limit_per_user", 0);
        c.put("flags", 0);
        ObjectNode meta = c.putObject("thread_metadata");
        meta.put("archived", false);
        meta.put("auto_archive_duration", 1440);
        meta.put("archive_timestamp", timestamp(Instant.now()));
        meta.put("locked", false);
        meta.put("create_timestamp", timestamp(Instant.now()));
        return c;
    }

    static ObjectNode dmChannel(long id, ObjectNode recipient) {
        ObjectNode c = object();
        c.put("id", Long.toString(id));
        c.put("type", 1);
        c.set("recipients", array().add(recipient));
        c.putNull("last_message_id");
        return c;
    }

    static ObjectNode role(long id, String name, String permissions) {
        ObjectNode r = object();
        r.put("id", Long.toString(id));
        r.put("name", name);
        r.put("permissions", permissions);
        r.put("position", 0);
        r.put("color", 0);
        r.put("hoist", false);
        r.put("managed", false);
        r.put("mentionable", false);
        r.put("flags", 0);
        return r;
    }

    /** A message as Discord stores it; {@code guildId} 0 for a DM. */
    static ObjectNode message(long id, long channelId, long guildId, ObjectNode author, String content) {
        ObjectNode m = object();
        m.put("id", Long.toString(id));
        m.put("channel_id", Long.toString(channelId));
        if (guildId != 0) {
            m.put("guild_id", Long.toString(guildId));
        }
        m.set("author", author);
        m.put("content", content);
        m.put("timestamp", timestamp(timeOf(id)));
        m.putNull("edited_timestamp");
        m.put("tts", false);
        m.put("mention_everyone", false);
        m.set("mentions", array());
        m.set("mention_roles", array());
        m.set("attachments", array());
        m.set("embeds", array());
        m.set("components", array());
        m.put("pinned", false);
        m.put("type", 0);
        m.put("flags", 0);
        return m;
    }
}
