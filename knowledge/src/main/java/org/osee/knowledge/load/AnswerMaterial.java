package org.osee.knowledge.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Decides whether a file is answer material. A knowledge pack also holds files about the pack
 * (its README, licence, changelog) and navigation pages (tables of links); quoted as answers they
 * read like noise, so they are not indexed. The rule, in this order:
 * <ol>
 *   <li>front matter {@code osee: skip} (or {@code osee: ignore}) skips any Markdown file;
 *       {@code osee: index} indexes it whatever the defaults below say;</li>
 *   <li>licence texts anywhere: file names {@code LICENSE}, {@code LICENCE}, {@code COPYING}, with
 *       any extension and case, or upper-case with a suffix ({@code LICENSE-MIT.txt});</li>
 *   <li>files about the pack, at the top of a pack only: {@code README}, {@code CHANGELOG},
 *       {@code CHANGES}, {@code HISTORY}, {@code CONTRIBUTING}, {@code CODE_OF_CONDUCT}, {@code AUTHORS},
 *       {@code CONTRIBUTORS}, {@code MAINTAINERS}, {@code NOTICE}, {@code NOTICES}, {@code SOURCE} (any
 *       extension, any case). The top of a pack is the ingested folder itself, and each folder directly in it
 *       that carries a pack's own licence or provenance file ({@code LICENSE}, {@code COPYING},
 *       {@code NOTICE}, {@code SOURCE}): a folder of packs ingested at once. A language folder right at the
 *       top ({@code es/}, {@code pt-br/}, as a translated pack keeps its pages) is part of the top: a
 *       translation's {@code es/README.md} is the pack's README in Spanish. Deeper in the tree such files
 *       are often real pages (a README per chapter) and stay;</li>
 *   <li>tables of contents and navigation files by name, anywhere: {@code toc}, {@code table-of-contents} (or
 *       {@code table_of_contents}), {@code _sidebar}, {@code _navbar}, {@code nav}, {@code navigation}, any
 *       extension and case, and GitBook's upper-case {@code SUMMARY}: a chapter list, even one with a line of
 *       prose per chapter ("This chapter shows..."), says where an answer is, not the answer;</li>
 *   <li>navigation-only Markdown pages: at least {@value #MIN_LINK_LINES} lines that hold nothing but
 *       links (a link per list item or heading, with at most {@value #MAX_WORDS_BESIDE_LINKS} other
 *       words), making at least four in five of the page's lines.</li>
 * </ol>
 */
public final class AnswerMaterial {
    static final int MIN_LINK_LINES = 5;
    static final int MAX_WORDS_BESIDE_LINKS = 3;
    static final double NAVIGATION_SHARE = 0.8;
    /** Longer lines are prose, never a link line (and are not scanned). */
    private static final int MAX_LINK_LINE_CHARS = 1000;

    private static final Set<String> PACK_FILES = Set.of("readme", "changelog", "changes", "history", "contributing",
            "code_of_conduct", "code-of-conduct", "authors", "contributors", "maintainers", "notice", "notices",
            "source");
    /** Files that mark a folder as a pack of its own: its licence or where it came from. */
    private static final Set<String> PACK_MARKS = Set.of("license", "licence", "copying", "notice", "source");
    private static final Set<String> LICENCE_NAMES = Set.of("license", "licence", "copying");
    private static final Set<String> NAVIGATION_NAMES = Set.of("toc", "table-of-contents", "table_of_contents",
            "_sidebar", "_navbar", "nav", "navigation");
    private static final Pattern LICENCE_VARIANT = Pattern.compile("(LICEN[SC]E|COPYING)[-_.][A-Z0-9.-]+");
    private static final Pattern LINK = Pattern.compile(
            "!?\\[[^\\]]*\\]\\([^)]*\\)|!?\\[[^\\]]*\\]\\[[^\\]]*\\]|<a\\b[^>]*>.*?</a>|<https?://[^>]+>|https?://\\S+"
                    + "|\\[\\[[^\\]]*\\]\\]");
    private static final Pattern LINE_MARKER = Pattern.compile("^(#{1,6}|[-*+]|\\d+[.)]|>)\\s*");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private AnswerMaterial() {
    }

    /**
     * Why a file is not answer material, or {@code null} when it is.
     *
     * @param file the file, whose {@link SourceFile#source()} tells whether it lies at the top of the ingested folder
     */
    public static String whyNot(SourceFile file) {
        boolean markdown = Set.of("md", "markdown", "mdx").contains(file.extension());
        FrontMatter fm = markdown ? FrontMatter.parse(file.text()) : null;
        String mark = fm == null ? null : fm.get("osee");
        if (mark != null) {
            String m = mark.strip().toLowerCase(Locale.ROOT);
            if (m.equals("skip") || m.equals("ignore")) {
                return "marked osee: skip";
            }
            if (m.equals("index")) {
                return null;
            }
        }
        String base = file.baseName().toLowerCase(Locale.ROOT);
        if (LICENCE_NAMES.contains(base) || LICENCE_VARIANT.matcher(file.baseName()).matches()) {
            return "a licence text, not answer material (front matter osee: index to index it)";
        }
        if (isTableOfContents(file.fileName())) {
            return "a table of contents (" + file.fileName()
                    + "), not answer material (front matter osee: index to index it)";
        }
        if (PACK_FILES.contains(base) && atTopOfPack(file)) {
            return "a file about the pack (" + file.fileName()
                    + " at the top of the pack), not answer material (front matter osee: index to index it)";
        }
        if (markdown && isNavigation(fm.body())) {
            return "a navigation page (mostly links), not answer material (front matter osee: index to index it)";
        }
        return null;
    }

    /** True for a file named as a table of contents or navigation file (see the class comment), in any folder. */
    public static boolean isTableOfContents(String fileName) {
        return NAVIGATION_NAMES.contains(baseName(fileName)) || fileName.matches("SUMMARY(\\.[^.]+)?");
    }

    /**
     * True for a file at the top of the ingested folder, or at the top of a folder directly in it that holds a
     * licence or provenance file of its own (a pack among packs); language folders at the top count as the top.
     */
    static boolean atTopOfPack(SourceFile file) {
        String[] parts = file.source().split("/");
        int folders = 0;
        for (int i = 0; i < parts.length - 1; i++) {
            if (!Translations.isLanguageFolder(parts[i])) {
                folders++;
            }
        }
        if (folders == 0) {
            return true;
        }
        if (folders > 1) {
            return false;
        }
        Path folder = file.path().toAbsolutePath().getParent();
        while (folder != null && folder.getFileName() != null
                && Translations.isLanguageFolder(folder.getFileName().toString())) {
            folder = folder.getParent();
        }
        if (folder == null || !Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> siblings = Files.list(folder)) {
            return siblings.filter(Files::isRegularFile).map(p -> baseName(p.getFileName().toString()))
                    .anyMatch(name -> PACK_MARKS.contains(name) || LICENCE_VARIANT.matcher(name).matches());
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String base = dot <= 0 ? fileName : fileName.substring(0, dot);
        return LICENCE_VARIANT.matcher(base).matches() ? base : base.toLowerCase(Locale.ROOT);
    }

    /** True when at least four in five of the text's lines (and at least five) hold only links. */
    static boolean isNavigation(String markdown) {
        int lines = 0;
        int linkLines = 0;
        for (String raw : markdown.split("\r?\n")) {
            if (raw.length() > MAX_LINK_LINE_CHARS) {
                lines++;
                continue;
            }
            String line = LINE_MARKER.matcher(raw.strip()).replaceFirst("").replace("|", " ").strip();
            if (line.isEmpty() || line.startsWith("---") || line.startsWith("```")) {
                continue;
            }
            lines++;
            String rest = LINK.matcher(line).replaceAll(" ");
            if (rest.length() < line.length() && words(rest) <= MAX_WORDS_BESIDE_LINKS) {
                linkLines++;
            }
        }
        return linkLines >= MIN_LINK_LINES && linkLines >= NAVIGATION_SHARE * lines;
    }

    private static int words(String text) {
        int n = 0;
        for (String w : NON_WORD.split(text)) {
            if (!w.isEmpty()) {
                n++;
            }
        }
        return n;
    }
}
