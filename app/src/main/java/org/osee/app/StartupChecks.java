package org.osee.app;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.osee.knowledge.OseeException;

/**
 * What {@code osee serve} checks before it opens anything, so that the usual mistakes end in one clear line (printed
 * by the command line as {@code osee: ...}) instead of a stack trace after seconds of start-up: a data folder it
 * cannot write to, a port another process listens on.
 */
final class StartupChecks {
    private static final String PROBE = ".osee-write-check";

    private StartupChecks() {}

    /** Creates {@code data} when missing and proves it writable by writing and removing a small file in it. */
    static void writableDataFolder(Path data) {
        try {
            Files.createDirectories(data);
            Path probe = Files.createTempFile(data, PROBE, ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw new OseeException("the data folder " + data + " is not writable (" + reason(e) + "); give the"
                    + " service's user write access to it, or choose another folder with --data or OSEE_DATA", e);
        }
    }

    /** Fails when another process listens on {@code host:port}; port 0 (any free port) always passes. */
    static void freePort(String host, int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true); // as the HTTP server binds: a port in TIME_WAIT is free
            socket.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw portInUse(host, port, e);
        }
    }

    /** The one-line failure of a port that cannot be listened on. */
    static OseeException portInUse(String host, int port, Exception cause) {
        return new OseeException("cannot listen on " + host + ":" + port + " (" + reason(cause) + "); is another"
                + " osee serve running? Stop it, or choose another port with --port or server.port", cause);
    }

    private static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
