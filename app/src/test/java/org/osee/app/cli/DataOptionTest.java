package org.osee.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DataOptionTest {
    @Test
    void flag_wins_over_environment_which_wins_over_default() {
        assertThat(DataOption.resolve(Path.of("/tmp/a"), "/tmp/b")).isEqualTo(Path.of("/tmp/a"));
        assertThat(DataOption.resolve(null, "/tmp/b")).isEqualTo(Path.of("/tmp/b"));
        assertThat(DataOption.resolve(null, " ")).isEqualTo(Path.of("data").toAbsolutePath());
    }
}
