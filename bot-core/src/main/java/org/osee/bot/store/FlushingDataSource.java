package org.osee.bot.store;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * The embedded database's connections, each commit written to the file before {@code commit()} returns.
 *
 * <p>H2's own way to that, {@code WRITE_DELAY=0}, also stops its background writer, and with it all housekeeping of
 * the file: every commit leaves a chunk that is never rewritten, so the file grew by about 145 KB a question (2.9 GB
 * after a 10-minute soak of 20,000 questions) and the store's bookkeeping of those chunks grew the heap with it (H2
 * issue 442). Here H2 keeps its background writer (it commits late on its own, and compacts), and every commit on
 * these connections also waits until its changes are in the file ({@link #written()}): a killed process loses
 * nothing committed. Concurrent commits share a store: a commit whose changes another's store took waits for that
 * store, not for one of its own.
 */
final class FlushingDataSource implements DataSource {
    private final DataSource pool;
    private final MVStore store;

    private FlushingDataSource(DataSource pool, MVStore store) {
        this.pool = pool;
        this.store = store;
    }

    /** Wraps the pool of an embedded H2 database (opened in this JVM). */
    static FlushingDataSource over(DataSource pool) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
            return new FlushingDataSource(pool, session.getDatabase().getStore().getMvStore());
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return flushing(pool.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return flushing(pool.getConnection(username, password));
    }

    private Connection flushing(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    try {
                        Object result = method.invoke(connection, args);
                        if ("commit".equals(method.getName()) && method.getParameterCount() == 0) {
                            written();
                        }
                        return result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /**
     * Returns once every committed change is in the file. {@link MVStore#commit()} writes what is unsaved and waits
     * for it; when it finds nothing unsaved, the changes may be in H2's background writer's own store, which it
     * hands to a writing thread without waiting, so this waits for that thread's queue to drain.
     */
    private void written() {
        if (store.commit() < 0) {
            store.executeFilestoreOperation(() -> { });
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool.isWrapperFor(type);
    }
}
