package org.osee.bot.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A text staff insert into a reply and edit before sending, in one language.
 *
 * @param id        its id
 * @param language  ISO 639-1 code of the text
 * @param title     a short name staff pick it by
 * @param text      the text inserted into the reply
 * @param updatedBy the account that last created or changed it
 * @param updatedAt when
 */
public record CannedResponse(long id, String language, String title, String text, String updatedBy,
                             Instant updatedAt) {
    public CannedResponse {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
