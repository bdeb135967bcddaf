package org.osee.app.observe;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.encoder.EncoderBase;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Set;
import org.slf4j.event.KeyValuePair;

/**
 * Writes each log event as one line of JSON: {@code time}, {@code level}, {@code logger}, {@code thread},
 * {@code message}, then the event's key-value pairs as fields of their own (the handled-message line's
 * {@code conversation}, {@code channel}, {@code decision}, {@code latency_ms}), then {@code error} and
 * {@code stack} when an exception was logged. Chosen by {@code logging.format: json}.
 */
public final class JsonLogEncoder extends EncoderBase<ILoggingEvent> {
    private static final JsonFactory JSON = new JsonFactory();
    private static final Set<String> RESERVED = Set.of("time", "level", "logger", "thread", "message", "error",
            "stack");
    private static final byte[] NONE = new byte[0];

    @Override
    public byte[] headerBytes() {
        return NONE;
    }

    @Override
    public byte[] footerBytes() {
        return NONE;
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("time", Instant.ofEpochMilli(event.getTimeStamp()).toString());
            json.writeStringField("level", event.getLevel().toString());
            json.writeStringField("logger", event.getLoggerName());
            json.writeStringField("thread", event.getThreadName());
            json.writeStringField("message", event.getFormattedMessage());
            if (event.getKeyValuePairs() != null) {
                for (KeyValuePair pair : event.getKeyValuePairs()) {
                    String key = RESERVED.contains(pair.key) ? "kv_" + pair.key : pair.key;
                    if (pair.value instanceof Number n) {
                        json.writeFieldName(key);
                        json.writeNumber(n.toString());
                    } else {
                        json.writeStringField(key, pair.value == null ? null : String.valueOf(pair.value));
                    }
                }
            }
            IThrowableProxy error = event.getThrowableProxy();
            if (error != null) {
                json.writeStringField("error", error.getClassName() + ": " + error.getMessage());
                json.writeStringField("stack", stack(error));
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static String stack(IThrowableProxy error) {
        StringBuilder sb = new StringBuilder();
        for (IThrowableProxy t = error; t != null; t = t.getCause()) {
            if (t != error) {
                sb.append("Caused by: ").append(t.getClassName()).append(": ").append(t.getMessage()).append('\n');
            }
            for (StackTraceElementProxy frame : t.getStackTraceElementProxyArray()) {
                sb.append("\tat ").append(frame.getStackTraceElement()).append('\n');
            }
        }
        return sb.toString();
    }
}
