package org.osee.app.cli;

import org.osee.knowledge.BadInputException;
import org.osee.knowledge.OseeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root {@code osee} command; every action is a subcommand. */
@Command(name = "osee", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "OSEE Assistant: answers questions about adopting open-source software from your own documents.",
        subcommands = {IngestCommand.class, SearchCommand.class, AskCommand.class, EvalCommand.class, ServeCommand.class, BenchCommand.class,
                ConfigCommand.class, UserCommand.class,
                CommandLine.HelpCommand.class})
public final class OseeCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: ingest, search, ask, eval, serve, bench, config or user");
    }

    /** The configured picocli command line: known errors print one clear line each, not a stack trace. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new OseeCommand());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof BadInputException || e instanceof OseeException) {
                String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                message.lines().forEach(line -> commandLine.getErr().println("osee: " + line));
                return e instanceof BadInputException ? 2 : 1;
            }
            throw e;
        });
        return cl;
    }
}
