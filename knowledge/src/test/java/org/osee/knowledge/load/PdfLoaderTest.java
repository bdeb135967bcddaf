package org.osee.knowledge.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.osee.knowledge.BadInputException;

class PdfLoaderTest {

    static byte[] tinyPdf(String title, String... pages) throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title);
            pdf.setDocumentInformation(info);
            for (String text : pages) {
                PDPage page = new PDPage();
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(text);
                    content.endText();
                }
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void reads_text_per_page_and_title_from_document_information() throws IOException {
        byte[] bytes = tinyPdf("Procurement handbook", "Buy open source first.", "Check the licence.");

        Document doc = new PdfLoader().load(new SourceFile(Path.of("h.pdf"), "h.pdf", bytes));

        assertThat(doc.title()).isEqualTo("Procurement handbook");
        assertThat(doc.sections()).extracting(Section::path).containsExactly("Page 1", "Page 2");
        assertThat(doc.sections().get(1).text()).isEqualTo("Check the licence.");
    }

    @Test
    void rejects_a_pdf_that_is_not_a_pdf_with_a_clear_reason() {
        byte[] bytes = "<html>Sorry, file moved</html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new PdfLoader().load(new SourceFile(Path.of("fake.pdf"), "fake.pdf", bytes)))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("not a valid PDF");
    }

    @Test
    void rejects_a_truncated_pdf_with_a_clear_reason() throws IOException {
        byte[] whole = tinyPdf("T", "Some text");
        byte[] truncated = java.util.Arrays.copyOf(whole, 40);

        assertThatThrownBy(() -> new PdfLoader().load(new SourceFile(Path.of("cut.pdf"), "cut.pdf", truncated)))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("PDF");
    }
}
