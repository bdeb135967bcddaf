package org.osee.knowledge.index;

import java.io.IOException;
import java.io.Reader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Pattern;
import org.osee.knowledge.BadInputException;
import org.osee.knowledge.load.Document;

/**
 * Settings an ingested folder gives about itself, in the file {@value #FILE} at its top (hidden, so
 * never indexed itself):
 * <pre>
 *   base-url = https://guides.example.org/
 *   url-extension = .html
 * </pre>
 * A document without a URL of its own (front matter {@code url}, HTML canonical link) gets
 * {@code base-url} followed by its path in the folder (or by its own site path, front matter
 * {@code permalink: /page/}, when it gives one), its extension replaced by {@code url-extension}
 * when that is set (an empty value drops the extension, {@code /} turns {@code a/b.md} into {@code a/b/}).
 *
 * @param baseUrl      the folder's public address, or {@code null}
 * @param urlExtension what replaces a file's extension in its URL, or {@code null} to keep it
 */
public record FolderSettings(String baseUrl, String urlExtension) {
    public static final String FILE = ".osee.properties";
    static final FolderSettings NONE = new FolderSettings(null, null);
    private static final Pattern HTTP = Pattern.compile("(?i)https?://\\S+");

    /** The settings of a root folder; none for a file root or a folder without {@value #FILE}. */
    public static FolderSettings of(Path root) {
        Path file = root.resolve(FILE);
        if (!Files.isDirectory(root) || !Files.isRegularFile(file)) {
            return NONE;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage());
        }
        String base = p.getProperty("base-url");
        base = base == null || base.isBlank() ? null : base.strip();
        if (base != null && !HTTP.matcher(base).matches()) {
            throw new BadInputException(file + ": base-url must be an http(s) URL, was " + base);
        }
        if (base != null && !base.endsWith("/")) {
            base = base + "/";
        }
        return new FolderSettings(base, p.getProperty("url-extension"));
    }

    /**
     * The document with its URL: its own when that is an http(s) URL; its own site path (a front matter
     * {@code permalink: /resources/page/}) after {@code base-url}; otherwise {@code base-url} followed by its path in
     * the folder. Without {@code base-url}, a document whose own URL is no http(s) URL (a site path, a
     * {@code javascript:} link) gets none: the server links to its own rendering of the document instead.
     */
    public Document apply(Document doc) {
        String own = doc.url() == null ? "" : doc.url().strip();
        if (HTTP.matcher(own).matches()) {
            return doc;
        }
        if (baseUrl == null) {
            return own.isEmpty() ? doc : doc.withUrl(null);
        }
        if (SITE_PATH.matcher(own).matches()) {
            return doc.withUrl(baseUrl + own.replaceFirst("^/+", ""));
        }
        return doc.withUrl(baseUrl + path(doc.source()));
    }

    /** A path from the root of the document's site: "/resources/page/", "/guides/a.html#part"; not "//host/...". */
    private static final Pattern SITE_PATH = Pattern.compile("/(?!/)[\\w.~%!$&'()*+,;=:@/?#-]*");

    /** What goes into the content hash, so that changed settings re-index the folder. */
    String tag() {
        return baseUrl == null ? "" : "|" + baseUrl + "|" + urlExtension;
    }

    private String path(String source) {
        String s = source;
        if (urlExtension != null) {
            int slash = s.lastIndexOf('/');
            int dot = s.lastIndexOf('.');
            if (dot > slash + 1) {
                s = s.substring(0, dot) + urlExtension.strip();
            }
        }
        StringBuilder out = new StringBuilder();
        String[] parts = s.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.append('/');
            }
            out.append(URLEncoder.encode(parts[i], StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return out.toString();
    }
}
