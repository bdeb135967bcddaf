package org.osee.connectors.discord.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * The gateway half of the stand-in: HELLO, IDENTIFY → READY then GUILD_CREATE, heartbeat ACKs, dispatches to ready
 * sessions only (nothing is replayed to a session that was not connected), RESUME answered with INVALID_SESSION so
 * that the bot identifies anew, as after an expired session.
 */
final class StandInGateway extends WebSocketServer {
    private final DiscordStandIn d;
    private final CountDownLatch started = new CountDownLatch(1);
    private final Map<WebSocket, Session> sessions = new ConcurrentHashMap<>();
    final List<JsonNode> received = new CopyOnWriteArrayList<>();
    final AtomicInteger identifies = new AtomicInteger();
    volatile boolean down;
    private volatile int lastIntents;

    private static final class Session {
        final AtomicInteger sequence = new AtomicInteger();
        volatile boolean ready;
    }

    StandInGateway(DiscordStandIn standIn) {
        super(new InetSocketAddress("127.0.0.1", 0));
        this.d = standIn;
        setReuseAddr(true);
        setConnectionLostTimeout(0);
    }

    void awaitStarted() throws InterruptedException {
        if (!started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the gateway stand-in did not start");
        }
    }

    int intents() {
        return lastIntents;
    }

    boolean ready() {
        return sessions.values().stream().anyMatch(s -> s.ready);
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        if (down) {
            conn.close(CloseFrame.TRY_AGAIN_LATER, "outage");
            return;
        }
        sessions.put(conn, new Session());
        ObjectNode hello = Json.object().put("op", 10);
        hello.putObject("d").put("heartbeat_interval", 41250);
        hello.putNull("s");
        hello.putNull("t");
        conn.send(Json.write(hello));
    }

    @Override
    public void onMessage(WebSocket conn, String text) {
        JsonNode frame = Json.parse(text);
        received.add(frame);
        Session session = sessions.get(conn);
        if (session == null) {
            return;
        }
        switch (frame.path("op").asInt(-1)) {
            case 1 -> conn.send(Json.write(Json.object().put("op", 11)));
            case 2 -> identify(conn, session, frame.path("d"));
            case 6 -> conn.send(Json.write(Json.object().put("op", 9).put("d", false)));
            default -> { }
        }
    }

    private void identify(WebSocket conn, Session session, JsonNode data) {
        if (!data.path("token").asText().equals("Bot " + StandInTokens.TOKEN) && !data.path("token").asText()
                .equals(StandInTokens.TOKEN)) {
            conn.close(4004, "Authentication failed.");
            return;
        }
        identifies.incrementAndGet();
        lastIntents = data.path("intents").asInt();
        ObjectNode ready = Json.object();
        ready.put("v", 10);
        ready.set("user", d.botUser.deepCopy().put("verified", true).put("mfa_enabled", false));
        ready.set("guilds", Json.array().add(Json.object().put("id", Long.toString(DiscordStandIn.GUILD))
                .put("unavailable", true)));
        ready.put("session_id", "session-" + Json.snowflake());
        ready.put("resume_gateway_url", d.gatewayUrl());
        ready.putObject("application").put("id", Long.toString(DiscordStandIn.APPLICATION)).put("flags", 0);
        ready.set("private_channels", Json.array());
        ready.set("relationships", Json.array());
        ready.set("presences", Json.array());
        send(conn, session, "READY", ready);
        send(conn, session, "GUILD_CREATE", guild());
        session.ready = true;
    }

    private ObjectNode guild() {
        ObjectNode g = Json.object();
        g.put("id", Long.toString(DiscordStandIn.GUILD));
        g.put("name", "Open Source Office");
        g.putNull("icon");
        g.put("owner_id", "1");
        g.put("unavailable", false);
        g.put("large", false);
        g.put("member_count", 2);
        g.put("afk_timeout", 300);
        g.put("verification_level", 0);
        g.put("default_message_notifications", 0);
        g.put("explicit_content_filter", 0);
        g.put("mfa_level", 0);
        g.put("nsfw_level", 0);
        g.put("premium_tier", 0);
        g.put("joined_at", Json.timestamp(java.time.Instant.parse("2024-01-01T00:00:00Z")));
        g.put("preferred_locale", "en-US");
        g.set("features", Json.array());
        g.set("roles", Json.array().add(Json.role(DiscordStandIn.GUILD, "@everyone", DiscordStandIn.PERMISSIONS)));
        ArrayNode channels = g.putArray("channels");
        d.channels.values().forEach(c -> channels.add(c.deepCopy()));
        ArrayNode threads = g.putArray("threads");
        d.threads.values().forEach(t -> threads.add(t.deepCopy()));
        g.set("emojis", Json.array());
        g.set("stickers", Json.array());
        g.set("voice_states", Json.array());
        g.set("guild_scheduled_events", Json.array());
        g.set("stage_instances", Json.array());
        g.set("presences", Json.array());
        g.set("members", Json.array().add(Json.member(d.botUser.deepCopy(), null)));
        return g;
    }

    /** Sends an event to every ready session (the guild's or a DM's); none ready: the event is lost, as on Discord. */
    void dispatch(String type, ObjectNode data, long guildId) {
        for (Map.Entry<WebSocket, Session> e : sessions.entrySet()) {
            if (e.getValue().ready && e.getKey().isOpen()) {
                ObjectNode payload = type.equals("MESSAGE_CREATE") || type.equals("MESSAGE_UPDATE") ? d.visible(data) : data;
                send(e.getKey(), e.getValue(), type, payload);
            }
        }
    }

    private static void send(WebSocket conn, Session session, String type, ObjectNode data) {
        ObjectNode frame = Json.object();
        frame.put("op", 0);
        frame.put("s", session.sequence.incrementAndGet());
        frame.put("t", type);
        frame.set("d", data);
        synchronized (conn) {
            conn.send(Json.write(frame));
        }
    }

    void dropAll() {
        for (WebSocket conn : List.copyOf(sessions.keySet())) {
            sessions.remove(conn);
            conn.closeConnection(CloseFrame.ABNORMAL_CLOSE, "dropped");
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        sessions.remove(conn);
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        if (conn == null) {
            started.countDown();
        }
    }
}
