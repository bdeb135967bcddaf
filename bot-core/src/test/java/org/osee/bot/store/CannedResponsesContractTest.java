package org.osee.bot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.osee.bot.domain.CannedResponse;
import org.osee.bot.port.NotFoundException;
import org.osee.knowledge.BadInputException;

/** The {@link org.osee.bot.port.CannedResponses} contract, run on every database. */
public abstract class CannedResponsesContractTest extends StoreContract {

    @Test
    void responses_are_created_listed_per_language_edited_and_deleted() {
        CannedResponse hello = stores.canned().save(Optional.empty(), "EN", "Greeting", "Hello, thanks for writing.",
                "admin");
        stores.canned().save(Optional.empty(), "fr", "Salutation", "Bonjour", "admin");
        clock.advance(Duration.ofMinutes(1));

        CannedResponse edited = stores.canned().save(Optional.of(hello.id()), "en", "Greeting", "Hello!", "grace");

        assertThat(edited.language()).isEqualTo("en");
        assertThat(edited.text()).isEqualTo("Hello!");
        assertThat(edited.updatedBy()).isEqualTo("grace");
        assertThat(edited.updatedAt()).isAfter(hello.updatedAt());
        assertThat(stores.canned().list("en")).extracting(CannedResponse::title).containsExactly("Greeting");
        assertThat(stores.canned().list(null)).extracting(CannedResponse::language).containsExactly("en", "fr");
        stores.canned().delete(hello.id());
        assertThat(stores.canned().list("en")).isEmpty();
    }

    @Test
    void bad_fields_and_unknown_ids_are_refused_with_what_was_wrong() {
        assertThatThrownBy(() -> stores.canned().save(Optional.empty(), "english please", "t", "x", "admin"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("language");
        assertThatThrownBy(() -> stores.canned().save(Optional.empty(), "en", " ", "x", "admin"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("title");
        assertThatThrownBy(() -> stores.canned().save(Optional.of(999L), "en", "t", "x", "admin"))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("999");
        assertThatThrownBy(() -> stores.canned().delete(999L)).isInstanceOf(NotFoundException.class);
    }
}
