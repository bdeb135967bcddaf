package org.osee.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.osee.knowledge.BadInputException;
import org.osee.knowledge.OseeException;

/**
 * Lists the files under an ingest root. A root that is a file yields itself (source = its name).
 * Hidden files and folders (name starting with a dot, e.g. {@code .git}) are not listed.
 */
public final class FileWalker {
    private FileWalker() {
    }

    /** A file to ingest: where it is and its source path relative to its root. */
    public record Listed(Path path, String source) {
    }

    /** The absolute, normalised form of a root, which keys its files in the index. */
    public static Path canonicalRoot(Path root) {
        Path abs = root.toAbsolutePath().normalize();
        if (!Files.exists(abs)) {
            throw new BadInputException("no such file or folder: " + root);
        }
        return abs;
    }

    public static List<Listed> list(Path root) {
        if (Files.isRegularFile(root)) {
            return List.of(new Listed(root, root.getFileName().toString()));
        }
        List<Listed> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(root.relativize(p)))
                    .sorted()
                    .forEach(p -> files.add(new Listed(p, sourceOf(root, p))));
        } catch (IOException | UncheckedIOException e) {
            throw new OseeException("cannot list the files under " + root + ": " + e.getMessage(), e);
        }
        return files;
    }

    private static String sourceOf(Path root, Path file) {
        StringBuilder s = new StringBuilder();
        for (Path part : root.relativize(file)) {
            if (s.length() > 0) {
                s.append('/');
            }
            s.append(part);
        }
        return s.toString();
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
