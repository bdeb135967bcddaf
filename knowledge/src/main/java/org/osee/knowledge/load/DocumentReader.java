package org.osee.knowledge.load;

import java.util.Map;
import org.osee.knowledge.BadInputException;

/**
 * Picks the loader for a file by its extension, rejects what cannot be indexed (unknown type,
 * empty, binary) and settles the document's language: declared by the file, else guessed from its
 * text, else "und".
 */
public final class DocumentReader {
    private final Map<String, DocumentLoader> loaders;
    private final long maxExtractedChars;

    public DocumentReader(int transcriptGroupChars) {
        this(transcriptGroupChars, Long.MAX_VALUE);
    }

    /** A reader that rejects a file whose extracted text passes {@code maxExtractedChars} characters. */
    public DocumentReader(int transcriptGroupChars, long maxExtractedChars) {
        this.maxExtractedChars = maxExtractedChars;
        DocumentLoader markdown = new MarkdownLoader();
        DocumentLoader html = new HtmlLoader();
        DocumentLoader text = new PlainTextLoader();
        DocumentLoader transcript = new TranscriptLoader(transcriptGroupChars);
        this.loaders = Map.ofEntries(Map.entry("md", markdown), Map.entry("markdown", markdown),
                Map.entry("mdx", markdown), Map.entry("html", html), Map.entry("htm", html),
                Map.entry("xhtml", html), Map.entry("pdf", new PdfLoader(maxExtractedChars)), Map.entry("txt", text),
                Map.entry("text", text), Map.entry("vtt", transcript), Map.entry("srt", transcript));
    }

    /**
     * Rejects a file by its extension alone, before it is read.
     *
     * @throws BadInputException "unsupported file type .xyz" when no loader handles it
     */
    public void checkSupported(SourceFile file) {
        if (!loaders.containsKey(file.extension())) {
            throw new BadInputException(file.extension().isEmpty() ? "unsupported file type (no extension)"
                    : "unsupported file type ." + file.extension());
        }
    }

    /**
     * @throws BadInputException with the skip reason when the file cannot be indexed
     */
    public Document read(SourceFile file) {
        checkSupported(file);
        DocumentLoader loader = loaders.get(file.extension());
        if (file.bytes().length == 0) {
            throw new BadInputException("empty file");
        }
        if (!file.extension().equals("pdf") && TextDecoder.looksBinary(file.bytes())) {
            throw new BadInputException("binary content (NUL bytes) in a ." + file.extension() + " file");
        }
        Document doc = loader.load(file);
        long chars = doc.sections().stream().mapToLong(s -> s.text().length()).sum();
        if (chars > maxExtractedChars) {
            throw new BadInputException("extracted text is " + chars + " characters, more than the limit of "
                    + maxExtractedChars);
        }
        if (doc.sections().stream().allMatch(s -> s.text().isBlank())) {
            throw new BadInputException("no text content");
        }
        String lang = LanguageGuesser.normalize(doc.language());
        if (lang == null) {
            lang = LanguageGuesser.guess(doc.fullText(), 0.6);
        }
        return doc.withLanguage(lang == null ? "und" : lang);
    }
}
