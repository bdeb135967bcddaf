package org.osee.knowledge.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osee.knowledge.BadInputException;
import org.osee.knowledge.chunk.Chunk;
import org.osee.knowledge.chunk.Chunker;

class DocumentReaderTest {
    private final DocumentReader reader = new DocumentReader(1000);

    private static SourceFile file(String name, byte[] bytes) {
        return new SourceFile(Path.of(name), name, bytes);
    }

    private static SourceFile file(String name, String text) {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void skips_empty_file_with_reason() {
        assertThatThrownBy(() -> reader.read(file("empty.md", new byte[0])))
                .isInstanceOf(BadInputException.class).hasMessage("empty file");
    }

    @Test
    void skips_binary_file_with_reason() {
        byte[] bytes = {'h', 'i', 0, 1, 2, 0, 'x'};

        assertThatThrownBy(() -> reader.read(file("image.txt", bytes)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("binary");
    }

    @Test
    void skips_unknown_extension_with_reason() {
        assertThatThrownBy(() -> reader.read(file("slides.pptx", "whatever")))
                .isInstanceOf(BadInputException.class).hasMessage("unsupported file type .pptx");
    }

    @Test
    void skips_whitespace_only_file_as_having_no_text() {
        assertThatThrownBy(() -> reader.read(file("blank.md", "---\ntitle: x\n---\n\n   \n")))
                .isInstanceOf(BadInputException.class).hasMessage("no text content");
    }

    @Test
    void decodes_a_few_invalid_utf8_bytes_leniently() {
        byte[] good = "Open source licences matter for every public body that publishes code. ".repeat(5)
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + 2);
        bytes[good.length] = (byte) 0xC3;
        bytes[good.length + 1] = (byte) 0x28;

        Document doc = reader.read(file("notes.txt", bytes));

        assertThat(doc.fullText()).contains("Open source licences matter").contains("\uFFFD");
    }

    @Test
    void skips_text_that_is_mostly_invalid_utf8_with_reason() {
        byte[] latin1 = "àéèùç ÀÉÈ ôûî äëï àéèùç ÀÉÈ".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> reader.read(file("latin1.txt", latin1)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("not UTF-8");
    }

    @Test
    void loads_and_chunks_a_5_mb_single_line_quickly() {
        String line = "open source software in public services ".repeat(5 * 1024 * 1024 / 40);
        reader.read(file("warm-up.md", "Warm up the language profiles before timing."));
        long start = System.nanoTime();

        Document doc = reader.read(file("huge.md", line));
        List<Chunk> chunks = new Chunker(1000, 1500, 10_000).chunk(doc);

        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).isLessThan(10_000);
        assertThat(chunks).hasSizeGreaterThan(3000).allSatisfy(c -> assertThat(c.text().length()).isLessThanOrEqualTo(1500));
    }

    @Test
    void uses_declared_language_else_detects_it() {
        Document declared = reader.read(file("a.md", "---\nlang: pt-BR\n---\nSome English text here."));
        Document french = reader.read(file("b.md", "Les administrations publiques doivent publier le code source "
                + "des logiciels qu'elles développent, sauf exception prévue par la loi."));
        Document spanish = reader.read(file("c.txt", "Las administraciones públicas deben publicar el código fuente "
                + "de los programas que desarrollan para que otros puedan reutilizarlo."));

        assertThat(declared.language()).isEqualTo("pt");
        assertThat(french.language()).isEqualTo("fr");
        assertThat(spanish.language()).isEqualTo("es");
    }

    @Test
    void reads_plain_text_titled_by_file_name() {
        Document doc = reader.read(file("meeting-notes.txt", "Line one.\r\n\r\nLine two."));

        assertThat(doc.title()).isEqualTo("meeting-notes");
        assertThat(doc.sections()).hasSize(1);
        assertThat(doc.sections().get(0).text()).isEqualTo("Line one.\n\nLine two.");
    }
}
