package org.osee.app.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything {@code osee serve} reads from its configuration file and the environment. Absent sections take
 * their defaults; an absent {@code email} section (and no {@code OSEE_EMAIL_ADDRESS}) means no email connector, an
 * absent {@code database.url} means the embedded database under the data folder. The email section is validated by
 * the email connector, which documents its keys in docs/email.md.
 */
public record AppConfig(Path data, ServerSettings server, DatabaseSettings database, Map<String, Object> email,
                        LlmSettings llm, PipelineSettings pipeline, RetentionSettings retention) {
    public AppConfig {
        server = server == null ? ServerSettings.defaults() : server;
        database = database == null ? new DatabaseSettings(null, null, null) : database;
        llm = llm == null ? LlmSettings.none() : llm;
        pipeline = pipeline == null ? PipelineSettings.defaults() : pipeline;
        retention = retention == null ? RetentionSettings.defaults() : retention;
        email = email == null ? Map.of() : email;
    }

    /**
     * The {@code email} section as flat keys ({@code email.imap.host} → value), the form the email connector reads;
     * the connector also reads their {@code OSEE_EMAIL_...} environment overrides itself.
     */
    public Map<String, String> emailKeys() {
        Map<String, String> out = new LinkedHashMap<>();
        flatten("email", email, out);
        return out;
    }

    private static void flatten(String prefix, Object value, Map<String, String> out) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix + "." + k, v, out));
        } else if (value != null) {
            out.put(prefix, String.valueOf(value));
        }
    }

    public static AppConfig defaults() {
        return new AppConfig(null, null, null, null, null, null, null);
    }

    /** A copy with the data folder and port overridden by command-line flags (null keeps the configured value). */
    public AppConfig withFlags(Path dataFlag, Integer portFlag) {
        return new AppConfig(dataFlag != null ? dataFlag : data,
                portFlag != null ? new ServerSettings(server.host(), portFlag, server.consolePassword(), server.publicUrl()) : server,
                database, email, llm, pipeline, retention);
    }
}
