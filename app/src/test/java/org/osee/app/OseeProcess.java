package org.osee.app;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The {@code osee} command line in a child JVM, as an operator runs it: the application's classes and its one
 * logging binding (logback with the shipped logback.xml; the test-only slf4j-simple is left out), standard output and
 * standard error captured apart.
 */
final class OseeProcess implements AutoCloseable {
    final Process process;
    private final Path out;
    private final Path err;

    private OseeProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Starts {@code osee ARGS} with extra environment variables; its output goes to files under {@code tmp}. */
    static OseeProcess start(Path tmp, Map<String, String> env, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("slf4j-simple"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", classpath, Main.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(tmp, "osee-", ".out");
        Path err = Files.createTempFile(tmp, "osee-", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("OSEE_LOG_LEVEL");
        builder.environment().putAll(env);
        return new OseeProcess(builder.start(), out, err);
    }

    /** Waits for the process to end (at most {@code seconds}) and returns its exit code. */
    int exitCode(int seconds) throws InterruptedException, IOException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("osee did not end within " + seconds + " s; it wrote: " + stderr());
        }
        return process.exitValue();
    }

    String stdout() throws IOException {
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    String stderr() throws IOException {
        return Files.readString(err, StandardCharsets.UTF_8);
    }

    /** Every line written to standard output and standard error. */
    List<String> lines() throws IOException {
        List<String> all = new ArrayList<>(stdout().lines().toList());
        all.addAll(stderr().lines().toList());
        return all;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
