package org.osee.app.observe;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import java.util.Iterator;
import org.osee.app.config.LoggingSettings;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adjusts the logging set up by {@code logback.xml} once the command and its configuration are known: JSON lines
 * instead of text ({@code logging.format: json}), and only warnings for the commands whose output is the answer.
 * Does nothing when logback is not the binding (some tests).
 */
public final class LogSetup {
    /** The launcher's variable that sets the level of every logger; when set, it wins over {@link #quiet()}. */
    static final String LEVEL_VARIABLE = "OSEE_LOG_LEVEL";

    private LogSetup() {}

    /** Writes every log line in {@code format} from now on, to the same place (standard error). */
    public static void use(LoggingSettings.Format format) {
        if (format != LoggingSettings.Format.JSON || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
            if (it.next() instanceof ConsoleAppender<ILoggingEvent> console) {
                JsonLogEncoder encoder = new JsonLogEncoder();
                encoder.setContext(context);
                encoder.start();
                console.stop();
                console.setEncoder(encoder);
                console.start();
            }
        }
    }

    /**
     * Only warnings and errors, for {@code osee ask} and {@code osee search}, whose output is the answer: unless the
     * operator set {@value #LEVEL_VARIABLE}.
     */
    public static void quiet() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        String level = System.getenv(LEVEL_VARIABLE);
        if ((level == null || level.isBlank()) && factory instanceof LoggerContext context) {
            context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
        }
    }
}
