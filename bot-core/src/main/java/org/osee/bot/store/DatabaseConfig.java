package org.osee.bot.store;

import java.util.Objects;

/**
 * How to reach a PostgreSQL database.
 *
 * @param url      the JDBC URL, {@code jdbc:postgresql://host:port/db}, optionally with {@code ?currentSchema=...}
 * @param username the user
 * @param password the password, may be empty; never logged or printed
 * @param poolSize the most connections this instance opens
 */
public record DatabaseConfig(String url, String username, String password, int poolSize) {
    public DatabaseConfig {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("database url must start with jdbc:postgresql:, was " + url);
        }
        username = username == null ? "" : username;
        password = password == null ? "" : password;
        if (poolSize < 2) {
            throw new IllegalArgumentException("poolSize must be at least 2, was " + poolSize);
        }
    }

    /** A configuration with a pool of 10 connections. */
    public DatabaseConfig(String url, String username, String password) {
        this(url, username, password, 10);
    }

    @Override
    public String toString() {
        return "DatabaseConfig[url=" + url + ", username=" + username + ", password=***, poolSize=" + poolSize + "]";
    }
}
