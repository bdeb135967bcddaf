package org.osee.bot.store;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.osee.bot.domain.CannedResponse;
import org.osee.bot.port.CannedResponses;
import org.osee.bot.port.NotFoundException;
import org.osee.knowledge.BadInputException;

/** {@link CannedResponses} over JDBC (table {@code canned_response}). */
public final class JdbcCannedResponses implements CannedResponses {
    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 20_000;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})?");
    private static final String SELECT = "SELECT id, language, title, body, updated_by, updated_at"
            + " FROM canned_response";

    private final Jdbc jdbc;

    public JdbcCannedResponses(DataSource dataSource, Clock clock) {
        this.jdbc = new Jdbc(dataSource, clock);
    }

    @Override
    public List<CannedResponse> list(String language) {
        return jdbc.inTransaction("list canned responses", connection -> language == null
                ? Jdbc.query(connection, SELECT + " ORDER BY language, title, id", JdbcCannedResponses::row)
                : Jdbc.query(connection, SELECT + " WHERE language = ? ORDER BY title, id", JdbcCannedResponses::row,
                        language(language)));
    }

    @Override
    public CannedResponse save(Optional<Long> id, String language, String title, String text, String account) {
        String lang = language(language);
        String name = required(title, "title", MAX_TITLE);
        String body = required(text, "text", MAX_TEXT);
        required(account, "account", 128);
        return jdbc.inTransaction("save a canned response", connection -> {
            Instant now = jdbc.now();
            long saved;
            if (id.isEmpty()) {
                saved = Jdbc.insert(connection, "INSERT INTO canned_response (language, title, body, created_by,"
                        + " created_at, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", lang, name, body,
                        account, now, account, now);
            } else {
                saved = id.get();
                if (Jdbc.update(connection, "UPDATE canned_response SET language = ?, title = ?, body = ?,"
                        + " updated_by = ?, updated_at = ? WHERE id = ?", lang, name, body, account, now, saved) == 0) {
                    throw new NotFoundException("no canned response with id " + saved);
                }
            }
            return Jdbc.queryOne(connection, SELECT + " WHERE id = ?", JdbcCannedResponses::row, saved).orElseThrow();
        });
    }

    @Override
    public void delete(long id) {
        jdbc.inTransaction("delete a canned response", connection -> {
            if (Jdbc.update(connection, "DELETE FROM canned_response WHERE id = ?", id) == 0) {
                throw new NotFoundException("no canned response with id " + id);
            }
            return null;
        });
    }

    private static CannedResponse row(java.sql.ResultSet row) throws java.sql.SQLException {
        return new CannedResponse(row.getLong("id"), row.getString("language"), row.getString("title"),
                row.getString("body"), row.getString("updated_by"), Jdbc.instant(row, "updated_at"));
    }

    /** A language code in lower case ("en", "pt-br"); anything else is bad input. */
    static String language(String value) {
        String lang = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGE.matcher(lang).matches()) {
            throw new BadInputException("language must be a code such as en, fr, es or pt, was '"
                    + (lang.length() > 20 ? lang.substring(0, 20) + "..." : lang) + "'");
        }
        return lang;
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new BadInputException(field + " is required");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new BadInputException(field + " must be at most " + max + " characters, was " + stripped.length());
        }
        return stripped;
    }
}
