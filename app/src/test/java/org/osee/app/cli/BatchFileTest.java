package org.osee.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osee.knowledge.BadInputException;

class BatchFileTest {
    @TempDir
    Path dir;

    @Test
    void keeps_one_entry_per_nonblank_line_in_order_with_errors_for_bad_lines() throws Exception {
        Path f = dir.resolve("q.jsonl");
        Files.writeString(f, """
                {"id": "a", "question": "What is an OSPO?", "expected": ["x.md"]}
                not json
                
                {"id": 7, "question": "numbers as ids"}
                {"question": "no id"}
                {"id": "b"}
                [1, 2]
                """);

        var entries = BatchFile.read(f);

        assertThat(entries).extracting(BatchFile.Entry::id).containsExactly("a", null, "7", null, "b", null);
        assertThat(entries.get(0).ok()).isTrue();
        assertThat(entries.get(0).raw().get("expected").get(0).asText()).isEqualTo("x.md");
        assertThat(entries.get(1).error()).contains("line 2").contains("not valid JSON");
        assertThat(entries.get(2).question()).isEqualTo("numbers as ids");
        assertThat(entries.get(3).error()).contains("no \"id\"");
        assertThat(entries.get(4).error()).contains("no \"question\"");
        assertThat(entries.get(5).error()).contains("not a JSON object");
    }

    @Test
    void invalid_utf8_is_replaced_not_fatal() throws Exception {
        Path f = dir.resolve("bad.jsonl");
        Files.write(f, new byte[] {'{', '"', 'i', 'd', '"', ':', '"', 'x', '"', ',', '"', 'q', 'u', 'e', 's', 't',
                'i', 'o', 'n', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});

        var entries = BatchFile.read(f);

        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).ok()).isTrue();
    }

    @Test
    void a_missing_file_is_a_clear_error() {
        assertThatThrownBy(() -> BatchFile.read(dir.resolve("nope.jsonl")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("not found");
    }
}
