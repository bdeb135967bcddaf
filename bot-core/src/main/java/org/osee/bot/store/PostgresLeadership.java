package org.osee.bot.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

import org.osee.bot.port.Leadership;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Leadership} through a PostgreSQL session-level advisory lock held on a dedicated connection. When the
 * holder's process dies its connection closes, the lock is released, and the next {@link #isLeader()} elsewhere
 * takes it.
 */
public final class PostgresLeadership implements Leadership {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresLeadership.class);

    private final DatabaseConfig config;
    private final long lockKey;
    private Connection connection;
    private boolean leader;
    private boolean closed;

    /**
     * @param config  the database to lock in
     * @param lockKey the advisory lock's key: one per role that needs a single runner
     */
    public PostgresLeadership(DatabaseConfig config, long lockKey) {
        this.config = config;
        this.lockKey = lockKey;
    }

    @Override
    public synchronized boolean isLeader() {
        if (closed) {
            return false;
        }
        try {
            if (leader && connection.isValid(2)) {
                return true;
            }
            if (leader) {
                LOG.warn("Lost leadership {}: the connection holding the lock broke", lockKey);
                release();
            }
            if (connection == null) {
                connection = connect();
            }
            leader = tryLock();
            if (leader) {
                LOG.info("Became leader for lock {}", lockKey);
            }
            return leader;
        } catch (SQLException e) {
            LOG.warn("Cannot check leadership {}: {}", lockKey, e.getMessage());
            release();
            return false;
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", config.username());
        properties.setProperty("password", config.password());
        properties.setProperty("ApplicationName", "osee-leadership");
        Connection opened = DriverManager.getConnection(config.url(), properties);
        opened.setAutoCommit(true);
        return opened;
    }

    private boolean tryLock() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            statement.setLong(1, lockKey);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    private void release() {
        leader = false;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing the leadership connection failed", e);
            }
            connection = null;
        }
    }

    /** Unlocks at once (closing the connection alone releases the lock a moment later), then disconnects. */
    @Override
    public synchronized void close() {
        closed = true;
        if (leader) {
            LOG.info("Giving up leadership {}", lockKey);
            unlock();
        }
        release();
    }

    private void unlock() {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            statement.setLong(1, lockKey);
            statement.execute();
        } catch (SQLException e) {
            LOG.debug("Unlocking {} failed; closing the connection releases it", lockKey, e);
        }
    }
}
