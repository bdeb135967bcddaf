package org.osee.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The runtime jar carries no evaluation baselines: asking for them names the tool that has them. */
class BaselinesAbsentTest {
    @TempDir
    Path tmp;

    private static int run(StringWriter err, String... args) {
        CommandLine cl = OseeCommand.commandLine();
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void eval_with_baselines_names_the_bench_tool_and_exits_2() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Path questions = Files.writeString(tmp.resolve("q.jsonl"), "{\"id\":\"q1\",\"question\":\"licence?\"}\n");
        StringWriter err = new StringWriter();

        int code = run(err, "eval", "--data", tmp.resolve("data").toString(), "--questions", questions.toString(),
                "--baselines", corpus.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("not in osee.jar").contains("tools/bench/osee-bench");
    }

    @Test
    void bench_without_skip_baselines_names_the_bench_tool_and_exits_2() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Path questions = Files.writeString(tmp.resolve("q.jsonl"), "{\"id\":\"q1\",\"question\":\"licence?\"}\n");
        StringWriter err = new StringWriter();

        int code = run(err, "bench", "--corpus", corpus.toString(), "--questions", questions.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("tools/bench/osee-bench");
    }
}
