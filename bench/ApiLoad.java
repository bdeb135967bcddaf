import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load generator for the chat API ({@code POST /api/ask}): N clients, each sending one question at a time in a fresh
 * conversation, for a fixed time after a warm-up; prints answers per second and latency percentiles. Runs with the
 * JDK's source launcher, no build needed:
 *
 * <pre>
 * java bench/ApiLoad.java --jar app/target/osee.jar --data DIR [--clients 16] [--seconds 60] [--warmup 120]
 *      [--database-url jdbc:postgresql://...] QUESTIONS.jsonl...
 * java bench/ApiLoad.java --url http://127.0.0.1:8080 [--clients 16] ... QUESTIONS.jsonl...
 * </pre>
 *
 * With {@code --jar} it starts {@code osee serve} itself on a free loopback port over the data folder (already
 * ingested), with the per-client question limit off ({@code server.questions-per-minute: 0}), and stops it at the
 * end; with {@code --url} it loads a server already running. Only a 200 reply that is not "pending" counts as an
 * answer; anything else is counted as an error and reported. The warm-up is long (120 s) because the JIT compilers are
 * still busy for about a minute and a half of this load (`jstat -compiler PID`: half a core of compiling at first),
 * and a server runs for days: a 15-s warm-up measured the compilers as much as the server. With {@code --jar} it also
 * prints the server's and its own CPU time over the measured window.
 */
public final class ApiLoad {
    public static void main(String[] args) throws Exception {
        Map<String, String> options = new TreeMap<>();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                options.put(args[i].substring(2), args[++i]);
            } else {
                files.add(Path.of(args[i]));
            }
        }
        List<String> questions = new ArrayList<>();
        for (Path file : files) {
            for (String line : Files.readAllLines(file)) {
                String q = Json.stringField(line, "question");
                if (q != null && !q.isBlank()) {
                    questions.add(q);
                }
            }
        }
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("no questions: give JSON Lines files with a \"question\" field");
        }
        int clients = Integer.parseInt(options.getOrDefault("clients", "16"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "60"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "120"));
        Process server = null;
        String url = options.get("url");
        try {
            if (url == null) {
                if (!options.containsKey("jar") || !options.containsKey("data")) {
                    throw new IllegalArgumentException("give --url of a running server, or --jar and --data");
                }
                int port = freePort();
                server = startServer(options, port);
                url = "http://127.0.0.1:" + port;
                awaitHealthy(url, server);
            }
            System.out.printf("%d questions from %s; %d clients; %d s warm-up, %d s measured; %s%n", questions.size(),
                    files, clients, warmup, seconds, url);
            run(url, questions, clients, warmup, false);
            Duration serverBefore = cpu(server == null ? null : server.toHandle());
            Duration selfBefore = cpu(ProcessHandle.current());
            Result result = run(url, questions, clients, seconds, true);
            Duration serverCpu = cpu(server == null ? null : server.toHandle()).minus(serverBefore);
            Duration selfCpu = cpu(ProcessHandle.current()).minus(selfBefore);
            result.print(seconds);
            if (server != null && !result.latencies.isEmpty()) {
                System.out.printf("CPU while measured: server %.2f cores, %.1f ms per answer; load generator %.2f cores%n",
                        serverCpu.toMillis() / 1000.0 / seconds, serverCpu.toMillis() / (double) result.latencies.size(),
                        selfCpu.toMillis() / 1000.0 / seconds);
            }
        } finally {
            if (server != null) {
                server.destroy();
                if (!server.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            }
        }
    }

    /** The CPU time a process has used so far (zero when unknown, as for a server at another address). */
    private static Duration cpu(ProcessHandle process) {
        return process == null ? Duration.ZERO : process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Process startServer(Map<String, String> options, int port) throws IOException {
        Path config = Files.createTempFile("osee-api-load", ".yaml");
        config.toFile().deleteOnExit();
        StringBuilder yaml = new StringBuilder("data: \"" + Path.of(options.get("data")).toAbsolutePath() + "\"\n"
                + "server:\n  host: 127.0.0.1\n  port: " + port + "\n  questions-per-minute: 0\n");
        if (options.containsKey("database-url")) {
            yaml.append("database:\n  url: \"").append(options.get("database-url")).append("\"\n  username: \"")
                    .append(options.getOrDefault("database-user", "postgres")).append("\"\n");
        }
        Files.writeString(config, yaml);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(Arrays.asList(options.getOrDefault("java-opts", "-Xmx2g").split("\\s+")));
        command.addAll(List.of("-jar", options.get("jar"), "serve", "--config", config.toString()));
        Path log = options.containsKey("server-log") ? Path.of(options.get("server-log"))
                : Files.createTempFile("osee-api-load", ".log");
        System.out.println("server: " + String.join(" ", command) + " (log: " + log + ")");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitHealthy(String url, Process server) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server exited with status " + server.exitValue());
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url + "/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the server did not become healthy within 5 minutes");
    }

    private static Result run(String url, List<String> questions, int clients, int seconds, boolean measured)
            throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        URI ask = URI.create(url + "/api/ask");
        AtomicInteger next = new AtomicInteger();
        Result result = new Result();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    String q = questions.get(Math.floorMod(next.getAndIncrement(), questions.size()));
                    HttpRequest request = HttpRequest.newBuilder(ask).timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"question\":" + Json.quote(q) + "}"))
                            .build();
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        long micros = (System.nanoTime() - start) / 1000;
                        if (response.statusCode() == 200 && !response.body().contains("\"pending\":true")) {
                            result.latencies.add(micros);
                        } else {
                            result.error("HTTP " + response.statusCode()
                                    + (response.statusCode() == 200 ? " pending" : ""));
                        }
                    } catch (IOException e) {
                        result.error(e.getClass().getSimpleName());
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "client-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        if (!measured) {
            System.out.printf("warm-up: %d answers, %d errors%n", result.latencies.size(), result.errorCount.get());
        }
        return result;
    }

    /** Latencies (microseconds) of the answers, and the errors by kind. */
    private static final class Result {
        final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        final AtomicLong errorCount = new AtomicLong();
        final Map<String, AtomicLong> errors = new java.util.concurrent.ConcurrentHashMap<>();

        void error(String kind) {
            errorCount.incrementAndGet();
            errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        }

        void print(int seconds) {
            long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            double rate = sorted.length / (double) seconds;
            System.out.printf("answers: %d in %d s = %.1f answers/s; errors: %d %s%n", sorted.length, seconds, rate,
                    errorCount.get(), errors);
            if (sorted.length > 0) {
                System.out.printf("latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", pct(sorted, 50),
                        pct(sorted, 95), pct(sorted, 99), sorted[sorted.length - 1] / 1000.0);
            }
        }

        private static double pct(long[] sorted, double p) {
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1000.0;
        }
    }

    /** Just enough JSON for one string field of a JSON Lines record, and for quoting a string. */
    private static final class Json {
        static String stringField(String line, String name) {
            int key = line.indexOf("\"" + name + "\"");
            if (key < 0) {
                return null;
            }
            int i = line.indexOf(':', key + name.length() + 2);
            while (i >= 0 && ++i < line.length() && Character.isWhitespace(line.charAt(i))) {
                // skip blanks
            }
            if (i < 0 || i >= line.length() || line.charAt(i) != '"') {
                return null;
            }
            StringBuilder out = new StringBuilder();
            for (i++; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\' && i + 1 < line.length()) {
                    char e = line.charAt(++i);
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'r' -> out.append('\r');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                            i += 4;
                        }
                        default -> out.append(e);
                    }
                } else {
                    out.append(c);
                }
            }
            return null;
        }

        static String quote(String s) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            return out.append('"').toString();
        }
    }
}
