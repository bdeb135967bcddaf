package org.osee.app.live;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.osee.app.cli.Json;
import org.osee.knowledge.OseeException;

/**
 * {@code DATA/serve.json}: how commands reach the {@code osee serve} that holds a data folder. Written by the server
 * when it listens, readable by its owner only (it holds a random token that authorises handing work to the server),
 * deleted when it stops.
 *
 * @param pid   the server's process id
 * @param host  the loopback address commands connect to
 * @param port  the server's port
 * @param token 256 random bits, hexadecimal
 */
public record ServeFile(long pid, String host, int port, String token) {
    public static final String NAME = "serve.json";

    /** 256 random bits, hexadecimal: a new server's token. */
    public static String newToken() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /** Writes the file for a server listening on {@code host:port} that accepts {@code token}. */
    public static ServeFile write(Path data, String listenHost, int port, String token) {
        String host = listenHost == null || listenHost.isBlank() || listenHost.equals("0.0.0.0")
                || listenHost.equals("::") || listenHost.equals("localhost") ? "127.0.0.1" : listenHost;
        ServeFile file = new ServeFile(ProcessHandle.current().pid(), host, port, token);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("pid", file.pid);
        json.put("host", file.host);
        json.put("port", file.port);
        json.put("token", file.token);
        Path target = data.resolve(NAME);
        try {
            Files.createDirectories(data);
            Path tmp = data.resolve(NAME + "." + file.pid + ".tmp");
            Files.deleteIfExists(tmp);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(tmp, Json.line(json) + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new OseeException("cannot write " + target + ": " + e.getMessage(), e);
        }
        return file;
    }

    /** The file of the server holding {@code data}, if one wrote it (it may have died since). */
    public static Optional<ServeFile> read(Path data) {
        Path file = data.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode node = Json.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
            return Optional.of(new ServeFile(node.path("pid").asLong(), node.path("host").asText("127.0.0.1"),
                    node.path("port").asInt(), node.path("token").asText()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Deletes the file if it is still this server's. */
    public void delete(Path data) {
        read(data).filter(f -> f.token.equals(token)).ifPresent(f -> {
            try {
                Files.deleteIfExists(data.resolve(NAME));
            } catch (IOException ignored) {
                // a stale file is harmless: commands check that the server answers
            }
        });
    }

    public URI uri(String path) {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + h + ":" + port + path);
    }

    @Override
    public String toString() {
        return "ServeFile[pid=" + pid + ", host=" + host + ", port=" + port + "]";
    }
}
