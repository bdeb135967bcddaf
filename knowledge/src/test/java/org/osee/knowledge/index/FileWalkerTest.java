package org.osee.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.osee.knowledge.SkippedFile;
import org.junit.jupiter.api.io.TempDir;
import org.osee.knowledge.BadInputException;

class FileWalkerTest {
    @TempDir
    Path root;

    private void touch(String relative) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
    }

    @Test
    void lists_sources_relative_to_the_root_with_slashes_sorted_and_reports_hidden_entries() throws IOException {
        touch("b/guide.md");
        touch("a.md");
        touch(".git/config");
        touch("docs/.draft.md");
        touch("docs/deep/page.html");

        FileWalker.Listing listing = FileWalker.list(root);

        assertThat(listing.files()).extracting(FileWalker.Listed::source)
                .containsExactly("a.md", "b/guide.md", "docs/deep/page.html");
        assertThat(listing.unreadable()).extracting(SkippedFile::source, SkippedFile::reason).containsExactlyInAnyOrder(
                Tuple.tuple(".git/", "hidden folder (name starts with '.'), not read"),
                Tuple.tuple("docs/.draft.md", "hidden file (name starts with '.'), not read"));
    }

    @Test
    void a_file_given_as_root_is_listed_by_its_name() throws IOException {
        touch("sub/notes.txt");

        FileWalker.Listing listing = FileWalker.list(root.resolve("sub/notes.txt"));

        assertThat(listing.files()).extracting(FileWalker.Listed::source).containsExactly("notes.txt");
    }

    @Test
    void a_missing_root_is_bad_input_naming_it() {
        assertThatThrownBy(() -> FileWalker.canonicalRoot(root.resolve("missing")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("missing");
    }
}
