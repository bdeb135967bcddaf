package org.osee.bot.channel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osee.bot.domain.OutboundMessage;
import org.osee.knowledge.OseeException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A file of delivered replies, one JSON line each, keyed by outbox id: appending a reply whose outbox id is already
 * in the file returns the platform id it got then and writes nothing. Several processes may share the file; a file
 * lock serialises their appends, so the idempotency holds across them and across crashes.
 */
public final class ReplyLog implements AutoCloseable {
    /** One delivered reply as written to the file. */
    public record Entry(long outboxId, String platformId, String conversationId, String inReplyTo, String author,
                        String text) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final FileChannel file;
    private final Map<Long, String> platformIds = new HashMap<>();
    private long readUpTo;

    private ReplyLog(FileChannel file) {
        this.file = file;
    }

    /** Opens (creating if needed) the log at {@code path}. */
    public static ReplyLog open(Path path) {
        try {
            Path parent = path.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            return new ReplyLog(FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE));
        } catch (IOException e) {
            throw new OseeException("cannot open the reply log " + path, e);
        }
    }

    /** Appends the reply unless its outbox id is there already; returns its platform id either way. */
    public synchronized String append(OutboundMessage message) {
        try (FileLock lock = file.lock()) {
            catchUp();
            String known = platformIds.get(message.id());
            if (known != null) {
                return known;
            }
            String platformId = "loopback-" + message.id();
            Entry entry = new Entry(message.id(), platformId, message.conversationId(),
                    message.inReplyTo() == null ? null : message.inReplyTo().platformMessageId(),
                    message.author().name(), message.text());
            long end = file.size();
            String separator = end > 0 && !endsWithNewline(end) ? "\n" : ""; // after a torn line
            byte[] line = (separator + MAPPER.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
            file.write(ByteBuffer.wrap(line), end);
            file.force(false);
            readUpTo = end + line.length;
            platformIds.put(message.id(), platformId);
            return platformId;
        } catch (IOException e) {
            throw new OseeException("cannot append to the reply log", e);
        }
    }

    private boolean endsWithNewline(long size) throws IOException {
        ByteBuffer last = ByteBuffer.allocate(1);
        file.read(last, size - 1);
        return last.get(0) == '\n';
    }

    /** Reads lines other processes appended since the last look; a torn last line (a killed writer) is skipped. */
    private void catchUp() throws IOException {
        long size = file.size();
        if (size <= readUpTo) {
            return;
        }
        ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(size - readUpTo));
        while (buffer.hasRemaining() && file.read(buffer, readUpTo + buffer.position()) >= 0) {
            // read the whole tail
        }
        String tail = new String(buffer.array(), StandardCharsets.UTF_8);
        for (String line : tail.split("\n", -1)) {
            Entry entry = parse(line);
            if (entry != null) {
                platformIds.putIfAbsent(entry.outboxId(), entry.platformId());
            }
        }
        readUpTo = size;
    }

    private static Entry parse(String line) {
        if (line.isBlank()) {
            return null;
        }
        try {
            return MAPPER.readValue(line, Entry.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** Every complete entry in the file at {@code path}, in the order written. */
    public static List<Entry> read(Path path) {
        if (!Files.exists(path)) {
            return List.of();
        }
        try {
            List<Entry> entries = new ArrayList<>();
            for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                Entry entry = parse(line);
                if (entry != null) {
                    entries.add(entry);
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            file.close();
        } catch (IOException e) {
            throw new OseeException("cannot close the reply log", e);
        }
    }
}
