package org.osee.knowledge.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.osee.knowledge.BadInputException;

/**
 * PDF through PDFBox: one section per page ("Page 3") so citations can point to the page. Title
 * from the document information, else the file name. Encrypted, broken or fake PDFs are rejected
 * with a reason.
 */
public final class PdfLoader implements DocumentLoader {
    private final long maxChars;

    /** A loader that stops extracting once the text passes {@code maxChars} characters. */
    public PdfLoader(long maxChars) {
        this.maxChars = maxChars;
    }

    public PdfLoader() {
        this(Long.MAX_VALUE);
    }

    @Override
    public Document load(SourceFile file) {
        if (!startsWithPdfMagic(file.bytes())) {
            throw new BadInputException("not a valid PDF (no %PDF header)");
        }
        try (PDDocument pdf = Loader.loadPDF(file.bytes())) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new BadInputException("encrypted PDF, text extraction not permitted");
            }
            List<Section> sections = pages(pdf, maxChars);
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

    private static List<Section> pages(PDDocument pdf, long maxChars) throws IOException {
        PDFTextStripper stripper = new BoundedStripper(maxChars);
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

    /**
     * Stops at the next content-stream operator once the thread is interrupted (ingest's time limit), and once the
     * text extracted passes the limit, so a page whose compressed content expands without end cannot run away.
     */
    private static final class BoundedStripper extends PDFTextStripper {
        private final long maxChars;
        private long written;

        BoundedStripper(long maxChars) {
            this.maxChars = maxChars;
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if (Thread.currentThread().isInterrupted()) {
                throw new BadInputException("reading the PDF was stopped (time limit)");
            }
            super.processOperator(operator, operands);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            written += text.getUnicode() == null ? 1 : text.getUnicode().length();
            if (written > maxChars) {
                throw new BadInputException("extracted text is longer than the limit of " + maxChars + " characters");
            }
            super.processTextPosition(text);
        }
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
