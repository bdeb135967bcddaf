package org.osee.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.osee.app.config.AppConfig;
import org.osee.app.config.ConfigLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code osee config check FILE}: the effective configuration with secrets masked, or every problem in it. */
@Command(name = "config", mixinStandardHelpOptions = true, description = "Work with the configuration file.",
        subcommands = ConfigCommand.Check.class)
public final class ConfigCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** Checks a file as {@code osee serve --config FILE} would, with the same environment. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Check FILE as 'osee serve --config FILE' would (with the OSEE_... environment): print the "
                    + "effective configuration with secrets masked and exit 0, or print one line per problem, naming "
                    + "its key, and exit 2.")
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "YAML configuration file.")
        Path file;

        @Override
        public Integer call() {
            AppConfig config = ConfigLoader.load(file, System.getenv());
            spec.commandLine().getOut().print(ConfigLoader.describe(config));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
