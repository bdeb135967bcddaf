package org.osee.bot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osee.bot.domain.InboundMessage;

/** Opening the embedded database and describing PostgreSQL configurations. */
class DatabaseTest {
    @TempDir
    Path folder;

    @Test
    void the_embedded_database_lives_in_the_data_folder_and_keeps_what_was_stored() {
        try (Database database = Database.embedded(folder.resolve("data"))) {
            Stores.of(database).inbox().store(new InboundMessage("web", "m1", "t", "someone", "", "hello", null,
                    Instant.now(), Map.of()));
        }

        try (Database reopened = Database.open(null, folder.resolve("data"))) {
            assertThat(reopened.isPostgres()).isFalse();
            assertThat(Stores.of(reopened).conversations().list(Set.of(), 10, 0)).hasSize(1);
        }
        assertThat(folder.resolve("data/osee.mv.db")).exists();
    }

    @Test
    void a_message_stored_on_the_embedded_database_is_in_its_file_before_store_returns() throws Exception {
        Path copy = folder.resolve("copy");
        try (Database database = Database.embedded(folder.resolve("data"))) {
            Stores.of(database).inbox().store(new InboundMessage("web", "m1", "t", "someone", "", "hello", null,
                    Instant.now(), Map.of()));
            // what a process killed now would leave behind: the file as it is, with the database still open
            Files.createDirectories(copy);
            Files.copy(folder.resolve("data/osee.mv.db"), copy.resolve("osee.mv.db"));
        }

        try (Database survivor = Database.embedded(copy)) {
            assertThat(Stores.of(survivor).conversations().list(Set.of(), 10, 0)).hasSize(1);
        }
    }

    @Test
    void a_configuration_never_shows_its_password() {
        DatabaseConfig config = new DatabaseConfig("jdbc:postgresql://db/osee", "osee", "s3cret");

        assertThat(config.toString()).doesNotContain("s3cret").contains("jdbc:postgresql://db/osee");
    }

    @Test
    void a_configuration_for_another_database_is_refused_naming_the_url() {
        assertThatThrownBy(() -> new DatabaseConfig("jdbc:mysql://db/osee", "osee", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:mysql://db/osee");
    }

    @Test
    void an_unreachable_postgres_fails_with_a_store_exception_without_the_password() {
        DatabaseConfig config = new DatabaseConfig("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=1",
                "osee", "s3cret", 2);

        assertThatThrownBy(() -> Database.postgres(config)).isInstanceOf(StoreException.class)
                .hasMessageNotContaining("s3cret");
    }
}
