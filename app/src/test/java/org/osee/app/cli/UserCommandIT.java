package org.osee.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osee.app.Application;
import org.osee.app.config.ConfigLoader;
import org.osee.app.web.auth.FirstAdmin;
import org.osee.app.web.auth.Passwords;
import org.osee.bot.domain.StaffAccount;
import org.osee.bot.store.Database;
import org.osee.bot.store.JdbcStaffAccounts;
import org.osee.bot.store.TestDatabase;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** {@code osee user add} and {@code osee user password} against the embedded database, and the first-start line. */
class UserCommandIT {
    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {}

    private static Result run(String stdin, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cl = OseeCommand.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            int code = cl.execute(args);
            return new Result(code, out.toString(), err.toString());
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void user_add_creates_an_account_with_a_hashed_password_read_from_standard_input() {
        Path data = tmp.resolve("data");

        Result added = run("first admin password\n", "user", "add", "Ada", "--role", "admin", "--display-name",
                "Ada L.", "--data", data.toString());
        Result again = run("another password!\n", "user", "add", "ada", "--role", "staff", "--data", data.toString());
        Result shortPassword = run("short\n", "user", "add", "bob", "--role", "staff", "--data", data.toString());
        Result badRole = run("long enough password\n", "user", "add", "bob", "--role", "root", "--data", data.toString());
        Result reset = run("a brand new password\n", "user", "password", "ada", "--data", data.toString());

        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out()).contains("admin account ada");
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("already exists");
        assertThat(shortPassword.code()).isEqualTo(2);
        assertThat(shortPassword.err()).contains("at least 10");
        assertThat(badRole.code()).isEqualTo(2);
        assertThat(reset.code()).as(reset.err()).isZero();
        try (Database db = Database.embedded(data)) {
            StaffAccount ada = new JdbcStaffAccounts(db.dataSource(), Clock.systemUTC()).find("ada").orElseThrow();
            assertThat(ada.role()).isEqualTo(StaffAccount.Role.ADMIN);
            assertThat(ada.displayName()).isEqualTo("Ada L.");
            assertThat(ada.passwordHash()).startsWith("$argon2id$").doesNotContain("password");
            assertThat(Passwords.matches("a brand new password", ada.passwordHash())).isTrue();
            assertThat(new JdbcStaffAccounts(db.dataSource(), Clock.systemUTC()).find("bob")).isEmpty();
        }
    }

    @Test
    void user_add_with_a_configuration_file_creates_the_account_in_postgresql() throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Path config = tmp.resolve("osee.yaml");
            Files.writeString(config, "database:\n  url: \"" + db.config().url() + "\"\n  username: postgres\n"
                    + "  password: \"\"\n");

            Result added = run("postgres admin password\n", "user", "add", "grace", "--role", "staff", "--config",
                    config.toString(), "--data", tmp.resolve("unused").toString());

            assertThat(added.code()).as(added.err()).isZero();
            StaffAccount grace = new JdbcStaffAccounts(db.database().dataSource(), Clock.systemUTC()).find("grace")
                    .orElseThrow();
            assertThat(grace.role()).isEqualTo(StaffAccount.Role.STAFF);
            assertThat(Passwords.matches("postgres admin password", grace.passwordHash())).isTrue();
        }
    }

    @Test
    void the_first_start_without_accounts_says_in_one_line_how_to_create_the_first_admin() {
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        Logger logger = (Logger) LoggerFactory.getLogger(FirstAdmin.class);
        ch.qos.logback.classic.Level before = logger.getLevel();
        logger.setLevel(ch.qos.logback.classic.Level.INFO); // `osee ask` run in this JVM before may have quietened the root
        logger.addAppender(logged);
        try (Application app = Application.start(ConfigLoader.fromMap(Map.of("data", tmp.resolve("data").toString(),
                "server", Map.of("port", 0)), Map.of()))) {
            assertThat(app.staffAccounts().list()).isEmpty();
        } finally {
            logger.detachAppender(logged);
            logger.setLevel(before);
        }

        assertThat(logged.list).singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
                .contains("./osee user add NAME --role admin").doesNotContain("\n");
    }
}
