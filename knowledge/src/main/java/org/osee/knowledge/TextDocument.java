package org.osee.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * A document that lives outside the ingested folders (a staff FAQ entry kept in a database), given as plain text, so
 * that it can be indexed without writing a file: nothing in it is parsed as Markdown or front matter.
 *
 * @param source   its stable path in citations and at {@code /doc/SOURCE}, such as {@code faq/12}
 * @param title    the title citations show, never blank
 * @param language its language code ({@code en}, {@code fr}...), or {@code null} to guess it from the text
 * @param sections its sections in reading order
 */
public record TextDocument(String source, String title, String language, List<Section> sections) {
    public TextDocument {
        if (source == null || source.isBlank()) {
            throw new BadInputException("a document needs a source path, was '" + source + "'");
        }
        if (title == null || title.isBlank()) {
            throw new BadInputException("document " + source + " needs a title");
        }
        sections = List.copyOf(Objects.requireNonNull(sections, "sections"));
        if (sections.stream().allMatch(s -> s.text().isBlank())) {
            throw new BadInputException("document " + source + " has no text");
        }
    }

    /**
     * One run of text under a heading.
     *
     * @param heading the heading, or empty for text directly under the title
     * @param text    plain text, paragraphs separated by blank lines
     */
    public record Section(String heading, String text) {
        public Section {
            heading = heading == null ? "" : heading.replaceAll("\\s+", " ").strip();
            Objects.requireNonNull(text, "text");
        }
    }
}
