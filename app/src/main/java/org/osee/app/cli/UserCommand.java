package org.osee.app.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.osee.app.config.AppConfig;
import org.osee.app.config.ConfigLoader;
import org.osee.app.web.auth.Passwords;
import org.osee.bot.domain.StaffAccount;
import org.osee.bot.port.NotFoundException;
import org.osee.bot.store.Database;
import org.osee.bot.store.DatabaseConfig;
import org.osee.bot.store.JdbcAuditLog;
import org.osee.bot.store.JdbcStaffAccounts;
import org.osee.bot.store.JdbcStaffSessions;
import org.osee.knowledge.BadInputException;
import org.osee.knowledge.OseeException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code osee user add NAME --role admin|staff} and {@code osee user password NAME}: staff console accounts, in the
 * database {@code osee serve} would use (the embedded one under the data folder, or PostgreSQL from
 * {@code --config}). The password is read from standard input (one line), or asked twice when it is a terminal.
 */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage staff console accounts.",
        subcommands = {UserCommand.Add.class, UserCommand.Password.class})
public final class UserCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** Where the accounts live: the options every user subcommand shares. */
    static class Target {
        @Option(names = "--config", paramLabel = "FILE", description = "YAML configuration file, as for 'osee serve' "
                + "(its database section says where the accounts live).")
        Path config;

        @Option(names = "--data", paramLabel = "DIR", description = "Data folder; overrides the file's 'data' and "
                + "OSEE_DATA (the embedded database lives there).")
        Path data;

        @Spec
        CommandSpec spec;

        Database open() {
            Map<String, String> flags = new LinkedHashMap<>();
            if (data != null) {
                flags.put("data", data.toString());
            }
            AppConfig c = ConfigLoader.load(config, System.getenv(), flags);
            Path folder = c.data() != null ? c.data().toAbsolutePath().normalize() : new DataOption().resolve();
            try {
                return c.database().embedded() ? Database.embedded(folder) : Database.postgres(new DatabaseConfig(
                        c.database().url(), c.database().username(), c.database().password()));
            } catch (OseeException e) {
                throw new OseeException("cannot open the database (" + e.getMessage() + "); the embedded one can be "
                        + "opened by one program at a time: stop 'osee serve' first, or add accounts in the console", e);
            }
        }

        String password(String name) {
            Console console = System.console();
            if (console != null) {
                char[] first = console.readPassword("Password for %s (at least %d characters): ", name, Passwords.MIN_LENGTH);
                char[] again = console.readPassword("Again: ");
                if (first == null || again == null || !Arrays.equals(first, again)) {
                    throw new BadInputException("the two passwords differ");
                }
                return Passwords.acceptable(new String(first));
            }
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                return Passwords.acceptable(line == null ? "" : line);
            } catch (IOException e) {
                throw new BadInputException("cannot read the password from standard input: " + e.getMessage());
            }
        }
    }

    /** Creates an account. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Create a console account. The password is read from standard input (one line) or asked "
                    + "for on the terminal.")
    static final class Add extends Target implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "Sign-in name: a-z, 0-9, '.', '_', '-' (at most 64).")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "admin (manages accounts, canned answers, knowledge, audit) or staff.")
        String role;

        @Option(names = "--display-name", paramLabel = "TEXT", description = "Name colleagues see (default: NAME).")
        String displayName;

        @Override
        public Integer call() {
            String account = StaffAccount.checkName(name);
            StaffAccount.Role r = switch (role.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "admin" -> StaffAccount.Role.ADMIN;
                case "staff" -> StaffAccount.Role.STAFF;
                default -> throw new BadInputException("--role is admin or staff, was " + role);
            };
            String password = password(account);
            try (Database db = open()) {
                new JdbcStaffAccounts(db.dataSource(), Clock.systemUTC()).create(new StaffAccount(account, displayName,
                        r, Passwords.hash(password), false, 0, null, Clock.systemUTC().instant()));
                new JdbcAuditLog(db.dataSource(), Clock.systemUTC()).record("cli", "account.create", account,
                        "role " + r.name().toLowerCase(java.util.Locale.ROOT) + ", from the command line");
            }
            spec.commandLine().getOut().println("Created the " + r.name().toLowerCase(java.util.Locale.ROOT)
                    + " account " + account + "; sign in at /console/signin");
            return 0;
        }
    }

    /** Sets a new password (for an admin who forgot theirs); the account's sessions end and its lock is lifted. */
    @Command(name = "password", mixinStandardHelpOptions = true,
            description = "Set a new password for NAME (read as for 'user add'); ends its sessions and lifts a lock.")
    static final class Password extends Target implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "The account's sign-in name.")
        String name;

        @Override
        public Integer call() {
            String account = StaffAccount.checkName(name);
            String password = password(account);
            try (Database db = open()) {
                var accounts = new JdbcStaffAccounts(db.dataSource(), Clock.systemUTC());
                StaffAccount found = accounts.find(account).orElseThrow(() -> new NotFoundException("no account " + account));
                accounts.update(found.withPasswordHash(Passwords.hash(password)));
                new JdbcStaffSessions(db.dataSource(), Clock.systemUTC()).end(null, account);
                new JdbcAuditLog(db.dataSource(), Clock.systemUTC()).record("cli", "account.password", account,
                        "reset from the command line; sessions ended");
            }
            spec.commandLine().getOut().println("New password set for " + account);
            return 0;
        }
    }
}
