package org.osee.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data} option shared by every command that keeps state. */
public final class DataOption {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder for everything the program keeps (index, database). "
                    + "Default: the OSEE_DATA environment variable, else ./data.")
    Path data;

    /** A copy holding {@code flag} as if given with --data. */
    DataOption withFlag(Path flag) {
        this.data = flag;
        return this;
    }

    /** The data folder: --data, else OSEE_DATA, else ./data. */
    public Path resolve() {
        return resolve(data, System.getenv("OSEE_DATA"));
    }

    static Path resolve(Path flag, String env) {
        if (flag != null) {
            return flag.toAbsolutePath().normalize();
        }
        if (env != null && !env.isBlank()) {
            return Path.of(env).toAbsolutePath().normalize();
        }
        return Path.of("data").toAbsolutePath().normalize();
    }
}
