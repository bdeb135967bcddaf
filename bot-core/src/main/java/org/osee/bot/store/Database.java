package org.osee.bot.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.osee.bot.port.Leadership;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The conversations database, migrated to the current schema when opened: an embedded H2 file under the data
 * folder by default, PostgreSQL in production. Close it to release its connections.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /**
     * H2 keeps its default write delay, and with it the background writer that compacts the file; commits are
     * written through at once by {@link FlushingDataSource}, so a killed process loses nothing committed. Each
     * connection keeps its last 64 parsed statements (QUERY_CACHE_SIZE; H2's default of 8 is fewer than one chat
     * question runs, so every statement was parsed again: 7 % of the server's CPU under the chat API load).
     */
    private static final String H2_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
            + ";LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=64";

    private final HikariDataSource pool;
    private final DataSource dataSource;
    private final boolean postgres;
    private final DatabaseConfig postgresConfig;

    private Database(HikariDataSource pool, DataSource dataSource, DatabaseConfig postgresConfig) {
        this.pool = pool;
        this.dataSource = dataSource;
        this.postgres = postgresConfig != null;
        this.postgresConfig = postgresConfig;
    }

    /** Opens the configured PostgreSQL database, or the embedded one under {@code dataFolder} when none is. */
    public static Database open(DatabaseConfig config, Path dataFolder) {
        return config == null ? embedded(dataFolder) : postgres(config);
    }

    /** Opens (creating if needed) the embedded database {@code osee} in {@code dataFolder}. */
    public static Database embedded(Path dataFolder) {
        Path folder = dataFolder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("cannot create the data folder " + folder, e);
        }
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl("jdbc:h2:file:" + folder.resolve("osee") + H2_SETTINGS);
        hikari.setUsername("sa");
        hikari.setPassword("");
        hikari.setMaximumPoolSize(16);
        hikari.setPoolName("osee-h2");
        LOG.info("Opening the embedded database in {}", folder);
        HikariDataSource pool = pool(hikari);
        try {
            return migrated(new Database(pool, FlushingDataSource.over(pool), null));
        } catch (SQLException e) {
            pool.close();
            throw new StoreException("cannot open the embedded database in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Opens a PostgreSQL database through a connection pool. */
    public static Database postgres(DatabaseConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.url());
        hikari.setUsername(config.username());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(config.poolSize());
        hikari.setPoolName("osee-postgres");
        LOG.info("Opening the PostgreSQL database {}", withoutPassword(config.url()));
        HikariDataSource pool = pool(hikari);
        return migrated(new Database(pool, pool, config));
    }

    private static HikariDataSource pool(HikariConfig hikari) {
        hikari.setAutoCommit(false);
        hikari.setMinimumIdle(2); // grows to the maximum under load; idle instances hold few connections
        try {
            return new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new StoreException("cannot connect to the database " + withoutPassword(hikari.getJdbcUrl()) + ": "
                    + rootMessage(e), e);
        }
    }

    /** The deepest cause's message: the one that names the actual problem (refused, unknown host, bad password). */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** A JDBC URL fit for messages and logs: a {@code password=} parameter in it is masked. */
    static String withoutPassword(String url) {
        return url == null ? null : url.replaceAll("(?i)(password=)[^&;]*", "$1****");
    }

    private static Database migrated(Database database) {
        try {
            Flyway.configure().dataSource(database.dataSource).locations("classpath:db/migration")
                    .load().migrate();
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw new StoreException("cannot migrate the database schema", e);
        }
    }

    /** The pooled connections; they do not auto-commit. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** True for PostgreSQL, false for the embedded database. */
    public boolean isPostgres() {
        return postgres;
    }

    /**
     * Leadership for pollers that must run once per deployment: a PostgreSQL advisory lock on its own connection,
     * or always this instance on the embedded database.
     */
    public Leadership leadership(long lockKey) {
        return postgres ? new PostgresLeadership(postgresConfig, lockKey) : new EmbeddedLeadership();
    }

    @Override
    public void close() {
        pool.close();
    }
}
