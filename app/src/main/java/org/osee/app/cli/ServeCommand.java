package org.osee.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.osee.app.Application;
import org.osee.app.config.AppConfig;
import org.osee.app.config.ConfigLoader;
import org.osee.app.config.LoggingSettings;
import org.osee.app.observe.LogSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import sun.misc.Signal;

/**
 * {@code osee serve}: runs the assistant until stopped (Ctrl-C or SIGTERM stop it gracefully, exit status 0). The configuration is
 * checked first, as a whole: nothing is opened, ingested or started when it has a problem.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the assistant: web chat at /, JSON API at /api/ask, staff console at /console, health at "
                + "/health, metrics at /metrics, and the connectors that are configured.")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--config", paramLabel = "FILE", description = "YAML configuration file (see README).")
    Path config;

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder; overrides the file's 'data' and OSEE_DATA.")
    Path data;

    @Option(names = "--port", description = "HTTP port; overrides server.port (default 8080; 0 picks a free one).")
    Integer port;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, String> flags = new LinkedHashMap<>();
        if (data != null) {
            flags.put("data", data.toString());
        }
        if (port != null) {
            flags.put("server.port", port.toString());
        }
        AppConfig loaded = ConfigLoader.load(config, System.getenv(), flags);
        LogSetup.use(loaded.logging().format());
        Application app = Application.start(loaded);
        AtomicBoolean closed = new AtomicBoolean();
        Runnable stop = () -> {
            if (closed.compareAndSet(false, true)) {
                app.close();
            }
        };
        CountDownLatch stopRequested = new CountDownLatch(1);
        boolean handled = onStopSignal(stopRequested::countDown);
        // Any other way the JVM ends (System.exit, a signal not handled here) still closes the application.
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "osee-shutdown"));
        if (loaded.logging().format() == LoggingSettings.Format.TEXT) { // JSON logs stay JSON: the log says it
            System.err.println("OSEE Assistant is running on http://localhost:" + app.port() + "/ (Ctrl-C stops it)");
        }
        if (!handled) {
            new CountDownLatch(1).await(); // the shutdown hook stops it; the JVM exits with 128 + the signal
        }
        stopRequested.await();
        stop.run();
        return 0;
    }

    /**
     * SIGTERM and SIGINT: stop serving, let the workers finish or hand back the messages in hand, close the database
     * and the index, then exit 0 (a service manager then sees a clean stop, not a "failed" one with status 143).
     * Returns whether the handlers could be installed (they cannot on a JVM started with -Xrs).
     */
    private static boolean onStopSignal(Runnable requested) {
        try {
            for (String name : new String[] {"TERM", "INT"}) {
                Signal.handle(new Signal(name), signal -> requested.run());
            }
            return true;
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return false;
        }
    }
}
