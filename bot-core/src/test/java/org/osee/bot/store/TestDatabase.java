package org.osee.bot.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A database for one test: embedded H2 in a temporary folder, or a fresh schema in PostgreSQL (the server
 * {@link TestPostgres} finds or starts).
 */
public final class TestDatabase implements AutoCloseable {
    public static final String POSTGRES_USER = "postgres";

    private final Database database;
    private final DatabaseConfig config;
    private final String schema;
    private final Path folder;

    private TestDatabase(Database database, DatabaseConfig config, String schema, Path folder) {
        this.database = database;
        this.config = config;
        this.schema = schema;
        this.folder = folder;
    }

    public static TestDatabase h2(Path folder) {
        return new TestDatabase(Database.embedded(folder), null, null, folder);
    }

    /** Creates schema {@code osee_it_<random>} and opens (and migrates) the database in it. */
    public static TestDatabase postgres() {
        String schema = "osee_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE SCHEMA " + schema);
        DatabaseConfig config = postgresConfig(schema);
        try {
            return new TestDatabase(Database.postgres(config), config, schema, null);
        } catch (RuntimeException e) {
            execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            throw e;
        }
    }

    public static DatabaseConfig postgresConfig(String schema) {
        return new DatabaseConfig(postgresUrl() + "?currentSchema=" + schema, POSTGRES_USER, "", 12);
    }

    public static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(postgresUrl(), POSTGRES_USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql + ": " + e.getMessage(), e);
        }
    }

    /** The JDBC URL of the test PostgreSQL database (no schema chosen). */
    public static String postgresUrl() {
        return TestPostgres.url();
    }

    public Database database() {
        return database;
    }

    /** The PostgreSQL configuration, or {@code null} for H2. */
    public DatabaseConfig config() {
        return config;
    }

    /** The PostgreSQL schema, or {@code null} for H2. */
    public String schema() {
        return schema;
    }

    /** The H2 data folder, or {@code null} for PostgreSQL. */
    public Path folder() {
        return folder;
    }

    @Override
    public void close() {
        database.close();
        if (schema != null) {
            execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
