package org.osee.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image Jib wrote to target/osee-image.tar, without a container engine: its layers unpacked in order into a
 * folder, and its entrypoint run there with chroot (in a private mount and PID namespace with its own /proc), as
 * the image's user, with the image's environment, exactly as a container runtime would start it.
 */
class ImageIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path TAR = Path.of("target", "osee-image.tar");
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    @TempDir
    static Path tmp;
    static Path root;
    static JsonNode config;

    @BeforeAll
    static void unpack() throws Exception {
        assertThat(TAR).as("built by jib:buildTar in the package phase").exists();
        Path image = Files.createDirectories(tmp.resolve("image"));
        run(List.of("tar", "--warning=no-unknown-keyword", "-xf", TAR.toAbsolutePath().toString(), "-C", image.toString()));
        JsonNode manifest = JSON.readTree(image.resolve("manifest.json").toFile()).get(0);
        config = JSON.readTree(image.resolve(manifest.get("Config").asText()).toFile()).get("config");
        root = Files.createDirectories(tmp.resolve("root"));
        for (JsonNode layer : manifest.get("Layers")) {
            run(List.of("tar", "--warning=no-unknown-keyword", "-xzf", image.resolve(layer.asText()).toString(), "-C", root.toString()));
        }
        Files.createDirectories(root.resolve("proc"));
    }

    @Test
    void starts_with_help_as_its_unprivileged_user() throws Exception {
        List<String> command = new ArrayList<>();
        config.get("Entrypoint").forEach(arg -> command.add(arg.asText()));
        command.add("--help");

        Result result = runInImage(command);

        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output()).startsWith("Usage: osee").contains("serve", "ingest", "ask");
    }

    @Test
    void ingests_and_searches_in_the_data_volume_with_its_native_libraries() throws Exception {
        Path docs = Files.createDirectories(root.resolve("srv/docs"));
        Files.writeString(docs.resolve("licence.md"), "# Choosing a licence\n\nSoftware paid for by the government "
                + "should be published under an open-source licence such as the EUPL.\n");
        Files.writeString(docs.resolve("security.md"), "# Judging a dependency\n\nLook at how many maintainers a "
                + "dependency has before adopting it.\n");
        List<String> entrypoint = new ArrayList<>();
        config.get("Entrypoint").forEach(arg -> entrypoint.add(arg.asText()));

        List<String> ingest = new ArrayList<>(entrypoint);
        ingest.addAll(List.of("ingest", "/srv/docs"));
        Result ingested = runInImage(ingest);
        List<String> search = new ArrayList<>(entrypoint);
        search.addAll(List.of("search", "--json", "--top", "5", "how many maintainers does a dependency have"));
        Result found = runInImage(search);

        assertThat(ingested.exit()).as(ingested.output()).isZero();
        assertThat(found.exit()).as(found.output()).isZero();
        assertThat(found.output()).contains("\"hits\":[{\"source\":\"security.md\"");
        assertThat(root.resolve("var/lib/osee/index")).isDirectory();
    }

    @Test
    void runs_as_a_non_root_user_with_the_data_folder_as_a_volume() {
        assertThat(config.get("User").asText()).isEqualTo("10001:10001");
        assertThat(config.get("Volumes").has("/var/lib/osee")).isTrue();
        assertThat(config.get("ExposedPorts").has("8080/tcp")).isTrue();
        assertThat(config.get("Cmd").get(0).asText()).isEqualTo("serve");
        assertThat(env("OSEE_DATA")).isEqualTo("/var/lib/osee");
    }

    @Test
    void carries_no_evaluation_baseline_model() throws IOException {
        try (ZipFile jar = new ZipFile(root.resolve("app/osee.jar").toFile())) {
            assertThat(jar.stream().map(e -> e.getName()))
                    .contains("all-minilm-l6-v2-q.onnx")      // the quantised model that serving uses
                    .doesNotContain("all-minilm-l6-v2.onnx")  // the full-precision one only the baselines use
                    .noneMatch(name -> name.startsWith("org/osee/bench/") || name.endsWith(".pdb"));
        }
    }

    private static String env(String name) {
        for (JsonNode entry : config.get("Env")) {
            if (entry.asText().startsWith(name + "=")) {
                return entry.asText().substring(name.length() + 1);
            }
        }
        return null;
    }

    /** The command in the unpacked image: chroot as the image's user, with only the image's environment. */
    private static Result runInImage(List<String> command) throws Exception {
        StringBuilder inner = new StringBuilder("mount -t proc proc '" + root.resolve("proc") + "' && exec env -i");
        config.get("Env").forEach(e -> inner.append(" '").append(e.asText()).append("'"));
        inner.append(" ").append(chroot());
        if (ROOT) { // in a user namespace (not root) only uid 0 is mapped: the image's user cannot be taken there
            inner.append(" --userspec=").append(config.get("User").asText());
        }
        inner.append(" '").append(root).append("'");
        command.forEach(arg -> inner.append(" '").append(arg).append("'"));
        List<String> outer = new ArrayList<>(List.of("unshare"));
        if (!ROOT) {
            outer.addAll(List.of("--user", "--map-root-user"));
        }
        outer.addAll(List.of("--mount", "--pid", "--fork", "sh", "-c", inner.toString()));
        return run(outer);
    }

    /** chroot's full path: the image's environment has no PATH. */
    private static String chroot() {
        return Stream.of("/usr/sbin/chroot", "/sbin/chroot", "/usr/bin/chroot").filter(p -> Files.isExecutable(Path.of(p)))
                .findFirst().orElseThrow(() -> new IllegalStateException("no chroot (Debian package coreutils)"));
    }

    private static Result run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        Result result = new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
        if (command.get(0).equals("tar") && result.exit() != 0) {
            throw new IllegalStateException(command + " failed: " + result.output());
        }
        return result;
    }

    private record Result(int exit, String output) {
    }
}
