package org.osee.connectors.discord.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Discord on loopback, for tests: the REST API under {@code /api/v10/} and a gateway websocket, with one guild, a few
 * text channels, people and DMs. It is as strict as Discord where the connector could go wrong (2,000 characters,
 * one thread per message, one acknowledgement per interaction within 3 seconds, no message content without the
 * privileged intent unless the bot is mentioned) and records every request and every gateway frame it received.
 * Messages posted while no session is connected are kept in the history but never replayed, as on Discord.
 */
public final class DiscordStandIn implements AutoCloseable {
    public static final long BOT = 900000000000000001L;
    public static final long APPLICATION = 900000000000000002L;
    public static final long GUILD = 900000000000000003L;
    /** Permissions of @everyone: view, send, embed links, read history, create public threads, send in threads. */
    static final String PERMISSIONS = Long.toString((1L << 10) | (1L << 11) | (1L << 14) | (1L << 16) | (1L << 35)
            | (1L << 38));
    static final int MESSAGE_CONTENT_INTENT = 1 << 15;
    private static final Pattern USER_MENTION = Pattern.compile("<@!?(\\d+)>");

    final ObjectNode botUser = Json.user(BOT, "osee", true);
    final Map<Long, ObjectNode> channels = new LinkedHashMap<>();
    final Map<Long, ObjectNode> threads = new ConcurrentHashMap<>();
    final Map<Long, ObjectNode> dmChannels = new ConcurrentHashMap<>();
    final Map<Long, ObjectNode> users = new ConcurrentHashMap<>();
    final Map<Long, List<ObjectNode>> messages = new ConcurrentHashMap<>();
    final Map<Long, Interaction> interactions = new ConcurrentHashMap<>();
    final Map<String, Interaction> interactionsByToken = new ConcurrentHashMap<>();
    final Map<String, ObjectNode> nonces = new ConcurrentHashMap<>();
    final List<Recorded> requests = new CopyOnWriteArrayList<>();
    volatile ArrayNode commands = Json.array();
    volatile Duration interactionWindow = Duration.ofSeconds(3);
    private final StandInRest rest;
    private final StandInGateway gateway;

    /** One request the stand-in received. */
    public record Recorded(String method, String path, String query, JsonNode body, Instant at) {}

    /** An interaction the stand-in created, with what the bot did to it. */
    public static final class Interaction {
        final long id;
        final String token;
        final long channelId;
        final long guildId;
        final Instant createdAt = Instant.now();
        final List<Integer> callbacks = new CopyOnWriteArrayList<>();
        volatile Long originalMessage;

        Interaction(long id, String token, long channelId, long guildId) {
            this.id = id;
            this.token = token;
            this.channelId = channelId;
            this.guildId = guildId;
        }

        /** The callback types the bot sent (5: deferred reply, 4: reply, 6: deferred update). */
        public List<Integer> callbacks() {
            return List.copyOf(callbacks);
        }

        /** The response message, once the bot edited the original response. */
        public Optional<Long> originalMessage() {
            return Optional.ofNullable(originalMessage);
        }
    }

    private DiscordStandIn(List<String> channelNames) throws Exception {
        users.put(BOT, botUser);
        int position = 0;
        for (String name : channelNames) {
            long id = Json.snowflake();
            channels.put(id, Json.textChannel(id, GUILD, name, position++));
            messages.put(id, new CopyOnWriteArrayList<>());
        }
        rest = new StandInRest(this);
        gateway = new StandInGateway(this);
        gateway.start();
        gateway.awaitStarted();
    }

    /** Starts REST and gateway on free loopback ports, with a guild holding text channels of these names. */
    public static DiscordStandIn start(String... channelNames) throws Exception {
        return new DiscordStandIn(List.of(channelNames));
    }

    public String apiUrl() {
        return "http://127.0.0.1:" + rest.port() + "/api/v10/";
    }

    public String gatewayUrl() {
        return "ws://127.0.0.1:" + gateway.getPort();
    }

