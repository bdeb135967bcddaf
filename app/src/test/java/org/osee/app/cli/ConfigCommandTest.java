package org.osee.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code osee config check} and {@code osee serve} on good and bad configuration files. */
class ConfigCommandTest {
    private static final String BAD = """
            server: { port: abc }
            email:
              address: bot@example.org
              imap: { host: imap.example.org, port: 993, security: tls, username: bot, password: p, pol-interval: 30s }
              smtp: { host: smtp.example.org, port: 587, security: starttls, username: bot, password: p }
            """;

    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = OseeCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private Path write(String yaml) throws Exception {
        Path file = tmp.resolve("osee.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void check_prints_the_effective_configuration_with_secrets_masked() throws Exception {
        Path file = write(BAD.replace("port: abc", "port: 9000").replace(", pol-interval: 30s", "")
                .replace("password: p }", "password: hunter2 }"));

        Result r = run("config", "check", file.toString());

        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("port: 9000", "address: bot@example.org", "folder: INBOX", "poll-interval: 1m",
                "password: '****'").doesNotContain("hunter2");
    }

    @Test
    void check_prints_one_line_per_problem_naming_the_key_and_fails() throws Exception {
        Path file = write(BAD);

        Result r = run("config", "check", file.toString());

        assertThat(r.code()).isNotZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).containsExactlyInAnyOrder(
                "osee: server.port: must be a whole number, was 'abc'",
                "osee: email.imap.pol-interval: unknown key (did you mean 'poll-interval'?)");
    }

    @Test
    void check_names_a_missing_password() throws Exception {
        Path file = write(BAD.replace("port: abc", "port: 8080").replace(", pol-interval: 30s", "")
                .replace("starttls, username: bot, password: p }", "starttls, username: bot }"));

        Result r = run("config", "check", file.toString());

        assertThat(r.code()).isNotZero();
        assertThat(r.err().lines()).singleElement().asString()
                .startsWith("osee: email.smtp.password is required when email.smtp.username is set");
    }

    @Test
    void serve_refuses_a_bad_configuration_with_the_same_lines_before_opening_anything() throws Exception {
        Path file = write(BAD);
        Path data = tmp.resolve("data");

        Result r = run("serve", "--config", file.toString(), "--data", data.toString());

        assertThat(r.code()).isNotZero();
        assertThat(r.err().lines()).containsExactlyInAnyOrder(
                "osee: server.port: must be a whole number, was 'abc'",
                "osee: email.imap.pol-interval: unknown key (did you mean 'poll-interval'?)");
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
        assertThat(data).doesNotExist();
    }
}
