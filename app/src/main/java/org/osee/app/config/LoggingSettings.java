package org.osee.app.config;

/**
 * How {@code osee serve} writes its log (to standard error).
 *
 * @param format {@code text} (default) or {@code json}: one JSON object per line, with one line per handled message
 *               carrying its conversation id, channel, decision and latency ({@code OSEE_LOGGING_FORMAT})
 */
public record LoggingSettings(Format format) {
    /** Log line formats. */
    public enum Format {
        /** One line of text per event. */
        TEXT,
        /** One JSON object per line. */
        JSON
    }

    public LoggingSettings {
        format = format == null ? Format.TEXT : format;
    }

    public static LoggingSettings defaults() {
        return new LoggingSettings(null);
    }
}