    /** The id of the text channel of that name. */
    public long channel(String name) {
        return channels.values().stream().filter(c -> c.get("name").asText().equals(name))
                .map(c -> c.get("id").asLong()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no channel " + name));
    }

    /** A person (or, with {@code bot}, another bot) who can post; returns the user id. */
    public long user(String name, boolean bot) {
        long id = Json.snowflake();
        users.put(id, Json.user(id, name, bot));
        return id;
    }

    public long user(String name) {
        return user(name, false);
    }

    // ---- what people do ----

    /** Posts in a guild channel or thread, mentioning the bot first when {@code mentionBot}; returns the message id. */
    public long post(long channelId, long userId, String content, boolean mentionBot) {
        String text = mentionBot ? "<@" + BOT + "> " + content : content;
        return postRaw(channelId, userId, text, null);
    }

    /** Posts in a guild channel as it is, computing mentions from the text as Discord does. */
    public long postRaw(long channelId, long userId, String content, String webhookId) {
        requireGuildChannel(channelId);
        long id = Json.snowflake();
        ObjectNode m = Json.message(id, channelId, GUILD, users.get(userId), content);
        m.set("member", Json.member(null, null));
        if (webhookId != null) {
            m.put("webhook_id", webhookId);
        }
        mentions(m, content, null);
        store(channelId, m);
        gateway.dispatch("MESSAGE_CREATE", m, GUILD);
        return id;
    }

    /** Replies to a message (a reply to the bot mentions it, as the Discord client does by default). */
    public long reply(long channelId, long userId, String content, long repliedTo) {
        requireGuildChannel(channelId);
        long id = Json.snowflake();
        ObjectNode m = Json.message(id, channelId, GUILD, users.get(userId), content);
        m.set("member", Json.member(null, null));
        m.put("type", 19);
        ObjectNode ref = m.putObject("message_reference");
        ref.put("message_id", Long.toString(repliedTo));
        ref.put("channel_id", Long.toString(channelId));
        ref.put("guild_id", Long.toString(GUILD));
        mentions(m, content, null);
        ObjectNode original = find(channelId, repliedTo).orElseThrow();
        if (original.get("author").get("id").asLong() == BOT) {
            ((ArrayNode) m.get("mentions")).add(botUser.deepCopy());
        }
        store(channelId, m);
        gateway.dispatch("MESSAGE_CREATE", m, GUILD);
        return id;
    }

    /**
     * The author edits a message they posted: its content changes, {@code edited_timestamp} is set and MESSAGE_UPDATE
     * is dispatched, as Discord does.
     */
    public void edit(long channelId, long messageId, String content) {
        ObjectNode m = find(channelId, messageId).orElseThrow();
        m.put("content", content);
        mentions(m, content, null);
        m.put("edited_timestamp", Json.timestamp(Instant.now()));
        gateway.dispatch("MESSAGE_UPDATE", m.deepCopy(), isGuildChannel(channelId) ? GUILD : 0);
    }

    /** Someone deletes a message (no event is dispatched: the connector does not listen to deletions). */
    public void delete(long channelId, long messageId) {
        messages.getOrDefault(channelId, List.of()).removeIf(m -> m.get("id").asLong() == messageId);
    }

    /** Sends the bot a direct message; returns the message id. */
    public long dm(long userId, String content) {
        long channelId = dmChannel(userId).get("id").asLong();
        long id = Json.snowflake();
        ObjectNode m = Json.message(id, channelId, 0, users.get(userId), content);
        mentions(m, content, null);
        store(channelId, m);
        gateway.dispatch("MESSAGE_CREATE", m, 0);
        return id;
    }

    /** Runs a slash command in a guild channel ({@code options}: name → string value); returns the interaction. */
    public Interaction slash(long channelId, long userId, String command, Map<String, String> options) {
        ObjectNode data = Json.object();
        data.put("id", Long.toString(commandId(command)));
        data.put("name", command);
        data.put("type", 1);
        ArrayNode opts = data.putArray("options");
        options.forEach((k, v) -> opts.addObject().put("name", k).put("type", 3).put("value", v));
        return interact(2, channelId, userId, data, null);
    }

    /** Presses a button under a bot message; returns the interaction. */
    public Interaction click(long channelId, long userId, long messageId, String customId) {
        ObjectNode data = Json.object();
        data.put("custom_id", customId);
        data.put("component_type", 2);
        ObjectNode message = find(channelId, messageId)
                .orElseThrow(() -> new IllegalArgumentException("no message " + messageId + " in " + channelId));
        return interact(3, channelId, userId, data, message);
    }

    private Interaction interact(int type, long channelId, long userId, ObjectNode data, ObjectNode message) {
        long id = Json.snowflake();
        String token = "itoken-" + id;
        boolean dm = dmChannels.values().stream().anyMatch(c -> c.get("id").asLong() == channelId);
        Interaction interaction = new Interaction(id, token, channelId, dm ? 0 : GUILD);
        interactions.put(id, interaction);
        interactionsByToken.put(token, interaction);
        ObjectNode i = Json.object();
        i.put("id", Long.toString(id));
        i.put("application_id", Long.toString(APPLICATION));
        i.put("type", type);
        i.set("data", data);
        i.put("channel_id", Long.toString(channelId));
        i.put("token", token);
        i.put("version", 1);
        i.put("locale", "en-US");
        i.put("app_permissions", PERMISSIONS);
        i.set("entitlements", Json.array());
        if (dm) {
            i.set("user", users.get(userId));
            i.set("channel", dmChannels.values().stream().filter(c -> c.get("id").asLong() == channelId)
                    .findFirst().orElseThrow());
            i.put("context", 1);
            i.putObject("authorizing_integration_owners").put("1", Long.toString(userId));
        } else {
            i.put("guild_id", Long.toString(GUILD));
            i.put("guild_locale", "en-US");
            i.putObject("guild").put("id", Long.toString(GUILD)).put("locale", "en-US").set("features", Json.array());
            i.set("member", Json.member(users.get(userId), PERMISSIONS));
            i.set("channel", channelObject(channelId));
            i.put("context", 0);
            i.putObject("authorizing_integration_owners").put("0", Long.toString(GUILD));
        }
        if (message != null) {
            i.set("message", message);
        }
        gateway.dispatch("INTERACTION_CREATE", i, dm ? 0 : GUILD);
        return interaction;
    }

    // ---- gateway control ----

    /** Drops the gateway connection abruptly and refuses to resume, so the bot must identify anew. */
    public void dropGateway() {
        gateway.dropAll();
    }

    /** While down, gateway connections are refused (an outage); messages posted meanwhile are not replayed. */
    public void gatewayDown(boolean down) {
        gateway.down = down;
        if (down) {
            gateway.dropAll();
        }
    }

    /** How long a bot has to acknowledge an interaction (Discord: 3 seconds). */
    public void interactionWindow(Duration window) {
        interactionWindow = window;
    }

    public int identifies() {
        return gateway.identifies.get();
    }

    public boolean sessionReady() {
        return gateway.ready();
    }

    /** Every gateway frame the bot sent. */
    public List<JsonNode> gatewayReceived() {
        return List.copyOf(gateway.received);
    }

    // ---- what tests look at ----

    public List<Recorded> requests() {
        return List.copyOf(requests);
    }

    public List<Recorded> requests(String method, String pathPattern) {
        Pattern p = Pattern.compile(pathPattern);
        return requests.stream().filter(r -> r.method().equals(method) && p.matcher(r.path()).matches()).toList();
    }

    /** Messages of a channel, thread or DM channel, oldest first. */
    public List<ObjectNode> messagesIn(long channelId) {
        return List.copyOf(messages.getOrDefault(channelId, List.of()));
    }

    /** Every message the bot posted anywhere, oldest first. */
    public List<ObjectNode> botMessages() {
        return messages.values().stream().flatMap(List::stream)
                .filter(m -> m.get("author").get("id").asLong() == BOT)
                .sorted(Comparator.comparingLong(m -> m.get("id").asLong())).toList();
    }

    /** The thread started from a message, if any. */
    public Optional<ObjectNode> threadOf(long messageId) {
        return Optional.ofNullable(threads.get(messageId));
    }

    /** The DM channel between the bot and a person (created on first use). */
    public long dmChannelOf(long userId) {
        return dmChannel(userId).get("id").asLong();
    }

    public ArrayNode commands() {
        return commands.deepCopy();
    }

    // ---- shared with the REST and gateway parts ----

    ObjectNode dmChannel(long userId) {
        return dmChannels.computeIfAbsent(userId, u -> {
            long id = Json.snowflake();
            messages.put(id, new CopyOnWriteArrayList<>());
            return Json.dmChannel(id, users.get(u));
        });
    }

    ObjectNode channelObject(long channelId) {
        ObjectNode c = channels.get(channelId);
        if (c == null) {
            c = threads.values().stream().filter(t -> t.get("id").asLong() == channelId).findFirst().orElse(null);
        }
        if (c == null) {
            c = dmChannels.values().stream().filter(d -> d.get("id").asLong() == channelId).findFirst().orElse(null);
        }
        return c;
    }

    boolean isGuildChannel(long channelId) {
        return channels.containsKey(channelId) || threads.containsKey(channelId);
    }

    void store(long channelId, ObjectNode message) {
        messages.computeIfAbsent(channelId, c -> new CopyOnWriteArrayList<>()).add(message);
    }

    Optional<ObjectNode> find(long channelId, long messageId) {
        return messages.getOrDefault(channelId, List.of()).stream()
                .filter(m -> m.get("id").asLong() == messageId).findFirst();
    }

    /** Fills {@code mentions} and {@code mention_everyone} as Discord would, given the sender's allowed mentions. */
    void mentions(ObjectNode message, String content, JsonNode allowed) {
        boolean users = allowed == null || contains(allowed.get("parse"), "users");
        boolean everyone = allowed == null || contains(allowed.get("parse"), "everyone");
        ArrayNode list = Json.array();
        Matcher m = USER_MENTION.matcher(content);
        while (m.find()) {
            long id = Long.parseLong(m.group(1));
            boolean listed = allowed != null && allowed.has("users") && contains(allowed.get("users"), m.group(1));
            if ((users || listed) && this.users.containsKey(id)) {
                list.add(this.users.get(id).deepCopy());
            }
        }
        message.set("mentions", list);
        message.put("mention_everyone", everyone && (content.contains("@everyone") || content.contains("@here")));
        boolean roles = allowed == null || contains(allowed.get("parse"), "roles");
        message.set("mention_roles", Json.array());
        if (roles && content.contains("<@&")) {
            message.put("mentions_roles_allowed", true);
        }
    }

    private static boolean contains(JsonNode array, String value) {
        if (array == null || !array.isArray()) {
            return false;
        }
        for (JsonNode n : array) {
            if (n.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    void gatewayDispatch(ObjectNode message, long guildId) {
        gateway.dispatch("MESSAGE_CREATE", message, guildId);
    }

    void gatewayDispatchEvent(String type, ObjectNode data, long guildId) {
        gateway.dispatch(type, data, guildId);
    }

    /**
     * A message as the bot may see it: without the privileged message-content intent, guild messages that neither
     * mention the bot nor come from it arrive with empty content, embeds, attachments and components.
     */
    ObjectNode visible(ObjectNode message) {
        ObjectNode copy = message.deepCopy();
        copy.remove("allowed_mentions_sent");
        copy.remove("mentions_roles_allowed");
        boolean guild = copy.has("guild_id");
        boolean fromBot = copy.get("author").get("id").asLong() == BOT;
        boolean mentioned = false;
        for (JsonNode u : copy.get("mentions")) {
            mentioned |= u.get("id").asLong() == BOT;
        }
        if (guild && !fromBot && !mentioned && (gateway.intents() & MESSAGE_CONTENT_INTENT) == 0) {
            copy.put("content", "");
            copy.set("embeds", Json.array());
            copy.set("attachments", Json.array());
            copy.set("components", Json.array());
        }
        return copy;
    }

    long commandId(String name) {
        for (JsonNode c : commands) {
            if (c.get("name").asText().equals(name)) {
                return c.get("id").asLong();
            }
        }
        return Json.snowflake();
    }

    private void requireGuildChannel(long channelId) {
        if (!isGuildChannel(channelId)) {
            throw new IllegalArgumentException("no guild channel " + channelId);
        }
    }

    @Override
    public void close() throws Exception {
        rest.stop();
        gateway.stop(1000);
    }
}
