package org.osee.bot.port;

import java.util.List;
import java.util.Optional;

import org.osee.bot.domain.CannedResponse;

/**
 * The canned responses staff insert into replies. Admins change them (the console checks the role); every change
 * names the account that made it. {@link #save} and {@link #delete} throw {@link NotFoundException} for an unknown
 * id and {@link org.osee.knowledge.BadInputException} for a missing or oversized field.
 */
public interface CannedResponses {
    /** All of them, or those in one language when {@code language} is not {@code null}; by language, then title. */
    List<CannedResponse> list(String language);

    /** Creates one ({@code id} empty) or replaces the language, title and text of one; returns it as stored. */
    CannedResponse save(Optional<Long> id, String language, String title, String text, String account);

    /** Deletes one. */
    void delete(long id);
}
