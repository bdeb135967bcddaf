package org.osee.knowledge.index;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.osee.knowledge.BadInputException;
import org.osee.knowledge.OseeException;
import org.osee.knowledge.SkippedFile;

/**
 * Lists the files under an ingest root. A root that is a file yields itself (source = its name).
 * Hidden files and folders (name starting with a dot, e.g. {@code .git}) are not listed but reported
 * (a hidden folder as one line); folders that cannot be read are reported, not fatal.
 */
public final class FileWalker {
    private FileWalker() {
    }

    /** A file to ingest: where it is and its source path relative to its root. */
    public record Listed(Path path, String source) {
    }

    /** The files found under a root, sorted by source, and the paths not listed (hidden or unreadable), with why. */
    public record Listing(List<Listed> files, List<SkippedFile> unreadable) {
        public Listing {
            files = List.copyOf(files);
            unreadable = List.copyOf(unreadable);
        }
    }

    /** The absolute, normalised form of a root, which keys its files in the index. */
    public static Path canonicalRoot(Path root) {
        Path abs = root.toAbsolutePath().normalize();
        if (!Files.exists(abs)) {
            throw new BadInputException("no such file or folder: " + root);
        }
        return abs;
    }

    public static Listing list(Path root) {
        if (Files.isRegularFile(root)) {
            return new Listing(List.of(new Listed(root, root.getFileName().toString())), List.of());
        }
        List<Listed> files = new ArrayList<>();
        List<SkippedFile> unreadable = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && isHidden(dir)) {
                        unreadable.add(new SkippedFile(sourceOf(root, dir) + "/", "hidden folder (name starts with '.'), not read"));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && isHidden(file)) {
                        unreadable.add(new SkippedFile(sourceOf(root, file), "hidden file (name starts with '.'), not read"));
                    } else if (attrs.isRegularFile()) {
                        files.add(new Listed(file, sourceOf(root, file)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    unreadable.add(new SkippedFile(sourceOf(root, file), "cannot read: " + e.getMessage()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new OseeException("cannot list the files under " + root + ": " + e.getMessage(), e);
        }
        files.sort(Comparator.comparing(Listed::source));
        return new Listing(files, unreadable);
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

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
