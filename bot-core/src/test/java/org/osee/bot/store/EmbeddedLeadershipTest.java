package org.osee.bot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On the embedded database the only instance always leads. */
class EmbeddedLeadershipTest {
    @TempDir
    Path folder;

    @Test
    void the_embedded_database_always_leads() {
        try (Database database = Database.embedded(folder); var leadership = database.leadership(42)) {
            assertThat(leadership.isLeader()).isTrue();
        }
    }
}
