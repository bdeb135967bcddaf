package org.osee.app;

import org.osee.app.cli.OseeCommand;
import picocli.CommandLine;

/** Entry point of the {@code osee} command line. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (0 ok, 1 failure, 2 usage error). */
    public static int run(String... args) {
        return OseeCommand.commandLine().execute(args);
    }
}
