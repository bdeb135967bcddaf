package org.osee.app.config;

import java.nio.file.Path;
import java.util.List;

/**
 * The knowledge {@code osee serve} keeps current while it runs.
 *
 * @param folders      folders (or files) ingested at start and re-ingested when they change (relative paths are read
 *                     from the working directory); empty: none, and a data folder without an index gets the
 *                     bundled starter pack as before
 * @param watch        look for changes in the folders while serving (default true)
 * @param pollSeconds  how often to look for changes in the folders (default 10)
 * @param syncSeconds  how often to compare the index with the staff knowledge entries in the database (default 2)
 * @param translation  machine translation of French, Spanish and Portuguese questions into English: {@code auto}
 *                     (default: Apertium when installed) or {@code none}
 */
public record KnowledgeSettings(List<String> folders, Boolean watch, Integer pollSeconds, Integer syncSeconds,
                                String translation) {
    public KnowledgeSettings {
        folders = folders == null ? List.of() : List.copyOf(folders);
        watch = watch == null || watch;
        pollSeconds = pollSeconds == null ? 10 : pollSeconds;
        syncSeconds = syncSeconds == null ? 2 : syncSeconds;
        String setting = org.osee.knowledge.KnowledgeConfig.translationSetting(translation);
        if (setting == null) {
            throw new IllegalArgumentException("knowledge.translation must be auto or none, was " + translation);
        }
        translation = setting;
        if (pollSeconds < 1) {
            throw new IllegalArgumentException("knowledge.poll-seconds must be 1 or more, was " + pollSeconds);
        }
        if (syncSeconds < 1) {
            throw new IllegalArgumentException("knowledge.sync-seconds must be 1 or more, was " + syncSeconds);
        }
        for (String folder : folders) {
            if (folder.isBlank()) {
                throw new IllegalArgumentException("knowledge.folders must not hold an empty path");
            }
        }
    }

    public static KnowledgeSettings defaults() {
        return new KnowledgeSettings(null, null, null, null, null);
    }

    /** The folders as absolute paths. */
    public List<Path> folderPaths() {
        return folders.stream().map(f -> Path.of(f).toAbsolutePath().normalize()).toList();
    }
}
