package org.osee.app.config;

/**
 * The conversations database. No {@code url}: the embedded database under the data folder.
 *
 * @param url      JDBC URL, e.g. {@code jdbc:postgresql://127.0.0.1:5432/osee}
 * @param username database user
 * @param password database password (from OSEE_DATABASE_PASSWORD rather than the file)
 */
public record DatabaseSettings(String url, String username, String password) {
    public DatabaseSettings {
        if (url != null && !url.isBlank() && !url.startsWith("jdbc:")) {
            throw new IllegalArgumentException("database.url must be a JDBC URL starting with jdbc:, was " + url);
        }
        url = url == null || url.isBlank() ? null : url;
    }

    public boolean embedded() {
        return url == null;
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", username=" + username + ", password=" + Secret.mask(password) + "]";
    }
}
