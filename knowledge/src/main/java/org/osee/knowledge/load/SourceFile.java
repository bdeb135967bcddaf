package org.osee.knowledge.load;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A file's raw content with its names.
 *
 * @param path   where the file was read from
 * @param source path relative to the ingested root, with {@code /} separators
 * @param bytes  the whole content
 */
public record SourceFile(Path path, String source, byte[] bytes) {
    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** Lower-case extension without the dot, "" when there is none. */
    public String extension() {
        String name = fileName();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    public String fileName() {
        Path name = path.getFileName();
        return name == null ? source : name.toString();
    }

    /** The file name without extension, a fallback title. */
    public String baseName() {
        String name = fileName();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    /** The content decoded as UTF-8; see {@link TextDecoder}. */
    public String text() {
        return TextDecoder.decode(bytes);
    }
}
