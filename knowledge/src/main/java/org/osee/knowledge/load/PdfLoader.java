package org.osee.knowledge.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.osee.knowledge.BadInputException;

/**
 * PDF through PDFBox: one section per page ("Page 3") so citations can point to the page. Title
 * from the document information, else the file name. Encrypted, broken or fake PDFs are rejected
 * with a reason.
 */
public final class PdfLoader implements DocumentLoader {

    @Override
    public Document load(SourceFile file) {
        if (!startsWithPdfMagic(file.bytes())) {
            throw new BadInputException("not a valid PDF (no %PDF header)");
        }
        try (PDDocument pdf = Loader.loadPDF(file.bytes())) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new BadInputException("encrypted PDF, text extraction not permitted");
            }
            List<Section> sections = pages(pdf);
            if (sections.isEmpty()) {
                throw new BadInputException("PDF has no extractable text (scanned images?)");
            }
            String infoTitle = pdf.getDocumentInformation() == null ? null : pdf.getDocumentInformation().getTitle();
            return new Document(file.source(), MarkdownLoader.firstNonBlank(infoTitle, file.baseName()), null, null,
                    sections);
        } catch (IOException e) {
            throw new BadInputException("not a valid PDF: " + e.getMessage(), e);
        }
    }

    private static List<Section> pages(PDDocument pdf) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setParagraphStart("\n");
        List<Section> sections = new ArrayList<>();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            String text = stripper.getText(pdf).replace("\r", "").replaceAll("[ \\t]+", " ").strip();
            if (!text.isEmpty()) {
                sections.add(new Section(List.of("Page " + page), "page=" + page, text, null));
            }
        }
        return sections;
    }

    private static boolean startsWithPdfMagic(byte[] bytes) {
        int limit = Math.min(bytes.length - 5, 1024);
        for (int i = 0; i <= limit; i++) {
            if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F'
                    && bytes[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }
}
